package lv.ludza.openup.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import lv.ludza.openup.project.Partner;
import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.SharedByProjects;

/** A person who logs in: roles, the partner they work for, their language. */
@Entity
@Table(name = "app_user")
@Audited
/** The projects of the user's organisation: every partner row with the same registration number (or legal name). */
@NamedQuery(name = "AppUser.visibleProjects", query = "SELECT DISTINCT p.project.id FROM AppUser u JOIN u.partner own,"
        + " Partner p WHERE u.username = :username AND ((own.registrationNumber IS NOT NULL"
        + " AND p.registrationNumber IS NOT NULL AND p.registrationNumber = own.registrationNumber)"
        + " OR ((own.registrationNumber IS NULL OR p.registrationNumber IS NULL)"
        + " AND LOWER(p.legalName) = LOWER(own.legalName)))")
@NamedQuery(name = "AppUser.findByUsername", query = "SELECT u FROM AppUser u WHERE u.username = :username")
@NamedQuery(name = "AppUser.findAll",
        query = "SELECT DISTINCT u FROM AppUser u LEFT JOIN FETCH u.partner LEFT JOIN FETCH u.roles ORDER BY u.username")
@SharedByProjects
public class AppUser extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** Monday to Friday: the digest's days unless the user chooses others. */
    public static final int DIGEST_WORKDAYS = 0b0011111;

    @NotBlank(message = "{user.username.required}")
    @Size(min = 3, max = 50, message = "{user.username.size}")
    @Pattern(regexp = "[a-z0-9._-]*", message = "{user.username.pattern}")
    @Column(nullable = false, unique = true, length = 50, updatable = false)
    private String username;

    @NotBlank(message = "{user.fullName.required}")
    @Size(max = 150, message = "{user.fullName.size}")
    @Column(nullable = false, length = 150)
    private String fullName;

    @Email(message = "{user.email.invalid}")
    @Size(max = 200, message = "{user.email.size}")
    @Column(length = 200)
    private String email;

    /** bcrypt in modular crypt format ({@code $2a$10$...}); never the password itself. None for a directory user. */
    @NotAudited
    @Column(length = 100)
    private String passwordHash;

    /** Logs in through the municipality's directory, which checks the password and gives the roles. */
    @Column(name = "directory_user", nullable = false, updatable = false)
    private boolean directoryUser;

    @Column(nullable = false)
    private boolean active = true;

    @NotEmpty(message = "{user.roles.required}")
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language = Language.DEFAULT;

    @NotAudited
    private Instant lastLoginAt;

    /** The weekdays of the daily digest (e-mail): bit 0 Monday ... bit 6 Sunday; none, no digest. */
    @Column(name = "digest_days", nullable = false)
    private int digestDays = DIGEST_WORKDAYS;

    /** Failed logins since the last success (or the last lock): at {@link LoginPolicy#MAX_FAILURES} it locks. */
    @NotAudited
    @Column(nullable = false)
    private int failedLogins;

    /** Until when logins are refused after too many failures; the administrator can lift it. */
    @NotAudited
    private Instant lockedUntil;

    /** The administrator set a new password: the user chooses their own at the next login. */
    @NotAudited
    @Column(nullable = false)
    private boolean passwordChangeRequired;

    /** The shared secret of two-factor login (RFC 6238), base32; null without two-factor login. */
    @NotAudited
    @Column(length = 64)
    private String totpSecret;

    @NotAudited
    private Instant totpEnrolledAt;

    /** The 30-second step of the last code accepted: a code is accepted once. */
    @NotAudited
    @Column(nullable = false)
    private long totpLastStep;

    protected AppUser() {
        // for JPA
    }

    public AppUser(String username, String fullName, String passwordHash) {
        this.username = username;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.trim();
    }

    /**
     * A user the directory knows and the application has not seen before: no password here (the directory checks
     * it), named and given roles by {@link #takeFromDirectory} at each login.
     */
    public static AppUser fromDirectory(String username) {
        AppUser user = new AppUser(username, username, null);
        user.directoryUser = true;
        return user;
    }

    public boolean isDirectoryUser() {
        return directoryUser;
    }

    /**
     * What the directory says at a login: the name and e-mail (kept when it has none), the roles its groups give,
     * and the partner organisation when a group names one (else the one the administrator chose stays).
     */
    public void takeFromDirectory(String directoryName, String directoryEmail, Set<Role> directoryRoles,
            Partner directoryPartner) {
        if (directoryName != null && !directoryName.isBlank()) {
            String name = directoryName.strip();
            fullName = name.length() > 150 ? name.substring(0, 150) : name;
        }
        String mail = directoryEmail == null ? "" : directoryEmail.strip();
        if (mail.length() <= 200 && mail.matches("[^@\\s]+@[^@\\s]+")) {
            email = mail;
        }
        setRoles(directoryRoles);
        if (directoryPartner != null) {
            partner = directoryPartner;
        }
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public Partner getPartner() {
        return partner;
    }

    public void setPartner(Partner partner) {
        this.partner = partner;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language == null ? Language.DEFAULT : language;
    }

    /** The weekdays the user gets the daily digest on, in order; empty when they switched it off. */
    public java.util.List<java.time.DayOfWeek> getDigestDays() {
        java.util.List<java.time.DayOfWeek> days = new java.util.ArrayList<>();
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            if (getsDigestOn(day)) {
                days.add(day);
            }
        }
        return days;
    }

    public void setDigestDays(java.util.Collection<java.time.DayOfWeek> days) {
        int bits = 0;
        for (java.time.DayOfWeek day : days) {
            bits |= 1 << (day.getValue() - 1);
        }
        digestDays = bits;
    }

    public boolean getsDigestOn(java.time.DayOfWeek day) {
        return (digestDays & (1 << (day.getValue() - 1))) != 0;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public void recordLogin(Instant at) {
        this.lastLoginAt = at;
    }

    /** Whether logins are refused now (too many failures, not yet lifted). */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    /** A failed login: the {@link LoginPolicy#MAX_FAILURES}th in a row locks the account for a while. */
    public void loginFailed(Instant now) {
        failedLogins++;
        if (failedLogins >= LoginPolicy.MAX_FAILURES) {
            lockedUntil = now.plus(LoginPolicy.LOCK);
            failedLogins = 0;
        }
    }

    /** A successful login: the failures are forgotten. */
    public void loginSucceeded(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /** The administrator lifts a lock. */
    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    /** A password someone else set (the administrator's reset): the user must choose their own. */
    public void setPasswordChangeRequired(boolean required) {
        this.passwordChangeRequired = required;
    }

    public boolean hasTwoFactor() {
        return totpSecret != null;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public Instant getTotpEnrolledAt() {
        return totpEnrolledAt;
    }

    public void enrolTwoFactor(String secret, Instant at) {
        this.totpSecret = secret;
        this.totpEnrolledAt = at;
        this.totpLastStep = 0;
    }

    public void removeTwoFactor() {
        this.totpSecret = null;
        this.totpEnrolledAt = null;
        this.totpLastStep = 0;
    }

    /**
     * Accepts the code of a 30-second step at most once: a code seen by someone looking over a shoulder cannot be
     * used again. Returns whether the step is newer than the last one accepted.
     */
    public boolean acceptCodeOfStep(long step) {
        if (step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    @Override
    public String label() {
        return username;
    }
}
