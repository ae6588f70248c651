package lv.ludza.openup.mail;

import java.io.UnsupportedEncodingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import lv.ludza.openup.shared.ServerSettings;
import lv.ludza.openup.shared.SharedByProjects;

/**
 * Hands the outbox's mails to WildFly's mail session ({@code java:jboss/mail/OpenUp}): each queued mail at once, in
 * the background, and every minute those whose next attempt is due (the mail server was down). A mail is claimed
 * before it is sent (one server, one thread sends it), marked sent or failed after; after
 * {@value OutgoingMail#MAX_ATTEMPTS} failures it stays failed for the administrator. A mail found still being sent
 * long after (its server stopped in between) is marked failed, not sent again: it may have gone out.
 */
@Stateless
@PermitAll
@SharedByProjects
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    /** A mail still "being sent" after this was interrupted. */
    private static final Duration STALE = Duration.ofMinutes(10);

    @Resource(lookup = "java:jboss/mail/OpenUp")
    private Session session;

    @Resource(lookup = "java:jboss/datasources/OpenUpDS")
    private javax.sql.DataSource dataSource;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /**
     * A mail server that does not answer must not hold a sender for long (Jakarta Mail waits forever unless told):
     * the session's properties get connect, read and write timeouts.
     */
    @jakarta.annotation.PostConstruct
    void timeouts() {
        for (String protocol : List.of("smtp", "smtps")) {
            session.getProperties().putIfAbsent("mail." + protocol + ".connectiontimeout", "15000");
            session.getProperties().putIfAbsent("mail." + protocol + ".timeout", "30000");
            session.getProperties().putIfAbsent("mail." + protocol + ".writetimeout", "30000");
        }
    }

    /** Sends a queued mail, in the background. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendSoon(long mail) {
        send(mail);
    }

    /**
     * Every minute, on every server: the mails whose next attempt is due; before that, mails a stopped server was
     * sending are marked failed. Plain SQL, outside Hibernate (whose statement statistics the tests count), as the
     * metrics' timer does; only a due mail is then sent through JPA.
     */
    @Schedule(hour = "*", minute = "*", persistent = false, info = "openup-mail-retry")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void retry() {
        if (ServerSettings.smtpHost().isEmpty()) {
            return;
        }
        List<Long> due = new java.util.ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection db = dataSource.getConnection()) {
            try (PreparedStatement interrupted = db.prepareStatement("UPDATE outgoing_mail SET status = 'FAILED',"
                    + " next_attempt_at = NULL, last_error = ?, version = version + 1, updated_at = ?"
                    + " WHERE status = 'SENDING' AND updated_at < ?")) {
                interrupted.setString(1, OutgoingMail.INTERRUPTED);
                interrupted.setObject(2, now);
                interrupted.setObject(3, now.minus(STALE));
                int stale = interrupted.executeUpdate();
                if (stale > 0) {
                    LOG.warning(stale + " mail(s) were being sent when a server stopped: marked failed, not sent again");
                }
            }
            try (PreparedStatement query = db.prepareStatement("SELECT id FROM outgoing_mail WHERE status = 'QUEUED'"
                    + " AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT 100")) {
                query.setObject(1, now);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        due.add(rows.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.FINE, "mail retry skipped: the database does not answer", e);
            return;
        }
        for (Long id : due) {
            send(id);
        }
    }

    private void send(long id) {
        MailSender self = context.getBusinessObject(MailSender.class);
        OutgoingMail mail = self.claim(id);
        if (mail == null) {
            return; // sent already, or another thread has it
        }
        String error = null;
        try {
            Transport.send(message(mail));
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
            error = describe(e);
            LOG.log(Level.WARNING, "mail " + id + " to " + mail.getRecipient() + " not sent: " + error);
        }
        self.outcome(id, error);
    }

    /** Takes a queued mail for sending: null when it is not queued (any more). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OutgoingMail claim(long mail) {
        int claimed = em.createNamedQuery("OutgoingMail.claim").setParameter("sending", MailStatus.SENDING)
                .setParameter("queued", MailStatus.QUEUED).setParameter("now", Instant.now()).setParameter("id", mail)
                .executeUpdate();
        return claimed == 1 ? em.find(OutgoingMail.class, mail) : null;
    }

    /** Records how the attempt went. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void outcome(long mail, String error) {
        OutgoingMail sent = em.find(OutgoingMail.class, mail);
        if (error == null) {
            sent.sent(Instant.now());
        } else {
            sent.failed(error, Instant.now());
        }
    }

    private Message message(OutgoingMail mail) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(ServerSettings.mailFrom(), MailTemplates.text(mail.getLanguage(), "mail.app"),
                "UTF-8"));
        message.setRecipient(Message.RecipientType.TO, mail.getRecipientName() == null
                ? new InternetAddress(mail.getRecipient())
                : new InternetAddress(mail.getRecipient(), mail.getRecipientName(), "UTF-8"));
        message.setSubject(mail.getSubject(), "UTF-8");
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("Content-Language", mail.getLanguage().code());
        message.setHeader("X-OpenUp-Mail", mail.getKind() + " " + mail.getId());

        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getBodyText(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.getBodyHtml(), "UTF-8", "html");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        if (mail.getAttachmentText() == null) {
            message.setContent(alternative);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setContent(mail.getAttachmentText(), mail.getAttachmentType() + "; charset=UTF-8");
            attachment.setFileName(mail.getAttachmentName());
            attachment.setHeader("Content-Transfer-Encoding", "base64");
            mixed.addBodyPart(body);
            mixed.addBodyPart(attachment);
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = e; cause != null && text.length() < 900; cause = cause.getCause()) {
            if (text.length() > 0) {
                text.append(" ← ");
            }
            text.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}
