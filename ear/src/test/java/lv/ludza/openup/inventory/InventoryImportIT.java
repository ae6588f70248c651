package lv.ludza.openup.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.Services;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.project.ProjectService;
import lv.ludza.openup.shared.Money;

/** Import of assets: every row checked first, all or nothing, duplicates in the file and in the register, roles. */
@ExtendWith(ArquillianExtension.class)
class InventoryImportIT {

    private AsUser as;
    private InventoryService inventory;
    private Project openUp;
    private Partner ludza;
    private String room;

    @BeforeEach
    void lookUpServices() throws Exception {
        as = Services.lookup(AsUser.class);
        inventory = Services.lookup(InventoryService.class);
        ProjectService projects = Services.lookup(ProjectService.class);
        openUp = as.call("staff", () -> projects.findDefault().orElseThrow());
        ludza = openUp.getLeadPartner();
        room = "Importa telpa " + System.nanoTime();
        as.call("staff", () -> inventory.addLocation(ludza.getId(), room));
    }

    private AssetImport.Row row(int n, String number, String name, String category, String partner, String location,
            String date, String net, String gross, String manufacturer, String serial) {
        return new AssetImport.Row(n, number, name, category, partner, location, date, net, gross, manufacturer, "M1",
                serial);
    }

    private long count() throws Exception {
        return as.call("auditor", () -> inventory.count(Map.of()));
    }

    @Test
    void aFileWithBrokenRowsSavesNothingAndReportsEveryRow() throws Exception {
        String s = "S" + System.nanoTime();
        String p = ludza.getShortName();
        List<AssetImport.Row> rows = new ArrayList<>();
        rows.add(row(5, null, "Dators", "COMPUTER", p, room, "2019-03-01", "500.00", "605.00", "Dell", s + "a"));
        rows.add(row(6, null, "", "COMPUTER", p, room, "2019-03-01", "500", "605", "Dell", null));
        rows.add(row(7, null, "Galds", "Krēsls", p, room, "2019-03-01", "100", "121", null, null));
        rows.add(row(8, null, "Galds", "FURNITURE", "Nezināms", null, "2019-03-01", "100", "121", null, null));
        rows.add(row(9, null, "Galds", "FURNITURE", p, "Nav tādas", "2019-03-01", "100", "121", null, null));
        rows.add(row(10, null, "Galds", "FURNITURE", p, null, "31.02.2019", "abc", "121", null, null));
        rows.add(row(11, null, "Dators 2", "COMPUTER", p, null, "1.3.2019", "500,00", "605,00", "Dell", s + "a"));
        rows.add(row(12, "LUD-2019-9901", "A", "OTHER", p, null, null, null, null, null, null));
        rows.add(row(13, "LUD-2019-9901", "B", "OTHER", p, null, null, null, null, null, null));
        long before = count();

        AssetImport.Result result = as.call("staff", () -> inventory.importAssets(openUp.getId(), rows));

        assertEquals(0, result.imported());
        assertEquals(before, count(), "nothing saved");
        List<String> found = result.problems().stream().map(x -> x.rowNumber() + " " + x.column() + " " + x.key())
                .toList();
        assertEquals(List.of("6 name inventory.import.missing", "7 category inventory.import.unknownCategory",
                "8 partner inventory.import.unknownPartner", "9 location inventory.import.unknownRoom",
                "10 acquiredOn inventory.import.badDate", "10 net inventory.import.badAmount",
                "11 serialNumber inventory.import.serialTwice", "13 number inventory.import.numberTwice"), found);
    }

    @Test
    void aValidFileImportsAllAndADuplicateAgainstTheRegisterIsReported() throws Exception {
        String s = "S" + System.nanoTime();
        String p = ludza.getShortName();
        List<AssetImport.Row> rows = List.of(
                row(2, null, "Portatīvais dators", "LAPTOP", p, room, "2019-03-01", "1 000,50", "1210.61", "Lenovo", s),
                row(3, null, "Spēļu konsole", "ŽAIDIMŲ KONSOLĖ", p.toUpperCase(), room.toLowerCase(), "02.03.2019",
                        "300", "363", "Sony", s + "b"),
                row(4, null, "Krēsls", " mēbeles ", p, null, null, null, null, null, null));
        long before = count();
        AssetImport.Result result = as.call("staff", () -> inventory.importAssets(openUp.getId(), rows));
        assertTrue(result.ok(), result.problems().toString());
        assertEquals(3, result.imported());
        assertEquals(before + 3, count());
        List<Asset> imported = new ArrayList<>();
        as.call("auditor", () -> inventory.export(Map.of("name", "Portatīvais dators"), "inventoryNumber", true,
                imported::add));
        Asset one = imported.stream().filter(a -> s.equals(a.getSerialNumber())).findFirst().orElseThrow();
        assertEquals(Money.eur("1000.50"), one.getNet());
        assertEquals(Money.eur("210.11"), one.getVat());
        assertEquals(room, one.getLocation().getName());
        assertTrue(one.getInventoryNumber().startsWith("LUD-2019-"), one.getInventoryNumber());
        assertTrue(one.getKeepUntil() != null, "keep-until follows the project");

        // the same serial number of the manufacturer and the same inventory number again: refused, nothing saved
        String taken = one.getInventoryNumber();
        AssetImport.Result again = as.call("staff", () -> inventory.importAssets(openUp.getId(), List.of(
                row(2, null, "Cits", "LAPTOP", p, null, null, null, null, "Lenovo", s),
                row(3, taken, "Cits 2", "LAPTOP", p, null, null, null, null, null, null),
                row(4, null, "Labs", "LAPTOP", p, null, null, null, null, null, null))));
        assertEquals(List.of("2 serialNumber inventory.serial.taken", "3 number inventory.number.taken"),
                again.problems().stream().map(x -> x.rowNumber() + " " + x.column() + " " + x.key()).toList());
        assertEquals(before + 3, count());
    }

    @Test
    void staffImportOnlyTheirOwnPartnersRows() throws Exception {
        Partner other = openUp.getPartners().stream().filter(x -> !x.getId().equals(ludza.getId())
                && !x.isSameOrganisationAs(ludza)).findFirst().orElseThrow();
        long before = count();
        AssetImport.Result result = as.call("staff", () -> inventory.importAssets(openUp.getId(), List.of(
                row(2, null, "Galds", "FURNITURE", other.getShortName(), null, null, null, null, null, null))));
        assertEquals(List.of("2 partner inventory.import.notYourPartner"),
                result.problems().stream().map(x -> x.rowNumber() + " " + x.column() + " " + x.key()).toList());
        AssetImport.Result coordinator = as.call("coordinator", () -> inventory.importAssets(openUp.getId(), List.of(
                row(2, null, "Galds", "FURNITURE", other.getShortName(), null, null, null, null, null, null))));
        assertEquals(1, coordinator.imported());
        assertEquals(before + 1, count());
    }
}
