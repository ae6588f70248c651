package lv.ludza.openup.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import lv.ludza.openup.security.AppUser;
import lv.ludza.openup.security.Language;
import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.SharedByProjects;

/**
 * A mail the application sends, from the moment it is decided (written in that transaction) until the mail server
 * took it or the sender gave up: its recipient, language, subject, plain-text and HTML parts, an optional text
 * attachment (a calendar file), and the outcome of each attempt. Its key says what it is about and is unique, so the
 * same mail is queued once and sent at most once.
 */
@Entity
@Table(name = "outgoing_mail")
@SharedByProjects
@NamedQuery(name = "OutgoingMail.claim", query = "UPDATE OutgoingMail m SET m.status = :sending, m.version = m.version + 1,"
        + " m.updatedAt = :now WHERE m.id = :id AND m.status = :queued")
@NamedQuery(name = "OutgoingMail.count", query = "SELECT m.status, COUNT(m) FROM OutgoingMail m WHERE m.createdAt >= :since"
        + " GROUP BY m.status")
public class OutgoingMail extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** Why a mail its server was sending when it stopped is failed (and not sent again unless asked). */
    public static final String INTERRUPTED = "interrupted while being sent: it may have arrived; send it again if not";

    /** How many times the sender tries before it gives up and marks the mail failed. */
    public static final int MAX_ATTEMPTS = 5;

    /** The waits after the first, second... failed attempt. */
    private static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofMinutes(60));

    @Column(name = "mail_key", nullable = false, updatable = false, length = 200)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private MailKind kind;

    @Column(nullable = false, updatable = false, length = 254)
    private String recipient;

    @Column(name = "recipient_name", updatable = false, length = 200)
    private String recipientName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", updatable = false)
    private AppUser user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 2)
    private Language language;

    @Column(nullable = false, updatable = false, length = 300)
    private String subject;

    @Column(name = "body_text", nullable = false, updatable = false, length = 1_000_000)
    private String bodyText;

    @Column(name = "body_html", nullable = false, updatable = false, length = 1_000_000)
    private String bodyHtml;

    @Column(name = "attachment_name", updatable = false, length = 100)
    private String attachmentName;

    @Column(name = "attachment_type", updatable = false, length = 100)
    private String attachmentType;

    @Column(name = "attachment_text", updatable = false, length = 100_000)
    private String attachmentText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailStatus status = MailStatus.QUEUED;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected OutgoingMail() {
        // for JPA
    }

    public OutgoingMail(String key, MailKind kind, String recipient, String recipientName, AppUser user,
            Language language, String subject, String bodyText, String bodyHtml, Instant now) {
        this.key = key;
        this.kind = kind;
        this.recipient = recipient;
        this.recipientName = recipientName;
        this.user = user;
        this.language = language;
        this.subject = subject.length() > 300 ? subject.substring(0, 299) + "…" : subject;
        this.bodyText = bodyText;
        this.bodyHtml = bodyHtml;
        this.nextAttemptAt = now;
    }

    /** A text file sent with the mail (e.g. {@code event.ics}, {@code text/calendar; method=PUBLISH}). */
    public void attach(String name, String type, String text) {
        this.attachmentName = name;
        this.attachmentType = type;
        this.attachmentText = text;
    }

    /** The mail server took it. */
    public void sent(Instant at) {
        attempts++;
        status = MailStatus.SENT;
        sentAt = at;
        nextAttemptAt = null;
        lastError = null;
    }

    /** The mail server did not take it: tried again later, or given up after {@value #MAX_ATTEMPTS} attempts. */
    public void failed(String error, Instant at) {
        attempts++;
        lastError = error == null ? null : error.length() > 1000 ? error.substring(0, 999) + "…" : error;
        if (attempts >= MAX_ATTEMPTS) {
            status = MailStatus.FAILED;
            nextAttemptAt = null;
        } else {
            status = MailStatus.QUEUED;
            nextAttemptAt = at.plus(BACKOFF.get(Math.min(attempts, BACKOFF.size()) - 1));
        }
    }

    /** Its server stopped while sending it: it may have gone out, so it is not sent again unless asked. */
    public void interrupted() {
        status = MailStatus.FAILED;
        nextAttemptAt = null;
        lastError = INTERRUPTED;
    }

    /** The administrator sends a failed (or waiting) mail again now. Nothing for one already sent. */
    public boolean sendAgain(Instant now) {
        if (status == MailStatus.SENT || status == MailStatus.SENDING) {
            return false;
        }
        status = MailStatus.QUEUED;
        nextAttemptAt = now;
        return true;
    }

    public String getKey() {
        return key;
    }

    public MailKind getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public AppUser getUser() {
        return user;
    }

    public Language getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public String getAttachmentType() {
        return attachmentType;
    }

    public String getAttachmentText() {
        return attachmentText;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    @Override
    public String label() {
        return kind + " " + recipient;
    }
}
