package lv.ludza.openup.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lv.ludza.openup.events.Event;
import lv.ludza.openup.events.EventService;
import lv.ludza.openup.events.EventType;
import lv.ludza.openup.inventory.Asset;
import lv.ludza.openup.inventory.InventoryService;
import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.Deployments;
import lv.ludza.openup.it.Services;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.project.ProjectService;
import lv.ludza.openup.security.UserService;

/**
 * The daily digest for real: situations made in the test data (a loan overdue on the digest's day, an event whose
 * registration opens the next day) beside the demo's (defects past their deadline, reports not submitted), the
 * timer's method run for that day, and the mails read from the test mail server's mailboxes over IMAP as the people
 * would: the recipient, the language, the subject, the links. Nothing goes to a user with nothing due or with the
 * digest switched off, and a day's digest is sent once however often it runs.
 */
@ExtendWith(ArquillianExtension.class)
class MailIT {

    private static final String LINKS = "https://openup.ludza.lv/openup";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(MailIT.class, Mailbox.class);
    }

    private AsUser as;
    private Digest digest;
    private Project openUp;

    @BeforeEach
    void lookUp() throws Exception {
        as = Services.lookup(AsUser.class);
        digest = Services.lookup(Digest.class);
        ProjectService projects = Services.lookup(ProjectService.class);
        openUp = as.call("auditor", () -> projects.findDefault().orElseThrow());
    }

    @Test
    void eachUserGetsOneDigestInTheirLanguageListingWhatTheyMustActOnWithLinks() throws Exception {
        LocalDate day = nextFreeWeekday();
        InventoryService inventory = Services.lookup(InventoryService.class);
        EventService events = Services.lookup(EventService.class);
        UserService users = Services.lookup(UserService.class);

        // a Ludza laptop lent until the day before the digest's day; an event whose registration opens the next day
        Asset laptop = as.call("staff", () -> inventory.findByNumber("LUD-2018-0002").orElseThrow());
        Asset lent = as.call("staff", () -> inventory.checkOut(laptop.getId(), laptop.getVersion(), "Ilze Lasītāja",
                day.minusDays(1)));
        Event event = new Event(openUp, partner("Ludza"), EventType.SEMINAR, "Digesta seminārs " + System.nanoTime(),
                day.plusDays(10), day.plusDays(10));
        event.setRegistrationOpens(day.plusDays(1));
        Event seminar = as.call("staff", () -> events.save(event));
        // Rokiškis' staff have an overdue loan too, but switched the digest off
        Asset console = as.call("staff.lt", () -> inventory.findByNumber("ROK-2018-0001").orElseThrow());
        Asset lentConsole = as.call("staff.lt", () -> inventory.checkOut(console.getId(), console.getVersion(),
                "Ona Skaitytoja", day.minusDays(1)));
        as.run("staff.lt", () -> users.changeDigestDays(List.of()));
        try {
            int queued = digest.run(day);
            assertTrue(queued >= 3, "digests queued: " + queued);

            // Ludza's staff, in Latvian: the loan and the registration, each with its link
            Mailbox.Received staff = arrived("staff@demo.invalid", mail -> mail.subject().contains(date(day, "dd.MM.yyyy.")));
            assertEquals("lv", staff.contentLanguage());
            assertTrue(staff.subject().startsWith("OPEN UP: ieraksti, kas gaida jūsu rīcību:"), staff.subject());
            assertTrue(staff.to().contains("Demo Bibliotekāre"), staff.to());
            assertTrue(staff.from().contains("openup@ludza.lv"), staff.from());
            assertTrue(staff.text().contains("Nokavēta atdošana"), staff.text());
            assertTrue(staff.text().contains("LUD-2018-0002") && staff.text().contains("Ilze Lasītāja"), staff.text());
            assertTrue(staff.text().contains(LINKS + "/inventory/asset.xhtml?id=" + lent.getId()), staff.text());
            assertTrue(staff.text().contains("Rīt sākas reģistrācija") && staff.text().contains(seminar.getTitle()));
            assertTrue(staff.html().contains("href=\"" + LINKS + "/events/event.xhtml?id=" + seminar.getId() + "\""),
                    staff.html());
            assertTrue(staff.html().contains("<html lang=\"lv\">"));
            assertTrue(staff.text().contains(LINKS + "/account/index.xhtml"), "where to switch it off");

            // the coordinator: the demo's defects past their deadline (Rokiškis' works too: the whole project)
            Mailbox.Received coordinator = arrived("coordinator@demo.invalid",
                    mail -> mail.subject().contains(date(day, "dd.MM.yyyy.")));
            assertTrue(coordinator.text().contains("Defekti pēc novēršanas termiņa"), coordinator.text());
            String openDefect = openDefectPastDeadline(day);
            assertTrue(coordinator.text().contains(openDefect), openDefect + " in " + coordinator.text());
            assertTrue(coordinator.text().contains(LINKS + "/renovation/defect.xhtml?id="), coordinator.text());

            // Rokiškis' accountant, in Lithuanian: the reports Rokiškis has not submitted
            Mailbox.Received accountant = arrived("accountant.lt@demo.invalid",
                    mail -> mail.subject().contains(date(day, "yyyy-MM-dd")));
            assertEquals("lt", accountant.contentLanguage());
            assertTrue(accountant.subject().startsWith("OPEN UP: jūsų dėmesio laukiantys įrašai:"), accountant.subject());
            assertTrue(accountant.text().contains("Nepateiktos partnerio ataskaitos"), accountant.text());
            assertTrue(accountant.text().contains(LINKS + "/procurement/report.xhtml?partner="), accountant.text());

            // nothing for the auditor (nothing to act on) nor for Rokiškis' staff (the digest switched off)
            assertTrue(Mailbox.of("auditor@demo.invalid").stream().noneMatch(on(day)), "the auditor has nothing due");
            assertTrue(Mailbox.of("staff.lt@demo.invalid").stream().noneMatch(on(day)), "the digest is off");

            // the day's digest once, however often the timer fires
            assertEquals(-1, digest.run(day));
            Thread.sleep(1500);
            assertEquals(1, Mailbox.of("staff@demo.invalid").stream().filter(on(day)).count());
        } finally {
            as.run("staff.lt", () -> users.changeDigestDays(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                    DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)));
            as.call("staff", () -> inventory.checkIn(lent.getId(), lent.getVersion()));
            as.call("staff.lt", () -> inventory.checkIn(lentConsole.getId(), lentConsole.getVersion()));
        }
    }

    /** The description of a defect of the project still open on the day and past its deadline (the demo has some). */
    private static String openDefectPastDeadline(LocalDate day) {
        lv.ludza.openup.it.RecordProbe probe = Services.lookup(lv.ludza.openup.it.RecordProbe.class);
        return probe.rows("SELECT d.description, d.deadline FROM Defect d WHERE d.status ="
                + " lv.ludza.openup.renovation.DefectStatus.OPEN ORDER BY d.id").stream()
                .filter(row -> ((LocalDate) row[1]).isBefore(day)).map(row -> (String) row[0]).findFirst()
                .orElseThrow(() -> new AssertionError("the demo has open defects past their deadline"));
    }

    /** A weekday (the users' default days) after every day the digest ran so far, years ahead of the demo. */
    private LocalDate nextFreeWeekday() throws Exception {
        List<DigestRun> runs = as.call("admin", () -> digest.latestRuns(1));
        LocalDate day = LocalDate.now().plusYears(3);
        if (!runs.isEmpty() && !runs.get(0).getRunOn().isBefore(day)) {
            day = runs.get(0).getRunOn().plusDays(1);
        }
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static Predicate<Mailbox.Received> on(LocalDate day) {
        return mail -> mail.subject().contains(date(day, "dd.MM.yyyy.")) || mail.subject().contains(date(day, "yyyy-MM-dd"))
                || mail.subject().contains(date(day, "d MMM yyyy"));
    }

    private static String date(LocalDate day, String pattern) {
        return java.time.format.DateTimeFormatter.ofPattern(pattern, java.util.Locale.ENGLISH).format(day);
    }

    /** The mail that arrives (sending is asynchronous): waits for it up to 30 seconds. */
    private static Mailbox.Received arrived(String address, Predicate<Mailbox.Received> which) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            List<Mailbox.Received> found = Mailbox.of(address).stream().filter(which).toList();
            if (!found.isEmpty()) {
                assertEquals(1, found.size(), "one digest a day: " + found);
                return found.get(0);
            }
            Thread.sleep(300);
        }
        assertNotNull(null, "no mail to " + address + " arrived");
        return null;
    }

    private Partner partner(String shortName) {
        return openUp.getPartners().stream().filter(p -> p.getShortName().equals(shortName)).findFirst().orElseThrow();
    }
}
