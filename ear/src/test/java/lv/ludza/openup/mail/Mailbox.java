package lv.ludza.openup.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;

/**
 * A person's mailbox on the test mail server, read over IMAP as their mail program would (for the tests that run
 * inside WildFly, where the test JVM's {@link TestMail} is out of reach). The test server makes a mailbox for every
 * address it receives mail for, its login and password the address.
 */
public final class Mailbox {

    /** A received mail, read whole: its headers, its plain-text and HTML parts, its attachments. */
    public record Received(String subject, String from, String to, String contentLanguage, String text, String html,
            List<Attachment> attachments) {
    }

    public record Attachment(String name, String contentType, String text) {
    }

    private Mailbox() {
    }

    /** The mails in the address's inbox, oldest first (none when nothing came yet). */
    public static List<Received> of(String address) {
        Properties settings = new Properties();
        settings.put("mail.imap.host", "127.0.0.1");
        settings.put("mail.imap.port", System.getenv("OPENUP_IT_IMAP_PORT"));
        settings.put("mail.imap.connectiontimeout", "10000");
        settings.put("mail.imap.timeout", "10000");
        try {
            Store store = Session.getInstance(settings).getStore("imap");
            try {
                store.connect(address, address);
            } catch (jakarta.mail.AuthenticationFailedException noMailboxYet) {
                return List.of();
            }
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<Received> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    mails.add(read(message));
                }
                inbox.close(false);
                return mails;
            } finally {
                store.close();
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("The mailbox of " + address + " could not be read", e);
        }
    }

    private static Received read(Message message) throws MessagingException, IOException {
        String[] language = message.getHeader("Content-Language");
        Parts parts = new Parts();
        parts.walk(message);
        return new Received(message.getSubject(), shown(message.getFrom()[0]),
                shown(message.getRecipients(Message.RecipientType.TO)[0]), language == null ? null : language[0],
                parts.text, parts.html, parts.attachments);
    }

    /** An address as a mail program shows it: the name decoded, then the address. */
    private static String shown(jakarta.mail.Address address) {
        return address instanceof jakarta.mail.internet.InternetAddress internet ? internet.toUnicodeString()
                : address.toString();
    }

    private static final class Parts {
        String text;
        String html;
        final List<Attachment> attachments = new ArrayList<>();

        void walk(Part part) throws MessagingException, IOException {
            if (part.getFileName() != null) {
                try (InputStream in = part.getInputStream()) {
                    attachments.add(new Attachment(part.getFileName(), part.getContentType(),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    walk(child);
                }
            } else if (part.isMimeType("text/plain")) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html")) {
                html = (String) part.getContent();
            }
        }
    }
}
