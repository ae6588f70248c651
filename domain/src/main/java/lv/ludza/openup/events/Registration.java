package lv.ludza.openup.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import lv.ludza.openup.project.Partner;
import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.Text;
import lv.ludza.openup.shared.InProject;

/** An adult (specialist or member of the public) registered for an event, with their consent. */
@Entity
@Table(name = "event_registration")
@Audited
@InProject("event.project.id")
public class Registration extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private Event event;

    @NotBlank(message = "{events.registration.name.required}")
    @Size(max = 200, message = "{events.registration.name.size}")
    @Column(name = "full_name", nullable = false, length = 200)
    private String name;

    @Size(max = 300, message = "{events.registration.organisation.size}")
    @Column(length = 300)
    private String organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Partner partner;

    @Email(message = "{user.email.invalid}")
    @Size(max = 200, message = "{user.email.size}")
    @Column(length = 200)
    private String email;

    @Size(max = 50, message = "{supplier.phone.size}")
    @Pattern(regexp = "[0-9 +()-]*", message = "{supplier.phone.pattern}")
    @Column(length = 50)
    private String phone;

    @AssertTrue(message = "{events.registration.consent.required}")
    @Column(nullable = false)
    private boolean consent;

    @Column(name = "consent_date")
    private LocalDate consentDate;

    /** The version of the consent text shown when the person registered ({@code ConsentText}). */
    @Column(name = "consent_version")
    private Integer consentVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistrationStatus status = RegistrationStatus.CONFIRMED;

    /** The language of the participant's mails; none chosen: that of their partner, or of the organiser. */
    @Enumerated(EnumType.STRING)
    @Column(length = 2)
    private lv.ludza.openup.security.Language language;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    public Registration() {
        // a new registration, filled in on the event's screen
    }

    public Registration(String name, String organisation, String email) {
        setName(name);
        setOrganisation(organisation);
        setEmail(email);
        this.consent = true;
    }

    /**
     * Whether two registrations of one event name the same person: the same e-mail, or the same name and organisation
     * (capitals and spaces do not matter), whatever else differs. Such a person takes one seat, not two.
     */
    public boolean isSamePersonAs(Registration other) {
        if (email != null && other.email != null && email.equalsIgnoreCase(other.email)) {
            return true;
        }
        return !normalised(name).isEmpty() && normalised(name).equals(normalised(other.name))
                && normalised(organisation).equals(normalised(other.organisation));
    }

    private static String normalised(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    public boolean isActive() {
        return status != RegistrationStatus.CANCELLED;
    }

    public Event getEvent() {
        return event;
    }

    public void setEvent(Event event) {
        this.event = event;
    }

    public String getName() {
        return name;
    }

    /** The name as typed, without spaces around it or doubled inside (one person, one spelling to compare). */
    public void setName(String name) {
        this.name = oneSpaced(Text.trimmed(name));
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = oneSpaced(Text.trimmed(organisation));
    }

    private static String oneSpaced(String text) {
        return text == null ? null : text.replaceAll("\\s+", " ");
    }

    public lv.ludza.openup.security.Language getLanguage() {
        return language;
    }

    public void setLanguage(lv.ludza.openup.security.Language language) {
        this.language = language;
    }

    /** The language to write to the participant in: the chosen one, else their partner's country's, else the organiser's. */
    public lv.ludza.openup.security.Language mailLanguage() {
        if (language != null) {
            return language;
        }
        Partner whose = partner != null ? partner : event == null ? null : event.getPartner();
        if (whose == null || whose.getCountry() == null) {
            return lv.ludza.openup.security.Language.DEFAULT;
        }
        return switch (whose.getCountry()) {
            case LV -> lv.ludza.openup.security.Language.LV;
            case LT -> lv.ludza.openup.security.Language.LT;
            default -> lv.ludza.openup.security.Language.EN;
        };
    }

    public Partner getPartner() {
        return partner;
    }

    public void setPartner(Partner partner) {
        this.partner = partner;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = Text.trimmed(email);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = Text.trimmed(phone);
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public LocalDate getConsentDate() {
        return consentDate;
    }

    public void setConsentDate(LocalDate consentDate) {
        this.consentDate = consentDate;
    }

    public Integer getConsentVersion() {
        return consentVersion;
    }

    public void setConsentVersion(Integer consentVersion) {
        this.consentVersion = consentVersion;
    }

    /**
     * Removes the person from this registration (the right to erasure, or the project's retention end): the name
     * becomes "Anonymised participant N" (N the registration's id), e-mail, phone, organisation and language go;
     * status, partner, consent and attendance stay, so counts and indicators do not change.
     */
    public void anonymise() {
        this.name = ANONYMISED + " " + getId();
        this.email = null;
        this.phone = null;
        this.organisation = null;
        this.language = null;
    }

    /** The name an anonymised participant gets, before their registration's number. */
    public static final String ANONYMISED = "Anonymised participant";

    public boolean isAnonymised() {
        return name != null && name.startsWith(ANONYMISED + " ");
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public void setStatus(RegistrationStatus status) {
        this.status = status;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public void setRegisteredAt(Instant registeredAt) {
        this.registeredAt = registeredAt;
    }
}
