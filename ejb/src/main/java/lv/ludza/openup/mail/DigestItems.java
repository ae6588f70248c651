package lv.ludza.openup.mail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;

import lv.ludza.openup.events.Event;
import lv.ludza.openup.inventory.Asset;
import lv.ludza.openup.inventory.AssetStatus;
import lv.ludza.openup.procurement.PartnerReport;
import lv.ludza.openup.procurement.ReportStatus;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.project.ReportingPeriod;
import lv.ludza.openup.renovation.Defect;
import lv.ludza.openup.renovation.DefectStatus;
import lv.ludza.openup.renovation.Works;
import lv.ludza.openup.security.AppUser;
import lv.ludza.openup.security.Language;
import lv.ludza.openup.security.Role;
import lv.ludza.openup.travel.TravelOrder;

/**
 * What needs whom on a day: one query per kind of item over the whole database (dates and states on indexed
 * columns), each item then given to the users who must act on it (by role, organisation and name). Read once for all
 * the day's digests.
 */
final class DigestItems {

    /** A digest's sections, in the order the mail lists them. */
    enum Kind {
        LOANS_OVERDUE, KEEP_UNTIL, WARRANTY_ENDING, DEFECTS_OVERDUE, ORDERS_WAITING, SETTLEMENTS_WAITING, REPORTS_DUE,
        REGISTRATION_OPENS, REGISTRATION_CLOSES
    }

    /** The most lines a section lists; the rest is counted ("and 12 more"). */
    static final int MOST_PER_SECTION = 30;

    /** How long before its end a works' warranty is mentioned. */
    static final int WARRANTY_DAYS = 60;

    /** An item: its text in any language, its page, and who must act on it. */
    private record Item(Kind kind, Project project, java.util.function.Function<Language, String> text, String path,
            Predicate<AppUser> concerns) {
    }

    private final EntityManager em;
    private final LocalDate day;
    private final List<Item> items = new ArrayList<>();
    private final Map<Long, List<Partner>> partnersOfProject = new HashMap<>();

    DigestItems(EntityManager em, LocalDate day, int keepUntilMonths, int reportDays) {
        this.em = em;
        this.day = day;
        loansOverdue();
        keepUntil(keepUntilMonths);
        warrantiesEnding();
        defectsOverdue();
        travelOrders();
        reportsDue(reportDays);
        registrations();
    }

    /** A user's sections, in order: each with its lines in the user's language. */
    Map<Kind, List<MailTemplates.Line>> of(AppUser user) {
        Map<Kind, List<MailTemplates.Line>> sections = new EnumMap<>(Kind.class);
        for (Item item : items) {
            if (item.concerns().test(user)) {
                String code = item.project().getCode();
                sections.computeIfAbsent(item.kind(), k -> new ArrayList<>()).add(new MailTemplates.Line(
                        (code == null ? "" : code + " · ") + item.text().apply(user.getLanguage()),
                        MailTemplates.link(item.path())));
            }
        }
        return sections;
    }

    // ---- the kinds

    private void loansOverdue() {
        for (Asset asset : em.createQuery("SELECT a FROM Asset a JOIN FETCH a.partner p JOIN FETCH p.project"
                + " WHERE a.status = :lent AND a.dueOn < :day ORDER BY a.dueOn, a.inventoryNumber", Asset.class)
                .setParameter("lent", AssetStatus.LENT_OUT).setParameter("day", day).getResultList()) {
            Partner partner = asset.getPartner();
            items.add(new Item(Kind.LOANS_OVERDUE, partner.getProject(),
                    language -> MailTemplates.text(language, "digest.loan", asset.getInventoryNumber(), asset.getName(),
                            asset.getLentTo(), asset.getDueOn()),
                    "/inventory/asset.xhtml?id=" + asset.getId(),
                    user -> staffOf(user, partner) || named(user, asset.getCustodian())));
        }
    }

    private void keepUntil(int months) {
        // (counted per partner and day in the database; the partners, a handful, read after)
        List<Object[]> rows = em.createQuery("SELECT a.partner.id, a.keepUntil, COUNT(a) FROM Asset a"
                + " WHERE a.status IN :kept AND a.keepUntil >= :day AND a.keepUntil <= :until"
                + " GROUP BY a.partner.id, a.keepUntil ORDER BY a.keepUntil, a.partner.id", Object[].class)
                .setParameter("kept", Set.of(AssetStatus.IN_USE, AssetStatus.LENT_OUT, AssetStatus.IN_REPAIR))
                .setParameter("day", day).setParameter("until", day.plusMonths(months)).getResultList();
        for (Object[] row : rows) {
            Partner partner = em.find(Partner.class, row[0]);
            LocalDate until = (LocalDate) row[1];
            long count = (Long) row[2];
            items.add(new Item(Kind.KEEP_UNTIL, partner.getProject(),
                    language -> MailTemplates.text(language, "digest.keepUntil", partner.getShortName(), count, until),
                    "/inventory/durability.xhtml", user -> staffOf(user, partner)));
        }
    }

    private void warrantiesEnding() {
        for (Works works : em.createQuery("SELECT w FROM Works w JOIN FETCH w.partner p JOIN FETCH p.project"
                + " WHERE w.acceptedOn IS NOT NULL AND w.acceptedOn <= :day ORDER BY w.acceptedOn", Works.class)
                .setParameter("day", day).getResultList()) {
            LocalDate end = works.getWarrantyEnd();
            if (end == null || end.isBefore(day) || end.isAfter(day.plusDays(WARRANTY_DAYS))) {
                continue;
            }
            Partner partner = works.getPartner();
            items.add(new Item(Kind.WARRANTY_ENDING, partner.getProject(),
                    language -> MailTemplates.text(language, "digest.warranty", works.getTitle(), end),
                    "/renovation/work.xhtml?id=" + works.getId(),
                    user -> named(user, works.getResponsible()) || coordinatorOf(user, partner.getProject())));
        }
    }

    private void defectsOverdue() {
        for (Defect defect : em.createQuery("SELECT d FROM Defect d JOIN FETCH d.works w JOIN FETCH w.partner p"
                + " JOIN FETCH p.project WHERE d.status = :open AND d.deadline < :day ORDER BY d.deadline, d.id",
                Defect.class).setParameter("open", DefectStatus.OPEN).setParameter("day", day).getResultList()) {
            Works works = defect.getWorks();
            Project project = works.getPartner().getProject();
            items.add(new Item(Kind.DEFECTS_OVERDUE, project,
                    language -> MailTemplates.text(language, "digest.defect", works.getTitle(),
                            shortened(defect.getDescription()), defect.getDeadline()),
                    "/renovation/defect.xhtml?id=" + defect.getId(),
                    user -> named(user, works.getResponsible()) || coordinatorOf(user, project)));
        }
    }

    private void travelOrders() {
        for (TravelOrder order : em.createQuery("SELECT o FROM TravelOrder o JOIN FETCH o.participant pa"
                + " JOIN FETCH pa.trip JOIN FETCH pa.employer e JOIN FETCH e.project WHERE o.settledOn IS NULL"
                + " AND (o.approvedOn IS NULL OR o.returnOn < :day) ORDER BY o.departureOn, o.id", TravelOrder.class)
                .setParameter("day", day).getResultList()) {
            Partner employer = order.getParticipant().getEmployer();
            boolean approved = order.getApprovedOn() != null;
            items.add(new Item(approved ? Kind.SETTLEMENTS_WAITING : Kind.ORDERS_WAITING, employer.getProject(),
                    language -> MailTemplates.text(language, approved ? "digest.settlement" : "digest.order",
                            order.getParticipant().getName(), order.getParticipant().getTrip().getTitle(),
                            order.getDepartureOn()),
                    "/travel/order.xhtml?id=" + order.getId(), user -> accountantOf(user, employer)));
        }
    }

    private void reportsDue(int days) {
        Set<List<Long>> submitted = new HashSet<>();
        for (Object[] row : em.createQuery("SELECT r.partner.id, r.period.id FROM PartnerReport r WHERE r.status <> :draft",
                Object[].class).setParameter("draft", ReportStatus.DRAFT).getResultList()) {
            submitted.add(List.of((Long) row[0], (Long) row[1]));
        }
        for (ReportingPeriod period : em.createQuery("SELECT rp FROM ReportingPeriod rp JOIN FETCH rp.project"
                + " WHERE rp.period.end < :cutoff ORDER BY rp.period.end, rp.number", ReportingPeriod.class)
                .setParameter("cutoff", day.minusDays(days)).getResultList()) {
            for (Partner partner : partners(period.getProject())) {
                if (!submitted.contains(List.of(partner.getId(), period.getId()))) {
                    items.add(new Item(Kind.REPORTS_DUE, period.getProject(),
                            language -> MailTemplates.text(language, "digest.report", partner.getShortName(),
                                    period.getNumber(), period.getPeriod().start(), period.getPeriod().end()),
                            "/procurement/report.xhtml?partner=" + partner.getId() + "&period=" + period.getId(),
                            user -> accountantOf(user, partner)));
                }
            }
        }
    }

    private void registrations() {
        LocalDate tomorrow = day.plusDays(1);
        for (Event event : em.createQuery("SELECT e FROM Event e JOIN FETCH e.partner p JOIN FETCH e.project"
                + " WHERE e.registrationOpens = :tomorrow OR e.registrationCloses = :tomorrow ORDER BY e.startDate, e.id",
                Event.class).setParameter("tomorrow", tomorrow).getResultList()) {
            Partner organiser = event.getPartner();
            for (Kind kind : List.of(Kind.REGISTRATION_OPENS, Kind.REGISTRATION_CLOSES)) {
                LocalDate on = kind == Kind.REGISTRATION_OPENS ? event.getRegistrationOpens() : event.getRegistrationCloses();
                if (tomorrow.equals(on)) {
                    items.add(new Item(kind, event.getProject(),
                            language -> MailTemplates.text(language, "digest.event", event.getTitle(),
                                    event.getStartDate()),
                            "/events/event.xhtml?id=" + event.getId(), user -> staffOf(user, organiser)));
                }
            }
        }
    }

    // ---- who

    private static boolean staffOf(AppUser user, Partner partner) {
        return user.hasRole(Role.STAFF) && sameOrganisation(user, partner);
    }

    private static boolean accountantOf(AppUser user, Partner partner) {
        return user.hasRole(Role.ACCOUNTANT) && sameOrganisation(user, partner);
    }

    private boolean coordinatorOf(AppUser user, Project project) {
        return user.hasRole(Role.COORDINATOR) && user.getPartner() != null
                && partners(project).stream().anyMatch(partner -> sameOrganisation(user, partner));
    }

    /** The person a record names (a custodian, the works' responsible): their full name or user name. */
    private static boolean named(AppUser user, String name) {
        return name != null && (name.strip().equalsIgnoreCase(user.getFullName())
                || name.strip().equalsIgnoreCase(user.getUsername()));
    }

    private static boolean sameOrganisation(AppUser user, Partner partner) {
        return user.getPartner() != null && partner != null && user.getPartner().isSameOrganisationAs(partner);
    }

    private List<Partner> partners(Project project) {
        return partnersOfProject.computeIfAbsent(project.getId(), id -> em.createQuery(
                "SELECT p FROM Partner p WHERE p.project.id = :project ORDER BY p.id", Partner.class)
                .setParameter("project", id).getResultList());
    }

    private static String shortened(String text) {
        return text == null ? "" : text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
