package lv.ludza.openup.privacy;

import static lv.ludza.openup.security.Role.ACCOUNTANT_ROLE;
import static lv.ludza.openup.security.Role.ADMIN_ROLE;
import static lv.ludza.openup.security.Role.AUDITOR_ROLE;
import static lv.ludza.openup.security.Role.COORDINATOR_ROLE;
import static lv.ludza.openup.security.Role.STAFF_ROLE;
import static lv.ludza.openup.shared.NativeRows.date;
import static lv.ludza.openup.shared.NativeRows.dayOf;
import static lv.ludza.openup.shared.NativeRows.id;
import static lv.ludza.openup.shared.ProjectTime.today;

import java.io.Serializable;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import lv.ludza.openup.documents.DocumentOwner;
import lv.ludza.openup.events.Registration;
import lv.ludza.openup.inventory.InventoryService;
import lv.ludza.openup.privacy.PersonalDataAction.PrivacyAction;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.security.CallerScope;
import lv.ludza.openup.security.SecurityEvents;
import lv.ludza.openup.shared.NativeRows;
import lv.ludza.openup.shared.RecordId;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.SharedByProjects;
import lv.ludza.openup.travel.Participant;

/**
 * A person's data, for the controller and the data protection officer: found wherever it is kept (event
 * registrations, study trip travellers, users), exported (the answer to a subject access request), anonymised where
 * the law does not require keeping it, and shredded per project after its retention end; the consent text by
 * version. Every search, export, anonymisation and shredding is logged ({@link PersonalDataAction}) without the
 * data itself. The administrator sees every project's people, a coordinator their organisation's projects'.
 */
@Stateless
@RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE })
public class PrivacyService {

    /** Fewer characters find too many people to be a search for one. */
    public static final int MIN_QUERY = 3;
    /** Rows a search shows at most. */
    public static final int MAX_FOUND = 200;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private InventoryService inventory;

    // ---- consent

    /** The consent text a registration agrees to today. */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
    @SharedByProjects
    public ConsentText currentConsent() {
        return em.createNamedQuery("ConsentText.validOn", ConsentText.class).setParameter("day", today())
                .setMaxResults(1).getResultStream().findFirst().orElseThrow();
    }

    /** Every version of the consent text, newest first. */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
    @SharedByProjects
    public List<ConsentText> consentVersions() {
        return em.createNamedQuery("ConsentText.all", ConsentText.class).getResultList();
    }

    /**
     * A new version of the consent text, shown at registration from {@code validFrom} (today or later).
     *
     * @throws RuleViolation {@code privacy.consent.required} (field {@code consentLv}, {@code consentLt} or
     *         {@code consentEn}), {@code privacy.consent.size}, {@code privacy.consent.validFromPast}
     */
    @RolesAllowed(ADMIN_ROLE)
    @SharedByProjects
    public ConsentText newConsentVersion(String lv, String lt, String en, LocalDate validFrom) {
        String[][] texts = { { "consentLv", lv }, { "consentLt", lt }, { "consentEn", en } };
        for (String[] text : texts) {
            if (text[1] == null || text[1].isBlank()) {
                throw RuleViolation.onField(text[0], "privacy.consent.required");
            }
            if (text[1].strip().length() > ConsentText.MAX_LENGTH) {
                throw RuleViolation.onField(text[0], "privacy.consent.size", ConsentText.MAX_LENGTH);
            }
        }
        LocalDate from = validFrom == null ? today() : validFrom;
        if (from.isBefore(today())) {
            throw RuleViolation.onField("consentValidFrom", "privacy.consent.validFromPast");
        }
        int version = consentVersions().stream().mapToInt(ConsentText::getVersion).max().orElse(0) + 1;
        ConsentText text = new ConsentText(version, from, lv.strip(), lt.strip(), en.strip(), caller());
        em.persist(text);
        log(PrivacyAction.CONSENT, null, (long) version, null, 1);
        em.flush();
        return text;
    }

    // ---- finding a person

    /**
     * Everything kept about people whose name or e-mail contains the query (capitals do not matter): event
     * participants and travellers of the caller's projects, documents of those projects whose description or file
     * name contains it, and (for the administrator) users. At most
     * {@value #MAX_FOUND} rows; the search is logged without the query.
     *
     * @throws RuleViolation {@code privacy.query.short} (field {@code query}) under {@value #MIN_QUERY} characters
     */
    public List<PersonRecord> find(@NotNull String query) {
        String like = like(query);
        List<PersonRecord> found = new ArrayList<>();
        String projects = projectFilter("e.project_id");
        for (Object[] row : rows("SELECT r.id, r.full_name, r.email, r.phone, r.organisation, e.title, e.start_date,"
                + " p.code, p.id FROM event_registration r JOIN event e ON e.id = r.event_id JOIN project p"
                + " ON p.id = e.project_id WHERE (LOWER(r.full_name) LIKE ?1 OR LOWER(r.email) LIKE ?1)" + projects
                + " ORDER BY e.start_date DESC, r.id", like)) {
            found.add(new PersonRecord(PersonKind.PARTICIPANT, id(row[0]), (String) row[1], (String) row[2],
                    (String) row[3], (String) row[4], (String) row[5], date(row[6]), (String) row[7], id(row[8]),
                    null, null, null));
        }
        // whether the settlement was declared is read with the row, each project's retention end once
        Map<Long, LocalDate> retentionEnds = new java.util.HashMap<>();
        for (Object[] row : rows("SELECT t.id, t.name, t.job_position, tr.title, tr.starts_on, p.code, p.id,"
                + " (SELECT COUNT(*) FROM expenditure_item e JOIN travel_order o ON o.id = e.travel_order_id"
                + " WHERE o.participant_id = t.id) FROM trip_participant t JOIN trip tr ON tr.id = t.trip_id"
                + " JOIN partner org ON org.id = tr.organiser_id JOIN project p ON p.id = org.project_id"
                + " WHERE LOWER(t.name) LIKE ?1" + projectFilter("p.id") + " ORDER BY tr.starts_on DESC, t.id", like)) {
            LocalDate keepUntil = ((Number) row[7]).longValue() == 0 ? null
                    : retentionEnds.computeIfAbsent(id(row[6]), this::retentionEnd);
            found.add(new PersonRecord(PersonKind.TRAVELLER, id(row[0]), (String) row[1], null, null,
                    (String) row[2], (String) row[3], date(row[4]), (String) row[5], id(row[6]), keepUntil, null,
                    null));
        }
        if (context.isCallerInRole(ADMIN_ROLE)) {
            for (Object[] row : rows("SELECT u.id, u.full_name, u.email, u.username FROM app_user u"
                    + " WHERE LOWER(u.full_name) LIKE ?1 OR LOWER(u.email) LIKE ?1 OR LOWER(u.username) LIKE ?1"
                    + " ORDER BY u.username", like)) {
                found.add(new PersonRecord(PersonKind.USER, id(row[0]), (String) row[1], (String) row[2], null,
                        null, (String) row[3], null, null, null, null, null, null));
            }
        }
        // documents whose description or file name names the person (e.g. a signature sheet, a traveller's receipt)
        for (Object[] row : rows("SELECT d.id, d.file_name, d.description, d.created_at, p.code, p.id, d.owner_kind,"
                + " d.owner_id FROM document d LEFT JOIN partner pa ON pa.id = d.partner_id LEFT JOIN project p"
                + " ON p.id = pa.project_id WHERE (LOWER(d.description) LIKE ?1 OR LOWER(d.file_name) LIKE ?1)"
                + projectFilter("p.id") + " ORDER BY d.created_at DESC, d.id", like)) {
            found.add(new PersonRecord(PersonKind.DOCUMENT, id(row[0]), (String) row[1], null, null, null,
                    (String) row[2], dayOf(row[3]), (String) row[4], row[5] == null ? null : id(row[5]), null,
                    DocumentOwner.valueOf((String) row[6]), id(row[7])));
        }
        List<PersonRecord> shown = found.size() > MAX_FOUND ? found.subList(0, MAX_FOUND) : found;
        log(PrivacyAction.SEARCH, null, null, null, shown.size());
        return new ArrayList<>(shown);
    }

    /**
     * What is kept about the people the query finds, as JSON (the answer to a subject access request): each record
     * with every field, its event or trip, the consent it agreed to, the days attended, the travel order and its
     * expenses, and for a user the account. Logged.
     */
    public String export(@NotNull String query) {
        List<PersonRecord> found = find(query);
        JsonArrayBuilder records = Json.createArrayBuilder();
        for (PersonRecord person : found) {
            JsonObjectBuilder record = Json.createObjectBuilder().add("kind", person.kind().name())
                    .add("id", person.id());
            switch (person.kind()) {
                case PARTICIPANT -> participant(person.id(), record);
                case TRAVELLER -> traveller(person.id(), record);
                case USER -> user(person.id(), record);
                case DOCUMENT -> document(person.id(), record);
                default -> throw new IllegalStateException(person.kind().name());
            }
            records.add(record);
        }
        StringWriter json = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(json)) {
            writer.writeObject(Json.createObjectBuilder().add("exportedOn", today().toString())
                    .add("exportedBy", caller()).add("records", records).build());
        }
        log(PrivacyAction.EXPORT, null, null, null, found.size());
        SecurityEvents.exported("/personal-data.json (" + found.size() + " records)", caller());
        return json.toString();
    }

    private void participant(long id, JsonObjectBuilder record) {
        Object[] row = rows("SELECT r.full_name, r.organisation, r.email, r.phone, r.language, r.status, r.consent,"
                + " r.consent_date, r.consent_version, r.registered_at, e.title, e.start_date, e.end_date, p.code,"
                + " c.text_en FROM event_registration r JOIN event e ON e.id = r.event_id JOIN project p"
                + " ON p.id = e.project_id LEFT JOIN consent_text c ON c.version = r.consent_version WHERE r.id = ?1",
                id).get(0);
        put(record, "name", row[0], "organisation", row[1], "email", row[2], "phone", row[3], "language", row[4],
                "status", row[5], "consent", row[6], "consentDate", row[7], "consentVersion", row[8],
                "consentText", row[14], "registeredAt", row[9], "event", row[10], "eventStart", row[11],
                "eventEnd", row[12], "project", row[13]);
        JsonArrayBuilder days = Json.createArrayBuilder();
        rows("SELECT a.event_day, 0 FROM event_attendance a WHERE a.registration_id = ?1 ORDER BY a.event_day", id)
                .forEach(day -> days.add(String.valueOf(day[0])));
        record.add("attended", days);
    }

    private void traveller(long id, JsonObjectBuilder record) {
        Object[] row = rows("SELECT t.name, t.job_position, org.short_name, tr.title, tr.starts_on, tr.ends_on,"
                + " tr.destination_city, p.code, o.number, o.departure_on, o.return_on, o.per_diem, o.settled_on"
                + " FROM trip_participant t JOIN trip tr ON tr.id = t.trip_id JOIN partner org ON org.id = t.employer_id"
                + " JOIN project p ON p.id = org.project_id LEFT JOIN travel_order o ON o.participant_id = t.id"
                + " WHERE t.id = ?1", id).get(0);
        put(record, "name", row[0], "position", row[1], "employer", row[2], "trip", row[3], "tripStart", row[4],
                "tripEnd", row[5], "destination", row[6], "project", row[7], "travelOrder", row[8],
                "departure", row[9], "return", row[10], "perDiem", row[11], "settledOn", row[12]);
        JsonArrayBuilder expenses = Json.createArrayBuilder();
        rows("SELECT x.description, x.spent_on, x.amount FROM travel_expense x JOIN travel_order o ON o.id = x.order_id"
                + " WHERE o.participant_id = ?1 ORDER BY x.spent_on, x.id", id).forEach(expense -> {
                    JsonObjectBuilder one = Json.createObjectBuilder();
                    put(one, "description", expense[0], "spentOn", expense[1], "amount", expense[2]);
                    expenses.add(one);
                });
        record.add("expenses", expenses);
    }

    private void user(long id, JsonObjectBuilder record) {
        Object[] row = rows("SELECT u.username, u.full_name, u.email, u.language, u.active, u.last_login_at,"
                + " pa.short_name FROM app_user u LEFT JOIN partner pa ON pa.id = u.partner_id WHERE u.id = ?1", id)
                .get(0);
        put(record, "username", row[0], "name", row[1], "email", row[2], "language", row[3], "active", row[4],
                "lastLogin", row[5], "partner", row[6]);
        record.add("documentsUploaded", ((Number) rows("SELECT COUNT(*), 0 FROM document d WHERE d.created_by = ?1",
                row[0]).get(0)[0]).longValue());
    }

    /** A document that names the person: what it is and where, not its bytes (the record's page gives those). */
    private void document(long id, JsonObjectBuilder record) {
        Object[] row = rows("SELECT d.file_name, d.description, d.owner_kind, d.owner_id, d.content_type,"
                + " d.size_bytes, d.sha256, d.created_by, d.created_at FROM document d WHERE d.id = ?1", id).get(0);
        put(record, "fileName", row[0], "description", row[1], "attachedTo", row[2], "recordId", row[3],
                "contentType", row[4], "sizeBytes", row[5], "sha256", row[6], "uploadedBy", row[7],
                "uploadedAt", row[8]);
    }

    /** Adds each name's value: as text (a yes/no as such), nothing for null. */
    private static void put(JsonObjectBuilder record, Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            Object value = namesAndValues[i + 1];
            if (value instanceof Boolean yes) {
                record.add(name, yes);
            } else if (value != null) {
                record.add(name, String.valueOf(value));
            }
        }
    }

    // ---- anonymising

    /**
     * Anonymises an event participant: the name becomes "Anonymised participant N" and the e-mail, phone,
     * organisation and language go, also from the change history and from the mails sent to them. Status,
     * attendance and consent stay, so counts and indicators do not change. Logged.
     *
     * @throws RuleViolation {@code error.recordDeleted}
     */
    public void anonymiseParticipant(@RecordId(Registration.class) long registrationId) {
        anonymiseRegistration(registrationId);
    }

    /**
     * Anonymises a study trip traveller: the name becomes "Anonymised traveller N" (also in the history and in the
     * expenditure their settlement declared) and the position goes; the travel order and its money stay. Logged.
     *
     * @throws RuleViolation {@code privacy.keep.settlement} with the date until which the law requires keeping a
     *         traveller whose settlement was declared as expenditure (the project's retention end),
     *         {@code error.recordDeleted}
     */
    public void anonymiseTraveller(@RecordId(Participant.class) long participantId) {
        anonymiseParticipantOfTrip(participantId);
    }

    private void anonymiseRegistration(long id) {
        Registration registration = em.find(Registration.class, id);
        if (registration == null) {
            throw new RuleViolation("error.recordDeleted");
        }
        CallerScope.current().requireEntity(registration);
        if (registration.isAnonymised()) {
            return;
        }
        String name = registration.getName();
        String email = registration.getEmail();
        registration.anonymise();
        em.flush();
        String anonymised = registration.getName();
        em.createNativeQuery("UPDATE event_registration_aud SET full_name = ?1, email = NULL, phone = NULL,"
                + " organisation = NULL, language = NULL WHERE id = ?2").setParameter(1, anonymised)
                .setParameter(2, id).executeUpdate();
        em.createNativeQuery("DELETE FROM outgoing_mail WHERE mail_key LIKE ?1")
                .setParameter(1, "registration:" + id + ":%").executeUpdate();
        scrubMails(name, anonymised);
        if (email != null) {
            scrubMails(email, "");
        }
        log(PrivacyAction.ANONYMISE, PersonKind.PARTICIPANT, id, registration.getEvent().getProject().getId(), 1);
    }

    private void anonymiseParticipantOfTrip(long id) {
        Participant participant = em.find(Participant.class, id);
        if (participant == null) {
            throw new RuleViolation("error.recordDeleted");
        }
        CallerScope.current().requireEntity(participant);
        if (participant.isAnonymised()) {
            return;
        }
        Long projectId = participant.getEmployer().getProject().getId();
        List<Object[]> order = rows("SELECT o.id, 0 FROM travel_order o WHERE o.participant_id = ?1", id);
        if (!order.isEmpty()) {
            LocalDate keepUntil = keepUntilOfOrder(id(order.get(0)[0]), projectId);
            if (keepUntil != null && !today().isAfter(keepUntil)) {
                throw new RuleViolation("privacy.keep.settlement", keepUntil);
            }
        }
        String name = participant.getName();
        participant.anonymise();
        em.flush();
        String anonymised = participant.getName();
        em.createNativeQuery("UPDATE trip_participant_aud SET name = ?1, job_position = NULL WHERE id = ?2")
                .setParameter(1, anonymised).setParameter(2, id).executeUpdate();
        if (!order.isEmpty()) {
            long orderId = id(order.get(0)[0]);
            for (String table : List.of("expenditure_item", "expenditure_item_aud")) {
                em.createNativeQuery("UPDATE " + table + " SET description = REPLACE(description, ?1, ?2) WHERE id IN"
                        + " (SELECT e.id FROM expenditure_item e WHERE e.travel_order_id = ?3)")
                        .setParameter(1, name).setParameter(2, anonymised).setParameter(3, orderId).executeUpdate();
            }
        }
        scrubMails(name, anonymised);
        log(PrivacyAction.ANONYMISE, PersonKind.TRAVELLER, id, projectId, 1);
    }

    /** Replaces a name or address in the mails kept in the outbox (a digest lists travellers by name). */
    private void scrubMails(String text, String replacement) {
        if (text == null || text.isBlank()) {
            return;
        }
        em.createNativeQuery("UPDATE outgoing_mail SET subject = REPLACE(subject, ?1, ?2),"
                + " body_text = REPLACE(body_text, ?1, ?2), body_html = REPLACE(body_html, ?1, ?2),"
                + " recipient_name = REPLACE(recipient_name, ?1, ?2) WHERE body_text LIKE ?3 OR subject LIKE ?3"
                + " OR recipient_name LIKE ?3").setParameter(1, text).setParameter(2, replacement)
                .setParameter(3, "%" + text.replace("%", "").replace("_", "") + "%").executeUpdate();
    }

    /**
     * Until when a travel order's settlement must be kept: when it was declared as expenditure, the project's
     * retention end; else nothing keeps it.
     */
    private LocalDate keepUntilOfOrder(long orderId, long projectId) {
        long declared = ((Number) rows("SELECT COUNT(*), 0 FROM expenditure_item e WHERE e.travel_order_id = ?1",
                orderId).get(0)[0]).longValue();
        return declared == 0 ? null : retentionEnd(projectId);
    }

    // ---- retention

    /** Until when the project keeps its participants' personal data: as set, else the durability end. */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
    public LocalDate retentionEnd(@RecordId(Project.class) long projectId) {
        Project project = em.find(Project.class, projectId);
        return project.getRetentionEnd() != null ? project.getRetentionEnd() : inventory.keepUntilFor(project);
    }

    /**
     * Sets the project's retention end; null goes back to the durability end.
     *
     * @throws RuleViolation {@code privacy.retention.beforeEnd} (field {@code retentionEnd}) before the project's end
     */
    public LocalDate changeRetentionEnd(@RecordId(Project.class) long projectId, LocalDate end) {
        Project project = em.find(Project.class, projectId);
        if (end != null && project.getPeriod() != null && end.isBefore(project.getPeriod().end())) {
            throw RuleViolation.onField("retentionEnd", "privacy.retention.beforeEnd", project.getPeriod().end());
        }
        project.setRetentionEnd(end);
        log(PrivacyAction.RETENTION, null, null, projectId, 1);
        em.flush();
        return retentionEnd(projectId);
    }

    /**
     * The participants the data shredder would anonymise in the project (every registration of its events not
     * anonymised yet), to list before it runs: at most {@value #MAX_FOUND} of them and how many in all.
     */
    public Shredder shredder(@RecordId(Project.class) long projectId) {
        List<PersonRecord> listed = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT r.id, r.full_name, r.email, r.phone, r.organisation,"
                + " e.title, e.start_date, p.code FROM event_registration r JOIN event e ON e.id = r.event_id"
                + " JOIN project p ON p.id = e.project_id WHERE e.project_id = ?1 AND r.full_name NOT LIKE ?2"
                + " ORDER BY e.start_date, r.id").setParameter(1, projectId)
                .setParameter(2, Registration.ANONYMISED + " %").setMaxResults(MAX_FOUND).getResultList()) {
            Object[] cells = (Object[]) row;
            listed.add(new PersonRecord(PersonKind.PARTICIPANT, id(cells[0]), (String) cells[1], (String) cells[2],
                    (String) cells[3], (String) cells[4], (String) cells[5], date(cells[6]), (String) cells[7],
                    projectId, null, null, null));
        }
        LocalDate end = retentionEnd(projectId);
        return new Shredder(end, end != null && today().isAfter(end), toShred(projectId), listed);
    }

    /**
     * Anonymises every participant of the project's events, once its retention end is past, when the number
     * confirmed is still the number listed.
     *
     * @param confirmed how many participants the user saw listed and confirmed
     * @return how many were anonymised
     * @throws RuleViolation {@code privacy.retention.notOver} with the retention end, {@code privacy.shred.changed}
     *         when the list changed since it was shown
     */
    public int shred(@RecordId(Project.class) long projectId, long confirmed) {
        LocalDate end = retentionEnd(projectId);
        if (end == null || !today().isAfter(end)) {
            throw new RuleViolation("privacy.retention.notOver", end);
        }
        if (toShred(projectId) != confirmed) {
            throw new RuleViolation("privacy.shred.changed");
        }
        List<Long> ids = em.createQuery("SELECT r.id FROM Registration r WHERE r.event.project.id = :project"
                + " AND r.name NOT LIKE :anonymised", Long.class).setParameter("project", projectId)
                .setParameter("anonymised", Registration.ANONYMISED + " %").getResultList();
        for (Long id : ids) {
            anonymiseRegistration(id);
        }
        log(PrivacyAction.SHRED, null, null, projectId, ids.size());
        return ids.size();
    }

    private long toShred(long projectId) {
        return em.createQuery("SELECT COUNT(r) FROM Registration r WHERE r.event.project.id = :project"
                + " AND r.name NOT LIKE :anonymised", Long.class).setParameter("project", projectId)
                .setParameter("anonymised", Registration.ANONYMISED + " %").getSingleResult();
    }

    /** What was done with personal data, newest first: everything for the administrator, a coordinator's own. */
    public List<PersonalDataAction> actions() {
        String mine = context.isCallerInRole(ADMIN_ROLE) ? "" : " WHERE a.doneBy = :me";
        var query = em.createQuery("SELECT a FROM PersonalDataAction a" + mine + " ORDER BY a.doneAt DESC, a.id DESC",
                PersonalDataAction.class).setMaxResults(50);
        if (!mine.isEmpty()) {
            query.setParameter("me", caller());
        }
        return query.getResultList();
    }

    // ---- helpers

    private String projectFilter(String column) {
        CallerScope scope = CallerScope.current();
        if (scope.seesEverything()) {
            return "";
        }
        return scope.projects().isEmpty() ? " AND 1 = 0"
                : " AND " + column + " IN (" + scope.projects().stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(", ")) + ")";
    }

    private static String like(String query) {
        String text = query == null ? "" : query.strip();
        if (text.length() < MIN_QUERY) {
            throw RuleViolation.onField("query", "privacy.query.short", MIN_QUERY);
        }
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%";
    }

    private List<Object[]> rows(String sql, Object parameter) {
        return NativeRows.of(em, sql, parameter);
    }

    private void log(PrivacyAction action, PersonKind kind, Long recordId, Long projectId, int records) {
        em.persist(new PersonalDataAction(caller(), action, kind, recordId, projectId, records));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    /**
     * One place a person's data is kept: a registration, a traveller, a user or a document naming them, with what
     * identifies them, the event or trip (a user: the username; a document: its description) and its day, the
     * project, until when it must be kept (null: it may be anonymised now), and for a document the record it is
     * attached to.
     */
    public record PersonRecord(PersonKind kind, long id, String name, String email, String phone, String organisation,
            String context, LocalDate day, String projectCode, Long projectId, LocalDate keepUntil,
            DocumentOwner owner, Long ownerId) implements Serializable {

        public boolean isAnonymised() {
            return name != null && (name.startsWith(Registration.ANONYMISED + " ")
                    || name.startsWith(Participant.ANONYMISED + " "));
        }

        /** Whether it may be anonymised now. */
        public boolean isErasable() {
            return (kind == PersonKind.PARTICIPANT || kind == PersonKind.TRAVELLER) && !isAnonymised()
                    && (keepUntil == null || today().isAfter(keepUntil));
        }
    }

    /** The data shredder of a project: the retention end, whether it is past, how many and which participants. */
    public record Shredder(LocalDate retentionEnd, boolean allowed, long participants, List<PersonRecord> listed)
            implements Serializable {
    }
}
