package lv.ludza.openup.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import lv.ludza.openup.security.Language;

/** A mail's attempts: tried again later and later, given up after the last, sent again only when asked. */
class OutgoingMailTest {

    private static final Instant NOW = Instant.parse("2026-12-03T06:30:00Z");

    private static OutgoingMail mail() {
        return new OutgoingMail("test:1", MailKind.TEST, "it@ludza.lv", null, null, Language.LV, "Pārbaude", "text",
                "<p>html</p>", NOW);
    }

    @Test
    void aFailedAttemptIsTriedAgainLaterAndLaterUntilTheSenderGivesUp() {
        OutgoingMail mail = mail();
        assertEquals(NOW, mail.getNextAttemptAt(), "due at once");
        mail.failed("Connection refused", NOW);
        assertEquals(MailStatus.QUEUED, mail.getStatus());
        assertEquals(NOW.plus(Duration.ofMinutes(1)), mail.getNextAttemptAt());
        mail.failed("Connection refused", NOW);
        assertEquals(NOW.plus(Duration.ofMinutes(5)), mail.getNextAttemptAt());
        mail.failed("Connection refused", NOW);
        mail.failed("Connection refused", NOW);
        assertEquals(NOW.plus(Duration.ofMinutes(60)), mail.getNextAttemptAt());
        mail.failed("550 mailbox unavailable", NOW);
        assertEquals(OutgoingMail.MAX_ATTEMPTS, mail.getAttempts());
        assertEquals(MailStatus.FAILED, mail.getStatus());
        assertNull(mail.getNextAttemptAt(), "given up: an administrator looks");
        assertEquals("550 mailbox unavailable", mail.getLastError());

        assertTrue(mail.sendAgain(NOW), "the administrator sends it again");
        assertEquals(MailStatus.QUEUED, mail.getStatus());
        mail.sent(NOW);
        assertEquals(MailStatus.SENT, mail.getStatus());
        assertNull(mail.getLastError());
        assertFalse(mail.sendAgain(NOW), "a sent mail is not sent again");
    }

    @Test
    void aMailInterruptedWhileBeingSentIsFailedNotSentAgain() {
        OutgoingMail mail = mail();
        mail.interrupted();
        assertEquals(MailStatus.FAILED, mail.getStatus());
        assertTrue(mail.getLastError().contains("may have arrived"));
    }

    @Test
    void aLongErrorAndALongSubjectAreCutToTheirColumns() {
        OutgoingMail mail = new OutgoingMail("k", MailKind.TEST, "a@b.lv", null, null, Language.EN, "s".repeat(400), "t",
                "h", NOW);
        assertEquals(300, mail.getSubject().length());
        mail.failed("e".repeat(5000), NOW);
        assertEquals(1000, mail.getLastError().length());
    }
}
