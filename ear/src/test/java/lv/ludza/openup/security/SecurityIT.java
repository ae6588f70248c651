package lv.ludza.openup.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.naming.InitialContext;
import javax.sql.DataSource;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lv.ludza.openup.audit.FieldChange;
import lv.ludza.openup.audit.HistoryEntry;
import lv.ludza.openup.audit.HistoryService;
import lv.ludza.openup.documents.DocumentService;
import lv.ludza.openup.events.EventService;
import lv.ludza.openup.events.IndicatorService;
import lv.ludza.openup.inventory.AssetCategoryService;
import lv.ludza.openup.inventory.InventoryService;
import lv.ludza.openup.inventory.StockTakeService;
import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.Services;
import lv.ludza.openup.procurement.ContractService;
import lv.ludza.openup.privacy.PrivacyService;
import lv.ludza.openup.procurement.EvidenceService;
import lv.ludza.openup.procurement.ExpenditureService;
import lv.ludza.openup.procurement.InvoiceService;
import lv.ludza.openup.procurement.StatementService;
import lv.ludza.openup.procurement.PartnerReportService;
import lv.ludza.openup.procurement.ProcedureService;
import lv.ludza.openup.procurement.SupplierService;
import lv.ludza.openup.procurement.ThresholdService;
import lv.ludza.openup.project.BudgetService;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.project.ProjectService;
import lv.ludza.openup.renovation.WorksService;
import lv.ludza.openup.travel.PerDiemService;
import lv.ludza.openup.travel.TripService;

/** Roles are enforced by the services themselves, and passwords are stored only as bcrypt hashes. */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    /** Every service of the application; a new one must be added here to be checked. */
    private static final List<Class<?>> SERVICES = List.of(ProjectService.class, UserService.class,
            HistoryService.class, SupplierService.class, BudgetService.class, ProcedureService.class,
            ContractService.class, InvoiceService.class, StatementService.class, ExpenditureService.class,
            PartnerReportService.class, EvidenceService.class, PrivacyService.class,
            ThresholdService.class, DocumentService.class,
            TripService.class, PerDiemService.class,
            EventService.class, IndicatorService.class,
            ThresholdService.class, DocumentService.class, InventoryService.class,
            StockTakeService.class, AssetCategoryService.class,
            ThresholdService.class, DocumentService.class, WorksService.class, Keepers.class);

    /**
     * What an auditor may call: reading, and looking after their own account. Downloading a document
     * ({@code content}, {@code packed}) writes only to its access log.
     */
    private static final Set<String> AUDITOR_MAY = Set.of("findAll", "findDefault", "findWithPartners", "historyOf",
            "find", "all", "count", "page", "partner", "records", "budgetOf", "linesOf", "awardedOf", "contractsOf", "currentUser",
            "recordLogin", "changeLanguage", "changeOwnPassword", "changeDigestDays", "periodsOf", "spentOf", "spendingByMonth",
            "ofInvoice", "overview", "report", "items", "reached", "warnings", "largestWarnings",
            "atEntry", "forInvoice", "atDeclaration", "countriesKept", "totalsOfSupplier", "export", "amendmentsOf", "visible",
            "list", "budgetOn", "countChanges", "changes", "linesOfChanges", "vatRates", "allVatRates",
            "content", "image", "accessLog", "accessLogOf", "mayChange", "maxMegabytes",
            // a report's evidence; packing a document, like downloading it, writes only to its access log
            "evidence", "missingCounts", "packed",
            // personal data: the consent text and the retention end are read by all; the rest is not the auditor's
            "currentConsent", "consentVersions", "retentionEnd",
            // travel
            "itinerary", "participants", "orders", "findOrder", "expenses", "settlement", "rates", "rules", "perDiem",
            "destinations", "destinationsOf",
            // events (reads)
            "between", "agenda", "registrations", "findRegistration", "attendance", "childrenSessions",
            "costs", "linkableCosts", "progress", "achieved", "specialistsTrained", "byPartner", "overTime", "contributions", "breakdown",
            // inventory
            "findByNumber", "ofInvoiceLine", "countOfInvoiceLine", "locationsOf", "locationsOfProject", "nextNumber",
            "previewFromInvoiceLine", "invoiceLine", "durabilityYears", "keepUntilFor", "keepUntilSoon", "disposedEarly",
            "ofProject", "entries", "findByCode", "assetCounts",
            "plan", "brokenIfMoved", "money", "defectsOf", "warranties", "findDefect", "defectPhotoCounts",
            "lockedReports",
            // bank statements
            "payments");

    private AsUser as;
    private UserService users;
    private ProjectService projects;
    private HistoryService histories;

    /** Inside the server only (JUnit also makes an instance on the client side, where there is no JNDI). */
    @BeforeEach
    void lookUpServices() {
        as = Services.lookup(AsUser.class);
        users = Services.lookup(UserService.class);
        projects = Services.lookup(ProjectService.class);
        histories = Services.lookup(HistoryService.class);
    }

    @Test
    void staffIsRefusedOnAdministration() throws Exception {
        assertThrows(EJBAccessException.class, () -> as.call("staff", users::findAll));
        AppUser intruder = newUser("staff-made");
        assertThrows(EJBAccessException.class,
                () -> as.call("staff", () -> users.create(intruder, "password123".toCharArray())));
        assertThrows(EJBAccessException.class, () -> as.run("staff", () -> users.resetPassword(1L, "x".toCharArray())));
        assertThrows(EJBAccessException.class, () -> as.call("staff", () -> projects.save(null)));
        assertEquals("staff", as.call("staff", users::currentUser).getUsername());
    }

    @Test
    void auditorIsRefusedOnEveryWrite() throws Exception {
        Project project = as.call("auditor", () -> projects.findDefault().orElseThrow());
        project.setAcronym("AUDITED");
        assertThrows(EJBAccessException.class, () -> as.call("auditor", () -> projects.save(project)));
        assertThrows(EJBAccessException.class,
                () -> as.call("auditor", () -> users.create(newUser("auditor-made"), "password123".toCharArray())));
        AppUser self = as.call("auditor", users::currentUser);
        assertThrows(EJBAccessException.class, () -> as.call("auditor", () -> users.update(self)));
        assertThrows(EJBAccessException.class,
                () -> as.run("auditor", () -> users.resetPassword(self.getId(), "password123".toCharArray())));
        assertEquals("OPEN UP", as.call("auditor", () -> projects.findDefault().orElseThrow()).getAcronym());
    }

    @Test
    void noServiceMethodLetsTheAuditorWrite() {
        List<String> open = new ArrayList<>();
        for (Class<?> service : SERVICES) {
            for (Method method : service.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                if (allows(service, method, Role.AUDITOR_ROLE) && !AUDITOR_MAY.contains(method.getName())) {
                    open.add(service.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), open, "methods an auditor may call that are not reads");
    }

    @Test
    void passwordsAreStoredAsSaltedHashesAndWorkForLogin() throws Exception {
        String username = "it-" + System.currentTimeMillis();
        as.call("admin", () -> users.create(newUser(username), "Zemgale rudenī 2019".toCharArray()));

        String stored;
        DataSource dataSource = InitialContext.doLookup("java:jboss/datasources/OpenUpDS");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT password_hash FROM app_user WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                stored = row.getString(1);
            }
        }
        assertTrue(stored.startsWith("$2a$12$"), stored);
        assertFalse(stored.contains("Zemgale"));

        // the server's realm accepts the password, and refuses another
        assertTrue(as.canLogIn(username, "Zemgale rudenī 2019"));
        assertFalse(as.canLogIn(username, "zemgale rudenī 2019"));

        // a deactivated user can no longer log in
        AppUser created = as.call("admin", () -> users.findAll().stream()
                .filter(u -> u.getUsername().equals(username)).findFirst().orElseThrow());
        created.setActive(false);
        created.setRoles(EnumSet.of(Role.STAFF, Role.ACCOUNTANT));
        as.call("admin", () -> users.update(created));
        assertFalse(as.canLogIn(username, "Zemgale rudenī 2019"));

        // the change history says who did it, and what changed (roles included), but never the password
        List<HistoryEntry> history = as.call("auditor", () -> histories.historyOf(AppUser.class, created.getId()));
        HistoryEntry newest = history.get(0);
        assertEquals("admin", newest.username());
        assertTrue(newest.changes().contains(new FieldChange("active", "true", "false", FieldChange.BOOLEAN)), newest.changes().toString());
        assertTrue(newest.changes().contains(new FieldChange("roles", "STAFF", "ACCOUNTANT, STAFF", FieldChange.TEXT)),
                newest.changes().toString());
        // (that a password must be changed is a fact the history may show; the password and its hash are not)
        assertTrue(history.stream().flatMap(e -> e.changes().stream())
                .noneMatch(c -> c.field().equals("passwordHash") || String.valueOf(c.oldValue()).startsWith("$2")
                        || String.valueOf(c.newValue()).startsWith("$2")),
                history.toString());
    }

    @Test
    void weakPasswordsAndTakenNamesAreRefused() throws Exception {
        lv.ludza.openup.shared.RuleViolation weak = assertThrows(lv.ludza.openup.shared.RuleViolation.class,
                () -> as.call("admin", () -> users.create(newUser("it-weak-" + System.nanoTime()), "short".toCharArray())));
        assertEquals("password.tooShort", weak.getKey());
        lv.ludza.openup.shared.RuleViolation common = assertThrows(lv.ludza.openup.shared.RuleViolation.class,
                () -> as.call("admin", () -> users.create(newUser("it-common-" + System.nanoTime()),
                        "Password1234!".toCharArray())));
        assertEquals("password.common", common.getKey());
        lv.ludza.openup.shared.RuleViolation taken = assertThrows(lv.ludza.openup.shared.RuleViolation.class,
                () -> as.call("admin", () -> users.create(newUser("staff"), "password1234".toCharArray())));
        assertEquals("user.username.taken", taken.getKey());
        assertEquals("username", taken.getField());
    }

    private static boolean allows(Class<?> service, Method method, String role) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return true;
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = service.getAnnotation(RolesAllowed.class);
        }
        if (allowed == null) {
            return service.isAnnotationPresent(PermitAll.class);
        }
        return Arrays.asList(allowed.value()).contains(role);
    }

    private static AppUser newUser(String username) {
        AppUser user = new AppUser(username, "Test User", "-");
        user.setRoles(EnumSet.of(Role.STAFF));
        return user;
    }
}
