package lv.ludza.openup.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.Services;
import lv.ludza.openup.project.Country;
import lv.ludza.openup.shared.ConcurrentChangeException;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.RuleViolation;

/** Suppliers on the real datasource: paging, sorting and filtering in the database, the rules, the roles. */
@ExtendWith(ArquillianExtension.class)
class SupplierIT {

    private AsUser as;
    private SupplierService suppliers;

    @BeforeEach
    void lookUpServices() {
        as = Services.lookup(AsUser.class);
        suppliers = Services.lookup(SupplierService.class);
    }

    @Test
    void listsArePagedSortedAndFilteredInTheDatabase() throws Exception {
        String tag = "Paging" + System.nanoTime();
        for (int i = 1; i <= 25; i++) {
            Supplier supplier = new Supplier(tag + " " + (char) ('A' + (i % 26)) + i, tag.substring(6, 14) + i,
                    i % 2 == 0 ? Country.LV : Country.LT);
            as.call("accountant", () -> suppliers.save(supplier));
        }
        Map<String, String> mine = Map.of("name", tag.toLowerCase());
        assertEquals(25, as.call("staff", () -> suppliers.count(mine)));
        assertEquals(12, as.call("staff", () -> suppliers.count(Map.of("name", tag, "country", "LV"))));
        assertEquals(0, as.call("staff", () -> suppliers.count(Map.of("name", tag, "country", "XX"))));
        assertEquals(25, as.call("staff", () -> suppliers.count(Map.of(PageRequest.GLOBAL, tag.toUpperCase()))));

        List<Supplier> first = as.call("staff", () -> suppliers.page(new PageRequest(0, 10, "name", true, mine)));
        List<Supplier> third = as.call("staff", () -> suppliers.page(new PageRequest(20, 10, "name", true, mine)));
        assertEquals(10, first.size());
        assertEquals(5, third.size());
        assertTrue(first.get(0).getName().compareTo(first.get(9).getName()) < 0, "ascending by name");
        List<Supplier> descending = as.call("staff", () -> suppliers.page(new PageRequest(0, 1, "name", false, mine)));
        assertEquals(third.get(4).getName(), descending.get(0).getName());

        // a field that is not offered for sorting falls back to the default order instead of failing
        assertEquals(10, as.call("staff",
                () -> suppliers.page(new PageRequest(0, 10, "id; drop table supplier", true, mine))).size());
        // the search text is data, not pattern syntax
        assertEquals(0, as.call("staff", () -> suppliers.count(Map.of("name", tag + "%"))));
    }

    @Test
    void aRegistrationNumberBelongsToOneSupplierPerCountry() throws Exception {
        String number = "REG" + System.nanoTime() % 1_000_000_000L;
        as.call("accountant", () -> suppliers.save(new Supplier("First Demo", number, Country.LV)));
        RuleViolation taken = assertThrows(RuleViolation.class,
                () -> as.call("accountant", () -> suppliers.save(new Supplier("Second Demo", number, Country.LV))));
        assertEquals("supplier.registrationNumber.taken", taken.getKey());
        assertEquals("registrationNumber", taken.getField());
        assertEquals("First Demo", taken.getArguments()[0]);
        // the same number in another country is another company
        as.call("accountant", () -> suppliers.save(new Supplier("Third Demo", number, Country.LT)));
    }

    @Test
    void onlyThoseWhoKeepTheMoneyChangeSuppliers() throws Exception {
        Supplier supplier = new Supplier("Roles Demo", "R" + System.nanoTime() % 1_000_000_000L, Country.LV);
        assertThrows(EJBAccessException.class, () -> as.call("staff", () -> suppliers.save(supplier)));
        assertThrows(EJBAccessException.class, () -> as.call("auditor", () -> suppliers.save(supplier)));
        Supplier saved = as.call("coordinator", () -> suppliers.save(supplier));
        assertThrows(EJBAccessException.class,
                () -> as.run("auditor", () -> suppliers.delete(saved.getId(), saved.getVersion())));
        assertTrue(as.call("auditor", () -> suppliers.find(saved.getId())).isPresent());
    }

    @Test
    void deletingAStaleCopyIsRefusedAndAFreshOneWorks() throws Exception {
        Supplier saved = as.call("accountant",
                () -> suppliers.save(new Supplier("Delete Demo", "D" + System.nanoTime() % 1_000_000_000L, Country.LV)));
        long shownVersion = saved.getVersion();
        saved.setPhone("+371 60000000");
        Supplier changed = as.call("admin", () -> suppliers.save(saved));

        assertThrows(ConcurrentChangeException.class,
                () -> as.run("accountant", () -> suppliers.delete(saved.getId(), shownVersion)));
        assertTrue(as.call("accountant", () -> suppliers.find(saved.getId())).isPresent());

        as.run("accountant", () -> suppliers.delete(changed.getId(), changed.getVersion()));
        assertTrue(as.call("accountant", () -> suppliers.find(saved.getId())).isEmpty());
    }
}
