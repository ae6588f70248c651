package lv.ludza.openup.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.Services;

/** Several projects at once: who sees which, and where each user starts. */
@ExtendWith(ArquillianExtension.class)
class ProjectsIT {

    private static List<String> codes(List<Project> projects) {
        return projects.stream().map(Project::getCode).toList();
    }

    @Test
    void usersSeeTheProjectsTheirOrganisationTakesPartIn() throws Exception {
        AsUser as = Services.lookup(AsUser.class);
        ProjectService projects = Services.lookup(ProjectService.class);
        assertEquals(List.of("LLI-263", "READ-2020"), codes(as.call("coordinator", projects::visible)),
                "Ludza leads both");
        assertEquals(List.of("LLI-263"), codes(as.call("staff.lt", projects::visible)),
                "Rokiškis library is not in the second project");
        // every project there is (other tests add their own projects to the shared database)
        List<String> all = codes(as.call("admin", projects::findAll)).stream().sorted().toList();
        assertTrue(all.containsAll(List.of("LLI-263", "READ-2020")), all.toString());
        assertEquals(all, codes(as.call("auditor", projects::visible)).stream().sorted().toList(), "the auditor reads all");
        assertEquals("LLI-263", as.call("staff.lt", () -> projects.findDefault().orElseThrow()).getCode());
        assertEquals("LLI-263", as.call("accountant", () -> projects.findDefault().orElseThrow()).getCode(),
                "users start in their own partner's project");
        Project readOn = as.call("auditor", projects::visible).stream().filter(p -> "READ-2020".equals(p.getCode()))
                .findFirst().orElseThrow();
        assertEquals(2, readOn.getPartners().size());
        assertEquals(lv.ludza.openup.shared.Money.eur("20500.00"), readOn.getTotalCost());
    }
}
