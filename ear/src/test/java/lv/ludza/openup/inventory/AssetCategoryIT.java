package lv.ludza.openup.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.Services;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.ProjectService;
import lv.ludza.openup.shared.RuleViolation;

/** Asset categories as data on the real datasource: who edits them, unique codes and names, deleting, using one. */
@ExtendWith(ArquillianExtension.class)
class AssetCategoryIT {

    private AsUser as;
    private AssetCategoryService categories;
    private InventoryService inventory;
    private Partner ludza;

    @BeforeEach
    void lookUpServices() throws Exception {
        as = Services.lookup(AsUser.class);
        categories = Services.lookup(AssetCategoryService.class);
        inventory = Services.lookup(InventoryService.class);
        ProjectService projects = Services.lookup(ProjectService.class);
        ludza = as.call("staff", () -> projects.findDefault().orElseThrow()).getLeadPartner();
    }

    /** A category no other test has: code and names made unique. */
    private static AssetCategory fresh(String what) {
        String unique = String.valueOf(System.nanoTime());
        return new AssetCategory("IT_" + unique, what + " " + unique, what + " (lt) " + unique,
                what + " (en) " + unique);
    }

    private Asset newAsset(AssetCategory category) throws Exception {
        Asset asset = new Asset(ludza, as.call("staff", () -> inventory.nextNumber(ludza.getId(), 2021)),
                "Kategorijas tests (demo)", category);
        return as.call("staff", () -> inventory.save(asset));
    }

    @Test
    void theMigrationKeptTheSevenCategoriesWithTheirNames() throws Exception {
        AssetCategory console = as.call("auditor", () -> categories.findByCode("game_console")).orElseThrow();
        assertEquals("Spēļu konsole", console.nameIn(new java.util.Locale("lv")));
        assertEquals("Žaidimų konsolė", console.nameIn(new java.util.Locale("lt")));
        assertEquals("Game console", console.nameIn(java.util.Locale.ENGLISH));
        assertTrue(as.call("auditor", () -> categories.all()).stream().map(AssetCategory::getCode).toList()
                .containsAll(java.util.List.of("COMPUTER", "LAPTOP", "GAME_CONSOLE", "WHITEBOARD", "PROJECTOR",
                        "FURNITURE", "OTHER")));
        assertTrue(as.call("auditor", () -> categories.assetCounts()).get(console.getId()) >= 3,
                "the demo's three consoles at Rokiškis (and any other test's)");
    }

    @Test
    void aNewCategoryIsUsedOnAnAssetAndTheListFiltersByIt() throws Exception {
        AssetCategory made = as.call("coordinator", () -> categories.save(fresh("Planšetdators")));
        Asset asset = newAsset(made);
        Asset shown = as.call("auditor", () -> inventory.find(asset.getId())).orElseThrow();
        assertEquals(made.getId(), shown.getCategory().getId());
        assertEquals(made.getNameLt(), shown.getCategory().nameIn(new java.util.Locale("lt")));
        assertEquals(1, as.call("auditor", () -> inventory.count(Map.of("category", made.getId().toString()))));
        assertEquals(1L, as.call("auditor", () -> categories.assetCounts()).get(made.getId()));

        // no longer in use for new assets: a new asset is refused it, the asset that has it keeps it
        made.setActive(false);
        AssetCategory retired = as.call("admin", () -> categories.save(made));
        assertFalse(retired.isActive());
        shown.setName("Kategorijas tests, pārsaukts (demo)");
        Asset kept = as.call("staff", () -> inventory.save(shown));
        assertEquals(retired.getId(), kept.getCategory().getId());
        Asset another = new Asset(ludza, as.call("staff", () -> inventory.nextNumber(ludza.getId(), 2021)),
                "Vēl viens (demo)", retired);
        RuleViolation inactive = refused("staff", () -> inventory.save(another));
        assertEquals("inventory.category.inactive", inactive.getKey());
        assertEquals("category", inactive.getField());
    }

    @Test
    void aCodeOrANameTakenByAnotherCategoryIsRefusedOnItsField() throws Exception {
        AssetCategory first = as.call("coordinator", () -> categories.save(fresh("Skaļrunis")));
        AssetCategory sameCode = fresh("Cits");
        sameCode.setCode(first.getCode().toLowerCase());
        RuleViolation code = refused("coordinator", () -> categories.save(sameCode));
        assertEquals("inventory.category.codeTaken", code.getKey());
        assertEquals("code", code.getField());

        AssetCategory sameName = fresh("Cits");
        sameName.setNameLt(first.getNameLt().toUpperCase());
        RuleViolation name = refused("coordinator", () -> categories.save(sameName));
        assertEquals("inventory.category.nameTaken", name.getKey());
        assertEquals("nameLt", name.getField());
        assertEquals(first.getCode(), name.getArguments()[1]);

        // saving a category again with its own code and names is fine
        first.setNameEn(first.getNameEn() + " (renamed)");
        assertEquals(first.getNameEn(), as.call("coordinator", () -> categories.save(first)).getNameEn());
    }

    @Test
    void aCategoryAnAssetHasIsNotDeletedAndAnUnusedOneIs() throws Exception {
        AssetCategory used = as.call("coordinator", () -> categories.save(fresh("Printeris")));
        Asset asset = newAsset(used);
        RuleViolation inUse = refused("coordinator", () -> {
            categories.delete(used.getId(), used.getVersion());
            return null;
        });
        assertEquals("inventory.category.inUse", inUse.getKey());
        assertEquals(1L, inUse.getArguments()[1], "how many assets have it");
        assertTrue(as.call("auditor", () -> categories.find(used.getId())).isPresent(), "nothing removed");
        assertEquals(used.getId(), as.call("auditor", () -> inventory.find(asset.getId())).orElseThrow()
                .getCategory().getId());

        AssetCategory unused = as.call("coordinator", () -> categories.save(fresh("Skeneris")));
        as.run("admin", () -> categories.delete(unused.getId(), unused.getVersion()));
        assertTrue(as.call("auditor", () -> categories.find(unused.getId())).isEmpty());
    }

    @Test
    void onlyTheCoordinatorAndTheAdministratorEditCategories() throws Exception {
        AssetCategory any = as.call("staff", () -> categories.findByCode("OTHER")).orElseThrow();
        for (String user : new String[] { "staff", "accountant", "auditor" }) {
            assertThrows(EJBAccessException.class, () -> as.call(user, () -> categories.save(fresh("Aizliegts"))),
                    user);
            assertThrows(EJBAccessException.class, () -> as.run(user, () -> categories.delete(any.getId(),
                    any.getVersion())), user);
            assertFalse(as.call(user, () -> categories.all()).isEmpty(), user + " reads them");
        }
    }

    private RuleViolation refused(String user, Callable<?> call) {
        return assertThrows(RuleViolation.class, () -> as.call(user, call));
    }
}
