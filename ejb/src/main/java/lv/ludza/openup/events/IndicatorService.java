package lv.ludza.openup.events;

import static lv.ludza.openup.security.Role.ACCOUNTANT_ROLE;
import static lv.ludza.openup.security.Role.ADMIN_ROLE;
import static lv.ludza.openup.security.Role.AUDITOR_ROLE;
import static lv.ludza.openup.security.Role.COORDINATOR_ROLE;
import static lv.ludza.openup.security.Role.STAFF_ROLE;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import lv.ludza.openup.shared.Records;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.RecordId;
import lv.ludza.openup.project.Project;

/**
 * The project's output indicators: target against what the events achieved, by partner and over time, and the
 * events behind each number. Every figure is computed from the records when asked, never stored.
 */
@Stateless
@RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
public class IndicatorService {

    /** An indicator with its achieved value. */
    public record Progress(Indicator indicator, long achieved) implements java.io.Serializable {
        public int percent() {
            return indicator.getTarget() == 0 ? 0 : (int) Math.min(999, achieved * 100 / indicator.getTarget());
        }
    }

    /** One event's (or, with no type, one study trip's) share of an indicator. */
    public record Contribution(long eventId, String title, EventType type, LocalDate startDate, String partner,
            long value) implements java.io.Serializable {
        public boolean trip() {
            return type == null;
        }
    }

    private static final String SEMINAR = "SEMINAR";

    /**
     * Only what happened within the project's period counts in its indicators (an event dated outside it is saved
     * with a warning, never counted): the condition on an event {@code e}.
     */
    private static final String WITHIN_PROJECT = " AND e.startDate >= e.project.period.start"
            + " AND e.endDate <= e.project.period.end";

    /** The same for a study trip {@code t}, of its organiser's project. */
    private static final String TRIP_WITHIN_PROJECT = " AND t.startsOn >= t.organiser.project.period.start"
            + " AND t.endsOn <= t.organiser.project.period.end";

    @PersistenceContext
    private EntityManager em;

    public List<Progress> progress(@RecordId(Project.class) long projectId) {
        List<Progress> result = new ArrayList<>();
        for (Indicator indicator : em.createQuery("SELECT i FROM Indicator i WHERE i.project.id = :project"
                + " ORDER BY i.measure", Indicator.class).setParameter("project", projectId).getResultList()) {
            result.add(new Progress(indicator, achieved(projectId, indicator.getMeasure())));
        }
        return result;
    }

    public long achieved(@RecordId(Project.class) long projectId, IndicatorMeasure measure) {
        return switch (measure) {
            case CHILDREN_FIRST_TIME -> childrenSum(projectId, "firstTime");
            case CHILDREN_PRESENT -> childrenSum(projectId, "present");
            case SPECIALISTS_TRAINED -> specialistsTrained(projectId);
            case CONFERENCE_ATTENDEES -> em.createQuery("SELECT COUNT(DISTINCT r.id) FROM Attendance a"
                    + " JOIN a.registration r JOIN r.event e WHERE e.project.id = :project"
                    + " AND e.type = lv.ludza.openup.events.EventType.CONFERENCE" + WITHIN_PROJECT, Long.class)
                    .setParameter("project", projectId).getSingleResult();
        };
    }

    /**
     * Library specialists trained: distinct adults (the same name and organisation is one person) who attended at
     * least one day of a seminar of the project, or went on one of its study trips with an approved travel order
     * (their organisation is then their employer's legal name, so a participant who also signed in at a seminar
     * under that name counts once).
     */
    public long specialistsTrained(@RecordId(Project.class) long projectId) {
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM ("
                + " SELECT LOWER(TRIM(r.full_name)) AS person, LOWER(TRIM(COALESCE(r.organisation, ''))) AS org"
                + " FROM event_registration r JOIN event e ON e.id = r.event_id JOIN project ep ON ep.id = e.project_id"
                + " WHERE e.project_id = ?1 AND e.type = '" + SEMINAR + "'"
                + " AND e.start_date >= ep.start_date AND e.end_date <= ep.end_date"
                + " AND EXISTS (SELECT 1 FROM event_attendance a WHERE a.registration_id = r.id)"
                + " UNION"
                + " SELECT LOWER(TRIM(p.name)), LOWER(TRIM(employer.legal_name))"
                + " FROM travel_order o JOIN trip_participant p ON p.id = o.participant_id"
                + " JOIN trip t ON t.id = p.trip_id JOIN partner organiser ON organiser.id = t.organiser_id"
                + " JOIN partner employer ON employer.id = p.employer_id JOIN project tp ON tp.id = organiser.project_id"
                + " WHERE organiser.project_id = ?1 AND o.approved_on IS NOT NULL"
                + " AND t.starts_on >= tp.start_date AND t.ends_on <= tp.end_date"
                + ") people").setParameter(1, projectId).getSingleResult();
        return count.longValue();
    }

    /** The achieved value per organising partner (short name), partners in the order of their names. */
    public Map<String, Long> byPartner(@RecordId(Project.class) long projectId, IndicatorMeasure measure) {
        return breakdown(projectId, measure).byPartner();
    }

    /**
     * Everything the indicators screen shows of one indicator: the events behind it, the value per partner and
     * over time, from one reading of the events (and one of the people trained): not the same query three times.
     */
    public Breakdown breakdown(@RecordId(Project.class) long projectId, IndicatorMeasure measure) {
        List<Contribution> contributions = contributions(projectId, measure);
        Map<String, Long> byPartner = new TreeMap<>();
        Map<YearMonth, Long> monthly = new TreeMap<>();
        if (measure == IndicatorMeasure.SPECIALISTS_TRAINED) {
            // a person counts once per partner whose seminar they attended, and over time in the month of their
            // first day
            Set<String> seen = new HashSet<>();
            Map<String, LocalDate> first = new LinkedHashMap<>();
            for (Object[] row : people(projectId)) {
                if (seen.add(row[0] + "|" + row[1] + "|" + row[2])) {
                    byPartner.merge((String) row[2], 1L, Long::sum);
                }
                first.merge(row[0] + "|" + row[1], (LocalDate) row[3], (a, b) -> a.isBefore(b) ? a : b);
            }
            first.values().forEach(day -> monthly.merge(YearMonth.from(day), 1L, Long::sum));
        } else {
            for (Contribution c : contributions) {
                byPartner.merge(c.partner(), c.value(), Long::sum);
                monthly.merge(YearMonth.from(c.startDate()), c.value(), Long::sum);
            }
        }
        Map<YearMonth, Long> cumulative = new LinkedHashMap<>();
        long sum = 0;
        for (Map.Entry<YearMonth, Long> entry : monthly.entrySet()) {
            sum += entry.getValue();
            cumulative.put(entry.getKey(), sum);
        }
        return new Breakdown(contributions, byPartner, cumulative);
    }

    /** One indicator's events, value per partner, and value cumulated month by month. */
    public record Breakdown(List<Contribution> contributions, Map<String, Long> byPartner,
            Map<YearMonth, Long> overTime) implements java.io.Serializable {
    }

    /** The achieved value cumulated month by month (a person trained counts in the month of their first day). */
    public Map<YearMonth, Long> overTime(@RecordId(Project.class) long projectId, IndicatorMeasure measure) {
        return breakdown(projectId, measure).overTime();
    }

    /** The events behind an indicator, each with its share, in date order. */
    public List<Contribution> contributions(@RecordId(Project.class) long projectId, IndicatorMeasure measure) {
        String jpql = switch (measure) {
            case CHILDREN_FIRST_TIME -> "SELECT e.id, e.title, e.type, e.startDate, e.partner.shortName, SUM(c.firstTime)"
                    + " FROM ChildrenSession c JOIN c.event e WHERE e.project.id = :project" + WITHIN_PROJECT
                    + " GROUP BY e.id, e.title, e.type, e.startDate, e.partner.shortName";
            case CHILDREN_PRESENT -> "SELECT e.id, e.title, e.type, e.startDate, e.partner.shortName, SUM(c.present)"
                    + " FROM ChildrenSession c JOIN c.event e WHERE e.project.id = :project" + WITHIN_PROJECT
                    + " GROUP BY e.id, e.title, e.type, e.startDate, e.partner.shortName";
            case SPECIALISTS_TRAINED, CONFERENCE_ATTENDEES -> "SELECT e.id, e.title, e.type, e.startDate,"
                    + " e.partner.shortName, COUNT(DISTINCT r.id) FROM Attendance a JOIN a.registration r JOIN r.event e"
                    + " WHERE e.project.id = :project AND e.type = lv.ludza.openup.events.EventType."
                    + (measure == IndicatorMeasure.CONFERENCE_ATTENDEES ? "CONFERENCE" : SEMINAR) + WITHIN_PROJECT
                    + " GROUP BY e.id, e.title, e.type, e.startDate, e.partner.shortName";
        };
        List<Contribution> result = new ArrayList<>();
        for (Object[] row : em.createQuery(jpql + " ORDER BY e.startDate, e.id", Object[].class)
                .setParameter("project", projectId).getResultList()) {
            result.add(new Contribution((Long) row[0], (String) row[1], (EventType) row[2], (LocalDate) row[3],
                    (String) row[4], ((Number) row[5]).longValue()));
        }
        if (measure == IndicatorMeasure.SPECIALISTS_TRAINED) {
            // study trips: their travellers with an approved order (type null: the row opens the trip, not an event)
            for (Object[] row : em.createQuery("SELECT t.id, t.title, t.startsOn, t.organiser.shortName, COUNT(o.id)"
                    + " FROM TravelOrder o JOIN o.participant p JOIN p.trip t"
                    + " WHERE t.organiser.project.id = :project AND o.approvedOn IS NOT NULL" + TRIP_WITHIN_PROJECT
                    + " GROUP BY t.id, t.title, t.startsOn, t.organiser.shortName", Object[].class)
                    .setParameter("project", projectId).getResultList()) {
                result.add(new Contribution((Long) row[0], (String) row[1], null, (LocalDate) row[2],
                        (String) row[3], ((Number) row[4]).longValue()));
            }
            result.sort(Comparator.comparing(Contribution::startDate));
        }
        return result;
    }

    /** Changes an indicator's target (the coordinator). */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE })
    public Indicator changeTarget(@RecordId(Indicator.class) long indicatorId, long version, int target) {
        if (target < 0) {
            throw RuleViolation.onField("target", "events.children.negative");
        }
        Indicator indicator = Records.current(em, Indicator.class, indicatorId, version);
        indicator.setTarget(target);
        em.flush();
        return indicator;
    }

    private long childrenSum(long projectId, String field) {
        Number sum = em.createQuery("SELECT COALESCE(SUM(c." + field + "), 0) FROM ChildrenSession c JOIN c.event e"
                + " WHERE e.project.id = :project" + WITHIN_PROJECT, Number.class).setParameter("project", projectId)
                .getSingleResult();
        return sum.longValue();
    }

    /** Each person trained with the partner who trained them and their first day: seminar attendees, then travellers. */
    private List<Object[]> people(long projectId) {
        List<Object[]> people = new ArrayList<>(em.createQuery("SELECT LOWER(TRIM(r.name)), LOWER(TRIM(COALESCE(r.organisation, ''))),"
                + " r.event.partner.shortName, MIN(a.day) FROM Attendance a JOIN a.registration r JOIN r.event e"
                + " WHERE e.project.id = :project AND e.type = lv.ludza.openup.events.EventType.SEMINAR"
                + WITHIN_PROJECT + " GROUP BY LOWER(TRIM(r.name)), LOWER(TRIM(COALESCE(r.organisation, ''))), r.event.partner.shortName",
                Object[].class).setParameter("project", projectId).getResultList());
        people.addAll(em.createQuery("SELECT LOWER(TRIM(p.name)), LOWER(TRIM(p.employer.legalName)),"
                + " p.trip.organiser.shortName, p.trip.startsOn FROM TravelOrder o JOIN o.participant p JOIN p.trip t"
                + " WHERE t.organiser.project.id = :project AND o.approvedOn IS NOT NULL" + TRIP_WITHIN_PROJECT,
                Object[].class)
                .setParameter("project", projectId).getResultList());
        return people;
    }
}
