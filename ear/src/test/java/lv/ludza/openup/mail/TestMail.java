package lv.ludza.openup.mail;

import java.util.Arrays;
import java.util.List;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The municipality's mail server for the tests: a real SMTP server (GreenMail) in the test JVM, started once before
 * the first test and stopped after the last, because the test WildFly sends through it (its configuration is
 * mail.cli's, OPENUP_SMTP_HOST/PORT pointing here). It keeps what it receives in a mailbox per address, readable
 * here and, for the tests that run inside WildFly, over IMAP ({@link Mailbox}).
 */
public class TestMail implements LauncherSessionListener {

    private static GreenMail server;
    private static ServerSetup[] setups;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String smtp = System.getProperty("openup.it.smtp.port");
        String imap = System.getProperty("openup.it.imap.port");
        if (smtp == null || imap == null || server != null) {
            return; // not the integration tests (a unit test run), or already serving
        }
        setups = new ServerSetup[] {new ServerSetup(Integer.parseInt(smtp), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(Integer.parseInt(imap), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)};
        start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    private static void start() {
        server = new GreenMail(setups);
        server.start();
    }

    /** The mail server goes down (what it received is lost with it) or comes back. */
    public static void reachable(boolean up) {
        if (up) {
            if (server == null) {
                start();
            }
        } else if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Everything received for an address so far, oldest first. */
    public static List<MimeMessage> receivedBy(String address) {
        if (server == null) {
            throw new IllegalStateException("The test mail server runs only in the integration tests, and only while up");
        }
        return Arrays.stream(server.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().toLowerCase().contains(address.toLowerCase()));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
