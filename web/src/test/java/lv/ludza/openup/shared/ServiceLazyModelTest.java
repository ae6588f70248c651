package lv.ludza.openup.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;

import lv.ludza.openup.documents.AccessAction;

class ServiceLazyModelTest {

    @Test
    void theFilterQueryIsWhatTheLastCountWasAskedWithFixedFiltersIncluded() {
        Map<String, String> seen = new HashMap<>();
        ServiceLazyModel<lv.ludza.openup.project.Project> model = new ServiceLazyModel<lv.ludza.openup.project.Project>(
                filters -> {
                    seen.putAll(filters);
                    return 0;
                }, request -> List.of()).within("partner.project", 42L);
        assertEquals("", model.getFilterQuery(), "nothing shown yet");

        Map<String, FilterMeta> filterBy = new HashMap<>();
        filterBy.put("status", FilterMeta.builder().field("status").filterValue(AccessAction.DOWNLOAD).build());
        filterBy.put("globalFilter", FilterMeta.builder().field("globalFilter").filterValue("Rīga & Co").build());
        filterBy.put("name", FilterMeta.builder().field("name").filterValue("  ").build());
        model.count(filterBy);

        assertEquals(Map.of("partner.project", "42", "status", "DOWNLOAD", "globalFilter", "Rīga & Co"), seen);
        assertEquals("globalFilter=R%C4%ABga+%26+Co&partner.project=42&status=DOWNLOAD", model.getFilterQuery());
    }
}
