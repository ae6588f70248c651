package lv.ludza.openup.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lv.ludza.openup.audit.HistoryService;
import lv.ludza.openup.documents.Document;
import lv.ludza.openup.documents.DocumentOwner;
import lv.ludza.openup.documents.DocumentService;
import lv.ludza.openup.events.Event;
import lv.ludza.openup.events.EventService;
import lv.ludza.openup.events.EventType;
import lv.ludza.openup.events.IndicatorService;
import lv.ludza.openup.events.Registration;
import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.RecordProbe;
import lv.ludza.openup.it.Services;
import lv.ludza.openup.privacy.PersonalDataAction.PrivacyAction;
import lv.ludza.openup.privacy.PrivacyService.PersonRecord;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.project.ProjectService;
import lv.ludza.openup.shared.RuleViolation;

/**
 * A person's data as the data protection officer handles it: a participant registered with e-mail and phone is found
 * by name and by e-mail, exported, and anonymised; the indicators show the same numbers after, and the name and
 * e-mail are nowhere: not in the list, the history, the mails, nor any table the database holds them in. A traveller
 * whose settlement was declared is kept until the project's retention end, with that date. The consent text is
 * versioned and each registration keeps its version. Only the administrator and the coordinator do any of it.
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyIT {

    private AsUser as;
    private PrivacyService privacy;
    private EventService events;
    private RecordProbe probe;
    private Project openUp;

    @BeforeEach
    void lookUpServices() throws Exception {
        as = Services.lookup(AsUser.class);
        privacy = Services.lookup(PrivacyService.class);
        events = Services.lookup(EventService.class);
        probe = Services.lookup(RecordProbe.class);
        ProjectService projects = Services.lookup(ProjectService.class);
        openUp = as.call("auditor", () -> projects.findDefault().orElseThrow());
    }

    @Test
    void aParticipantIsFoundExportedAndAnonymisedAndIsThenNowhere() throws Exception {
        long n = System.nanoTime() % 1_000_000;
        String name = "Ērika Privātā-" + n;
        String email = "erika.privata." + n + "@example.lv";
        Partner ludza = openUp.getPartners().stream().filter(p -> p.getShortName().equals("Ludza")).findFirst()
                .orElseThrow();
        Event seminar = new Event(openUp, ludza, EventType.SEMINAR, "Datu aizsardzības seminārs " + n,
                LocalDate.of(2030, 3, 27), LocalDate.of(2030, 3, 28));
        Event event = as.call("staff", () -> events.save(seminar));
        Registration registration = new Registration(name, "Ludzas bibliotēka", email);
        registration.setPhone("+371 2611 " + String.format("%04d", n % 10_000));
        Registration registered = as.call("staff", () -> events.register(event.getId(), registration));
        as.run("staff", () -> events.checkIn(registered.getId(), LocalDate.of(2030, 3, 27)));
        assertEquals(1, registered.getConsentVersion(), "the consent text shown that day");
        IndicatorService indicators = Services.lookup(IndicatorService.class);
        List<Long> before = as.call("auditor", () -> indicators.progress(openUp.getId())).stream()
                .map(IndicatorService.Progress::achieved).toList();
        assertTrue(probe.countNative("SELECT COUNT(*) FROM outgoing_mail WHERE recipient = ?1", email) > 0,
                "the confirmation mail is kept in the outbox");

        // found by e-mail and by a part of the name, with everything that identifies them
        List<PersonRecord> byEmail = as.call("coordinator", () -> privacy.find(email.toUpperCase()));
        assertEquals(1, byEmail.size(), byEmail.toString());
        PersonRecord found = byEmail.get(0);
        assertEquals(PersonKind.PARTICIPANT, found.kind());
        assertEquals(name, found.name());
        assertEquals(registration.getPhone(), found.phone());
        assertEquals(event.getTitle(), found.context());
        assertEquals("LLI-263", found.projectCode());
        assertTrue(found.isErasable());
        assertEquals(List.of(found), as.call("coordinator", () -> privacy.find(email)));

        // a document that names them (the seminar's signature sheet) is found with them, by its description
        DocumentService documents = Services.lookup(DocumentService.class);
        byte[] sheet = ("%PDF-1.4\n% " + name + "\ntrailer << >>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        Document signatures = as.call("staff", () -> documents.attach(DocumentOwner.EVENT, event.getId(),
                "paraksti-" + n + ".pdf", sheet, "Parakstu lapa: " + name + ", Ludzas bibliotēka"));
        List<PersonRecord> byName = as.call("coordinator", () -> privacy.find("privātā-" + n));
        assertEquals(List.of(PersonKind.PARTICIPANT, PersonKind.DOCUMENT), byName.stream().map(PersonRecord::kind)
                .toList(), byName.toString());
        PersonRecord document = byName.get(1);
        assertEquals(signatures.getId(), document.id());
        assertEquals(DocumentOwner.EVENT, document.owner());
        assertEquals(event.getId(), document.ownerId());
        assertEquals("LLI-263", document.projectCode());
        assertFalse(document.isErasable(), "a document is corrected or deleted on its record");

        // the answer to a subject access request
        String json = as.call("coordinator", () -> privacy.export("privātā-" + n)); // the person and the document
        for (String expected : List.of("\"kind\": \"PARTICIPANT\"", "\"name\": \"" + name + "\"",
                "\"email\": \"" + email + "\"", "\"event\": \"" + event.getTitle() + "\"", "\"consentVersion\": \"1\"",
                "\"attended\": [", "2030-03-27", "\"kind\": \"DOCUMENT\"", "\"attachedTo\": \"EVENT\"",
                "\"sha256\": \"" + signatures.getSha256() + "\"")) {
            assertTrue(json.contains(expected), expected + " in " + json);
        }

        as.run("coordinator", () -> privacy.anonymiseParticipant(registered.getId()));

        // the numbers stay
        assertEquals(before, as.call("auditor", () -> indicators.progress(openUp.getId())).stream()
                .map(IndicatorService.Progress::achieved).toList(), "the indicators' numbers");
        List<Registration> listed = as.call("staff", () -> events.registrations(event.getId()));
        assertEquals(1, listed.size());
        assertEquals("Anonymised participant " + registered.getId(), listed.get(0).getName());
        assertEquals(null, listed.get(0).getEmail());
        assertEquals(1, as.call("staff", () -> events.attendance(event.getId())).size(), "the attendance stays");

        // the person is nowhere: not in the history, not found, not in a table
        HistoryService history = Services.lookup(HistoryService.class);
        String changes = as.call("auditor", () -> history.historyOf(Registration.class, registered.getId())).toString();
        assertFalse(changes.contains(name) || changes.contains(email), changes);
        assertEquals(List.of(), as.call("coordinator", () -> privacy.find(email)));
        assertEquals(List.of(PersonKind.DOCUMENT), as.call("coordinator", () -> privacy.find(name)).stream()
                .map(PersonRecord::kind).toList(), "the document still names them, until it is changed on its record");
        as.run("staff", () -> documents.delete(signatures.getId()));
        assertEquals(List.of(), as.call("coordinator", () -> privacy.find(name)));
        for (String column : List.of("event_registration.full_name", "event_registration.email",
                "event_registration_aud.full_name", "event_registration_aud.email", "event_registration.phone",
                "event_registration_aud.phone", "outgoing_mail.recipient", "outgoing_mail.recipient_name",
                "outgoing_mail.body_text", "outgoing_mail.body_html", "outgoing_mail.subject")) {
            String[] table = column.split("\\.");
            assertEquals(0, probe.countNative("SELECT COUNT(*) FROM " + table[0] + " WHERE " + table[1] + " LIKE ?1",
                    "%" + (column.endsWith("email") || column.endsWith("recipient") ? email
                            : column.endsWith("phone") ? registration.getPhone() : name) + "%"), column);
        }

        // logged without the data: who did what to which record
        List<PersonalDataAction> log = as.call("coordinator", privacy::actions);
        assertTrue(log.stream().anyMatch(a -> a.getAction() == PrivacyAction.ANONYMISE
                && a.getRecordId().equals(registered.getId()) && a.getDoneBy().equals("coordinator")), log.toString());
        assertTrue(log.stream().anyMatch(a -> a.getAction() == PrivacyAction.EXPORT && a.getRecords() == 2));
    }

    @Test
    void aTravellerWhoseSettlementIsDeclaredIsKeptUntilTheRetentionEnd() throws Exception {
        LocalDate end = LocalDate.of(2031, 12, 31);
        try {
            assertEquals(end, as.call("coordinator", () -> privacy.changeRetentionEnd(openUp.getId(), end)));
            PersonRecord traveller = as.call("coordinator", () -> privacy.find("Jānis Demo")).stream()
                    .filter(p -> p.kind() == PersonKind.TRAVELLER && p.projectCode().equals("LLI-263")).findFirst()
                    .orElseThrow();
            assertEquals(end, traveller.keepUntil());
            assertFalse(traveller.isErasable());
            RuleViolation kept = assertThrows(RuleViolation.class, () -> as.run("coordinator",
                    () -> privacy.anonymiseTraveller(traveller.id())));
            assertEquals("privacy.keep.settlement", kept.getKey());
            assertEquals(end, kept.getArguments()[0]);
            assertEquals("Jānis Demo", probe.text(lv.ludza.openup.travel.Participant.class, traveller.id(), "name"));

            // the data shredder waits for the retention end too, and says so
            PrivacyService.Shredder shredder = as.call("coordinator", () -> privacy.shredder(openUp.getId()));
            assertFalse(shredder.allowed());
            assertTrue(shredder.participants() > 0);
            RuleViolation early = assertThrows(RuleViolation.class, () -> as.run("coordinator",
                    () -> privacy.shred(openUp.getId(), shredder.participants())));
            assertEquals("privacy.retention.notOver", early.getKey());

            // a retention end before the project's end is refused at its field
            RuleViolation before = assertThrows(RuleViolation.class, () -> as.run("coordinator",
                    () -> privacy.changeRetentionEnd(openUp.getId(), LocalDate.of(2019, 1, 1))));
            assertEquals("retentionEnd", before.getField());
        } finally {
            as.run("coordinator", () -> privacy.changeRetentionEnd(openUp.getId(), null));
        }
        // back to the durability end (30 Nov 2019 + 5 years): past, so the traveller may now be anonymised
        assertEquals(LocalDate.of(2024, 11, 30), as.call("auditor", () -> privacy.retentionEnd(openUp.getId())));
        assertTrue(as.call("coordinator", () -> privacy.find("Jānis Demo")).stream()
                .filter(p -> p.projectCode().equals("LLI-263")).allMatch(PersonRecord::isErasable));
    }

    /**
     * READ ON ended on 31 August 2021: its durability end, the default retention end, was 31 August 2026. Its data
     * shredder lists every participant still named and anonymises them in one confirmed step; a count that is not
     * the listed one is refused; the numbers stay.
     */
    @Test
    void theShredderAnonymisesAProjectsParticipantsAfterItsRetentionEnd() throws Exception {
        long readOn = probe.projectId("READ-2020");
        assertEquals(LocalDate.of(2026, 8, 31), as.call("auditor", () -> privacy.retentionEnd(readOn)));
        PrivacyService.Shredder shredder = as.call("coordinator", () -> privacy.shredder(readOn));
        assertTrue(shredder.allowed(), "the retention end has passed");
        if (shredder.participants() == 0) {
            return; // shredded already by an earlier run on this database
        }
        assertEquals(shredder.participants(), shredder.listed().size());
        IndicatorService indicators = Services.lookup(IndicatorService.class);
        List<Long> before = as.call("auditor", () -> indicators.progress(readOn)).stream()
                .map(IndicatorService.Progress::achieved).toList();
        long registrations = probe.countNative("SELECT COUNT(*) FROM event_registration r JOIN event e"
                + " ON e.id = r.event_id JOIN project p ON p.id = e.project_id WHERE p.code = ?1", "READ-2020");

        RuleViolation changed = assertThrows(RuleViolation.class, () -> as.call("coordinator",
                () -> privacy.shred(readOn, shredder.participants() + 1)));
        assertEquals("privacy.shred.changed", changed.getKey());
        long shredded = as.call("coordinator", () -> privacy.shred(readOn, shredder.participants()));
        assertEquals(shredder.participants(), shredded);

        assertEquals(0, as.call("coordinator", () -> privacy.shredder(readOn)).participants());
        for (PersonRecord person : shredder.listed()) {
            assertEquals(0, probe.countNative("SELECT COUNT(*) FROM event_registration r WHERE r.full_name = ?1"
                    + " OR r.id IN (SELECT a.id FROM event_registration_aud a WHERE a.full_name = ?1)", person.name()),
                    person.name());
        }
        assertEquals(registrations, probe.countNative("SELECT COUNT(*) FROM event_registration r JOIN event e"
                + " ON e.id = r.event_id JOIN project p ON p.id = e.project_id WHERE p.code = ?1", "READ-2020"));
        assertEquals(before, as.call("auditor", () -> indicators.progress(readOn)).stream()
                .map(IndicatorService.Progress::achieved).toList(), "the indicators' numbers");
        assertTrue(as.call("coordinator", privacy::actions).stream().anyMatch(a -> a.getAction()
                == PrivacyAction.SHRED && Long.valueOf(readOn).equals(a.getProjectId())
                && a.getRecords() == shredder.participants()));
    }

    @Test
    void theConsentTextIsVersionedAndOnlyTheAdministratorWritesIt() throws Exception {
        RuleViolation blank = assertThrows(RuleViolation.class, () -> as.run("admin",
                () -> privacy.newConsentVersion("Piekrītu", " ", "I agree", null)));
        assertEquals("consentLt", blank.getField());
        assertThrows(EJBAccessException.class, () -> as.run("coordinator",
                () -> privacy.newConsentVersion("Piekrītu", "Sutinku", "I agree", LocalDate.of(2099, 1, 1))));
        ConsentText future = as.call("admin",
                () -> privacy.newConsentVersion("Piekrītu (2099)", "Sutinku (2099)", "I agree (2099)",
                        LocalDate.of(2099, 1, 1)));
        assertTrue(future.getVersion() > 1);
        assertTrue(as.call("staff", privacy::consentVersions).stream().anyMatch(c -> c.getVersion()
                .equals(future.getVersion())));
        assertFalse(as.call("staff", privacy::currentConsent).getVersion().equals(future.getVersion()),
                "a version valid from a later day is not shown yet");

        // staff, accountants and auditors neither search nor anonymise
        for (String user : List.of("staff", "accountant", "auditor")) {
            assertThrows(EJBAccessException.class, () -> as.call(user, () -> privacy.find("Demo")), user);
        }
        RuleViolation short1 = assertThrows(RuleViolation.class, () -> as.call("coordinator", () -> privacy.find("Il")));
        assertEquals("query", short1.getField());
    }
}
