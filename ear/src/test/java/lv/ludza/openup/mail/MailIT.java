package lv.ludza.openup.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lv.ludza.openup.events.Event;
import lv.ludza.openup.events.EventService;
import lv.ludza.openup.events.EventType;
import lv.ludza.openup.inventory.Asset;
import lv.ludza.openup.inventory.InventoryService;
import lv.ludza.openup.it.AsUser;
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

    private AsUser as;
    private Digest digest;
    private Project openUp;

    @BeforeEach
    void lookUp() throws Exception {
        as = Services.lookup(AsUser.class);
        digest = Services.lookup(Digest.class);
        ProjectService projects = Services.lookup(ProjectService.class);
        openUp = as.call("auditor", () -> projects.findDefault().orElseThrow());
        // each in the language of their demo account (another test may have switched the screens' language, which is
        // the language of their mails too)
        UserService users = Services.lookup(UserService.class);
        for (String latvian : List.of("staff", "coordinator", "accountant")) {
            as.run(latvian, () -> users.changeLanguage(lv.ludza.openup.security.Language.LV));
        }
        as.run("accountant.lt", () -> users.changeLanguage(lv.ludza.openup.security.Language.LT));
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

    @Test
    void warrantiesEndingTravelOrdersAndSettlementsWaitingRegistrationClosingAndKeepUntilReachWhoActsOnThem()
            throws Exception {
        lv.ludza.openup.it.RecordProbe probe = Services.lookup(lv.ludza.openup.it.RecordProbe.class);
        EventService events = Services.lookup(EventService.class);
        lv.ludza.openup.travel.TripService trips = Services.lookup(lv.ludza.openup.travel.TripService.class);

        // a day a month before the end of the warranty of the demo's first accepted works
        Object[] works = probe.rows("SELECT w.title, w.acceptedOn, w.warrantyMonths FROM Works w"
                + " WHERE w.acceptedOn IS NOT NULL ORDER BY w.id").get(0);
        LocalDate warrantyEnd = ((LocalDate) works[1]).plusMonths((Integer) works[2]);
        LocalDate day = weekdayOnOrBefore(warrantyEnd.minusDays(30));

        // a travel order issued and not approved: Ludza's accountants approve it
        lv.ludza.openup.travel.Trip trip = as.call("coordinator", () -> trips.find(
                probe.all(lv.ludza.openup.travel.Trip.class).get(0)).orElseThrow());
        lv.ludza.openup.travel.Participant traveller = as.call("coordinator", () -> trips.saveParticipant(trip.getId(),
                new lv.ludza.openup.travel.Participant(trip, "Līga Ceļotāja " + System.nanoTime(), "bibliotekāre",
                        partner("Ludza"))));
        as.call("coordinator", () -> trips.issueOrder(traveller.getId(), "KR-" + System.nanoTime() % 100000));
        // an event whose registration closes the next day
        Event event = new Event(openUp, partner("Ludza"), EventType.SEMINAR, "Slēgšanas seminārs " + System.nanoTime(),
                day.plusDays(5), day.plusDays(5));
        event.setRegistrationCloses(day.plusDays(1));
        Event closing = as.call("staff", () -> events.save(event));

        assertTrue(digest.run(day) > 0);
        Mailbox.Received coordinator = arrived("coordinator@demo.invalid", on(day));
        assertTrue(coordinator.text().contains("Beidzas būvdarbu garantija") && coordinator.text().contains((String) works[0]),
                coordinator.text());
        assertTrue(coordinator.text().contains(LINKS + "/renovation/work.xhtml?id="), coordinator.text());
        Mailbox.Received accountant = arrived("accountant@demo.invalid", on(day));
        assertTrue(accountant.text().contains("Komandējuma rīkojumi gaida apstiprinājumu")
                && accountant.text().contains(traveller.getName()), accountant.text());
        assertTrue(accountant.text().contains("Komandējuma norēķini gaida apstiprinājumu"), "the demo's: " + accountant.text());
        assertTrue(accountant.text().contains(LINKS + "/travel/order.xhtml?id="), accountant.text());
        Mailbox.Received staff = arrived("staff@demo.invalid", on(day));
        assertTrue(staff.text().contains("Rīt beidzas reģistrācija") && staff.text().contains(closing.getTitle()),
                staff.text());

        // a month before the keep-until date of Ludza's equipment (the project's end plus its durability period)
        LocalDate keepUntil = (LocalDate) probe.rows("SELECT a.keepUntil, a.id FROM Asset a WHERE a.partner.shortName"
                + " = 'Ludza' AND a.keepUntil IS NOT NULL AND a.status = lv.ludza.openup.inventory.AssetStatus.IN_USE"
                + " ORDER BY a.keepUntil").get(0)[0];
        LocalDate before = weekdayOnOrBefore(keepUntil.minusMonths(1));
        assertTrue(digest.run(before) > 0);
        Mailbox.Received kept = arrived("staff@demo.invalid", on(before));
        assertTrue(kept.text().contains("Tuvojas pamatlīdzekļu glabāšanas termiņš")
                && kept.text().contains("jāglabā līdz " + date(keepUntil, "dd.MM.yyyy.")), kept.text());
        assertTrue(kept.text().contains(LINKS + "/inventory/durability.xhtml"), kept.text());
    }

    /** The day, or the Friday before when it falls on a weekend (the users' digest days are Monday to Friday). */
    private static LocalDate weekdayOnOrBefore(LocalDate day) {
        LocalDate weekday = day;
        while (weekday.getDayOfWeek() == DayOfWeek.SATURDAY || weekday.getDayOfWeek() == DayOfWeek.SUNDAY) {
            weekday = weekday.minusDays(1);
        }
        return weekday;
    }

    @Test
    void participantsGetTheirConfirmationWithTheEventsCalendarFileTheWaitingListAndTheSeatThatCameFree() throws Exception {
        EventService events = Services.lookup(EventService.class);
        LocalDate first = LocalDate.now().plusYears(5); // (far from today: the calendar opens where today's events are)
        Event event = new Event(openUp, partner("Ludza"), EventType.SEMINAR, "Bērnu literatūras seminārs " + System.nanoTime(),
                first, first.plusDays(1));
        event.setVenue("Ludzas pilsētas galvenā bibliotēka");
        event.setCapacity(1);
        Event seminar = as.call("staff", () -> events.save(event));
        String anna = "anna." + System.nanoTime() + "@example.lv";
        String jonas = "jonas." + System.nanoTime() + "@example.lt";

        // Anna chose English; Jonas chose nothing: Rokiškis' partner, so Lithuanian
        lv.ludza.openup.events.Registration annaRegistration = new lv.ludza.openup.events.Registration("Anna Ozola",
                "Ludzas bibliotēka", anna);
        annaRegistration.setLanguage(lv.ludza.openup.security.Language.EN);
        lv.ludza.openup.events.Registration seat = as.call("staff", () -> events.register(seminar.getId(), annaRegistration));
        lv.ludza.openup.events.Registration jonasRegistration = new lv.ludza.openup.events.Registration("Jonas Žemaitis",
                "Rokiškio biblioteka", jonas);
        jonasRegistration.setPartner(partner("Rokiškis"));
        as.call("staff", () -> events.register(seminar.getId(), jonasRegistration));

        Mailbox.Received confirmed = arrived(anna, mail -> mail.subject().startsWith("Registration confirmed"));
        assertEquals("Registration confirmed: " + seminar.getTitle(), confirmed.subject());
        assertEquals("en", confirmed.contentLanguage());
        assertTrue(confirmed.text().contains("and have a seat") && confirmed.text().contains("Ludzas pilsētas galvenā bibliotēka"),
                confirmed.text());
        assertEquals(1, confirmed.attachments().size());
        Mailbox.Attachment ics = confirmed.attachments().get(0);
        assertEquals("event.ics", ics.name());
        assertTrue(ics.contentType().startsWith("text/calendar"), ics.contentType());
        java.util.Map<String, String> calendar = calendar(ics.text());
        assertEquals("PUBLISH", calendar.get("METHOD"));
        assertEquals(seminar.getTitle(), calendar.get("SUMMARY"));
        assertEquals(date(first, "yyyyMMdd"), calendar.get("DTSTART"));
        assertEquals(date(first.plusDays(2), "yyyyMMdd"), calendar.get("DTEND"), "the end is the day after");

        Mailbox.Received waiting = arrived(jonas, mail -> mail.subject().startsWith("Laukiančiųjų sąraše"));
        assertEquals("lt", waiting.contentLanguage());
        assertTrue(waiting.text().contains("esate laukiančiųjų sąraše"), waiting.text());

        // Anna cancels: her confirmation of it, and Jonas gets the seat, with the calendar file
        as.call("staff", () -> events.cancel(seat.getId(), seat.getVersion()));
        Mailbox.Received cancelled = arrived(anna, mail -> mail.subject().startsWith("Registration cancelled"));
        assertTrue(cancelled.attachments().isEmpty());
        Mailbox.Received promoted = arrived(jonas, mail -> mail.subject().startsWith("Jums skirta vieta"));
        assertEquals(seminar.getTitle(), calendar(promoted.attachments().get(0).text()).get("SUMMARY"));
        Thread.sleep(1500);
        assertEquals(2, Mailbox.of(anna).size(), "the confirmation and the cancellation, each once");
        assertEquals(2, Mailbox.of(jonas).size(), "the waiting list and the seat, each once");
    }

    /**
     * A calendar file read as a calendar program reads it (RFC 5545): lines unfolded, every line a name, parameters
     * and a value, BEGIN and END paired; the properties by name (the event's, for a file of one event).
     */
    private static java.util.Map<String, String> calendar(String text) {
        assertTrue(text.startsWith("BEGIN:VCALENDAR\r\n") && text.endsWith("END:VCALENDAR\r\n"), text);
        java.util.Map<String, String> properties = new java.util.HashMap<>();
        java.util.Deque<String> open = new java.util.ArrayDeque<>();
        for (String line : text.replace("\r\n ", "").split("\r\n")) {
            java.util.regex.Matcher property = java.util.regex.Pattern.compile("([A-Z-]+)((?:;[A-Z-]+=[^;:]+)*):(.*)")
                    .matcher(line);
            assertTrue(property.matches(), "not a calendar line: " + line);
            String name = property.group(1);
            String value = property.group(3).replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n")
                    .replace("\\\\", "\\");
            if (name.equals("BEGIN")) {
                open.push(value);
            } else if (name.equals("END")) {
                assertEquals(open.pop(), value, "BEGIN and END pair up");
            } else {
                properties.put(name, value);
            }
        }
        assertTrue(open.isEmpty());
        return properties;
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
        // what the outbox says of the address and what its mailbox holds, for whoever reads the failure
        List<Object[]> outbox = Services.lookup(lv.ludza.openup.it.RecordProbe.class).rows("SELECT m.subject, m.status,"
                + " m.attempts, m.lastError FROM OutgoingMail m WHERE m.recipient = '" + address + "' ORDER BY m.id");
        assertNotNull(null, "no mail to " + address + " arrived; the outbox: " + outbox.stream()
                .map(java.util.Arrays::toString).toList() + "; the mailbox: " + Mailbox.of(address).stream()
                .map(Mailbox.Received::subject).toList());
        return null;
    }

    private Partner partner(String shortName) {
        return openUp.getPartners().stream().filter(p -> p.getShortName().equals(shortName)).findFirst().orElseThrow();
    }
}
