package lv.ludza.openup.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.naming.InitialContext;
import javax.sql.DataSource;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lv.ludza.openup.audit.Caller;
import lv.ludza.openup.audit.FieldChange;
import lv.ludza.openup.audit.HistoryEntry;
import lv.ludza.openup.audit.HistoryService;
import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.Services;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.project.ProjectService;

/**
 * The platform inside the real server, on the real datasource (H2, or PostgreSQL with -Ppostgres): migrations,
 * saving and reading the project, its change history with the user, and concurrent edits.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    private AsUser as;
    private ProjectService projects;
    private HistoryService history;

    /** Inside the server only (JUnit also makes an instance on the client side, where there is no JNDI). */
    @BeforeEach
    void lookUpServices() {
        as = Services.lookup(AsUser.class);
        projects = Services.lookup(ProjectService.class);
        history = Services.lookup(HistoryService.class);
    }

    @Test
    void migrationsBuiltTheSchema() throws Exception {
        DataSource dataSource = InitialContext.doLookup("java:jboss/datasources/OpenUpDS");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> versions = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL"
                            + " ORDER BY \"installed_rank\"")) {
                while (rows.next()) {
                    assertTrue(rows.getBoolean("success"), "migration " + rows.getString("version"));
                    versions.add(rows.getString("version"));
                }
            }
            assertEquals("1", versions.get(0));
            for (String table : List.of("project", "partner", "app_user", "app_user_role", "revinfo", "project_aud",
                    "app_user_aud", "app_setting")) {
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    assertTrue(rows.next(), table);
                }
            }
            // the database the build selected (-Ppostgres or the default H2) is the one in use
            String expected = "postgresql".equals(System.getProperty("openup.it.db")) ? "PostgreSQL" : "H2";
            assertEquals(expected, connection.getMetaData().getDatabaseProductName());
        }
    }

    @Test
    void savesAndReadsTheProjectThroughTheDatasource() throws Exception {
        Project project = as.call("coordinator", () -> projects.findDefault().orElseThrow());
        assertEquals("LLI-263", project.getCode());
        assertEquals(3, project.getPartners().size());
        assertEquals(Money.eur("176680.75"), project.getTotalCost());
        assertEquals(Money.eur("150178.64"), project.getErdfAmount());
        assertEquals(Money.eur("50849.76"), project.getLeadPartner().getBudget());
        assertEquals(Money.eur("43222.30"), project.getLeadPartner().getErdfAmount());

        String original = project.getAcronym();
        project.setAcronym("OPEN UP IT");
        Project saved = as.call("coordinator", () -> projects.save(project));
        assertEquals(project.getVersion() + 1, saved.getVersion());
        Project reread = as.call("auditor", () -> projects.findWithPartners(project.getId()).orElseThrow());
        assertEquals("OPEN UP IT", reread.getAcronym());
        assertEquals("coordinator", reread.getUpdatedBy());

        reread.setAcronym(original);
        as.call("coordinator", () -> projects.save(reread));
    }

    @Test
    void anEditAppearsInTheHistoryWithItsUser() throws Exception {
        Project project = as.call("admin", () -> projects.findDefault().orElseThrow());
        String original = project.getAcronym();
        project.setAcronym("HISTORY " + System.nanoTime() % 1000);
        Project saved = as.call("coordinator", () -> projects.save(project));

        List<HistoryEntry> entries = as.call("auditor", () -> history.historyOf(Project.class, project.getId()));
        HistoryEntry newest = entries.get(0);
        assertEquals("coordinator", newest.username());
        assertEquals(HistoryEntry.Kind.CHANGED, newest.kind());
        assertTrue(newest.changes().contains(new FieldChange("acronym", original, saved.getAcronym(), FieldChange.TEXT)),
                newest.changes().toString());
        HistoryEntry first = entries.get(entries.size() - 1);
        assertEquals(HistoryEntry.Kind.CREATED, first.kind());
        assertEquals(Caller.SYSTEM, first.username(), "the demo loader created it");

        saved.setAcronym(original);
        as.call("coordinator", () -> projects.save(saved));
    }

    @Test
    void aConcurrentEditIsRefusedAndNothingIsOverwritten() throws Exception {
        Project mine = as.call("coordinator", () -> projects.findDefault().orElseThrow());
        Project theirs = as.call("admin", () -> projects.findDefault().orElseThrow());
        String original = mine.getAcronym();

        theirs.setAcronym("THEIRS");
        as.call("admin", () -> projects.save(theirs));

        mine.setAcronym("MINE");
        ConcurrentChangeException refused = assertThrows(ConcurrentChangeException.class,
                () -> as.call("coordinator", () -> projects.save(mine)));
        assertEquals("error.concurrentChange", refused.getKey());
        assertEquals("admin", refused.getArguments()[0], "the message names who saved first");

        Project now = as.call("coordinator", () -> projects.findDefault().orElseThrow());
        assertEquals("THEIRS", now.getAcronym());
        assertEquals("MINE", mine.getAcronym(), "the refused input is still in the caller's hands");

        now.setAcronym(original);
        as.call("coordinator", () -> projects.save(now));
    }

    @Test
    void beanValidationGuardsTheService() throws Exception {
        Project project = as.call("coordinator", () -> projects.findDefault().orElseThrow());
        project.setAcronym(" ");
        Exception refused = assertThrows(Exception.class, () -> as.call("coordinator", () -> projects.save(project)));
        assertNotNull(refused);
        Project now = as.call("coordinator", () -> projects.findDefault().orElseThrow());
        assertFalse(now.getAcronym().isBlank(), "nothing was saved");
    }
}
