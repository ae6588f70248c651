package lv.ludza.openup.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lv.ludza.openup.audit.HistoryService;
import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.Services;
import lv.ludza.openup.it.SqlStatements;
import lv.ludza.openup.procurement.Invoice;
import lv.ludza.openup.procurement.InvoiceLine;
import lv.ludza.openup.procurement.InvoiceService;
import lv.ludza.openup.procurement.Supplier;
import lv.ludza.openup.procurement.SupplierService;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.project.ProjectService;
import lv.ludza.openup.shared.ConcurrentChangeException;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.RuleViolation;

/** The asset register on the real datasource: assets from an invoice, the rules, lifecycle, stock-takes, roles. */
@ExtendWith(ArquillianExtension.class)
class InventoryIT {

    private AsUser as;
    private InventoryService inventory;
    private StockTakeService stockTakes;
    private InvoiceService invoices;
    private AssetCategoryService categories;
    private AssetCategory laptop;
    private AssetCategory computer;
    private AssetCategory other;
    private Project openUp;
    private Partner ludza;

    @BeforeEach
    void lookUpServices() throws Exception {
        as = Services.lookup(AsUser.class);
        inventory = Services.lookup(InventoryService.class);
        stockTakes = Services.lookup(StockTakeService.class);
        invoices = Services.lookup(InvoiceService.class);
        categories = Services.lookup(AssetCategoryService.class);
        laptop = category("LAPTOP");
        computer = category("COMPUTER");
        other = category("OTHER");
        ProjectService projects = Services.lookup(ProjectService.class);
        openUp = as.call("staff", () -> projects.findDefault().orElseThrow());
        ludza = openUp.getLeadPartner();
    }

    /** One of the categories the migration inserted. */
    private AssetCategory category(String code) throws Exception {
        return as.call("auditor", () -> categories.findByCode(code)).orElseThrow();
    }

    /** A new invoice of Ludza with one line of {@code quantity} items; returns the line. */
    private InvoiceLine invoiceLine(String quantity, String net, String vat, LocalDate issuedOn) throws Exception {
        SupplierService suppliers = Services.lookup(SupplierService.class);
        Supplier supplier = as.call("staff", () -> suppliers.all()).get(0);
        String number = "INV-IT-" + System.nanoTime();
        Invoice saved = as.call("accountant", () -> invoices.save(new Invoice(ludza, supplier, number, issuedOn),
                List.of(new Invoice.Line("Planšetdatori (demo)", new BigDecimal(quantity), Money.eur(net), Money.eur(vat),
                        Money.eur(net).plus(Money.eur(vat)))), null));
        return saved.getLines().get(0);
    }

    @Test
    void anInvoiceLineOfThreeItemsBecomesThreeAssetsWithConsecutiveNumbersOnce() throws Exception {
        InvoiceLine line = invoiceLine("3", "1000.00", "210.00", LocalDate.of(2019, 2, 1));
        List<Asset> created = as.call("staff", () -> inventory.createFromInvoiceLine(line.getId(), laptop,
                null, null, "Demo Bibliotekāre"));
        assertEquals(3, created.size());
        String first = created.get(0).getInventoryNumber();
        assertTrue(first.startsWith("LUD-2019-"), first);
        int counter = Integer.parseInt(first.substring(9));
        for (int i = 0; i < 3; i++) {
            assertEquals(String.format("LUD-2019-%04d", counter + i), created.get(i).getInventoryNumber());
        }
        // the cents add up to the line, the leftover cent on the first: 333.34 + 333.33 + 333.33
        assertEquals(Money.eur("1000.00"), created.stream().map(Asset::getNet).reduce(Money.ZERO, Money::plus));
        assertEquals(Money.eur("210.00"), created.stream().map(Asset::getVat).reduce(Money.ZERO, Money::plus));
        assertEquals(List.of(Money.eur("403.34"), Money.eur("403.33"), Money.eur("403.33")),
                created.stream().map(Asset::getGross).toList(), "1 210,00 in three: to the cent, not 403,32 + 403,32 + 403,36");
        assertEquals(List.of(Money.eur("333.34"), Money.eur("333.33"), Money.eur("333.33")),
                created.stream().map(Asset::getNet).toList());
        Asset one = as.call("auditor", () -> inventory.find(created.get(0).getId())).orElseThrow();
        assertEquals(line.getId(), one.getInvoiceLine().getId());
        assertEquals(LocalDate.of(2019, 2, 1), one.getAcquiredOn());
        assertEquals(lv.ludza.openup.project.CostCategory.EQUIPMENT, one.getBudgetLine().getCategory());
        assertEquals(LocalDate.of(2024, 11, 30), one.getKeepUntil(), "project end + 5 years");

        RuleViolation twice = refused("staff", () -> inventory.createFromInvoiceLine(line.getId(), laptop,
                null, null, null));
        assertEquals("inventory.fromInvoice.already", twice.getKey());
        assertEquals(3, as.call("auditor", () -> inventory.countOfInvoiceLine(line.getId())));

        InvoiceLine another = invoiceLine("2", "100.00", "21.00", LocalDate.of(2019, 2, 2));
        assertThrows(EJBAccessException.class, () -> as.call("staff.lt",
                () -> inventory.createFromInvoiceLine(another.getId(), other, null, null, null)));
        assertThrows(EJBAccessException.class, () -> as.call("auditor",
                () -> inventory.createFromInvoiceLine(another.getId(), other, null, null, null)));
        assertEquals(0, as.call("auditor", () -> inventory.countOfInvoiceLine(another.getId())), "nothing half-saved");

        InvoiceLine half = invoiceLine("2.5", "100.00", "21.00", LocalDate.of(2019, 2, 3));
        assertEquals("inventory.fromInvoice.quantity", refused("staff", () -> inventory.createFromInvoiceLine(
                half.getId(), other, null, null, null)).getKey());
    }

    private Asset newAsset(String name, String manufacturer, String serial) throws Exception {
        Asset asset = new Asset(ludza, as.call("staff", () -> inventory.nextNumber(ludza.getId(), 2020)), name,
                computer);
        asset.setManufacturer(manufacturer);
        asset.setSerialNumber(serial);
        return as.call("staff", () -> inventory.save(asset));
    }

    @Test
    void inventoryAndSerialNumbersAreUniqueAndOnlyTheCoordinatorRenumbers() throws Exception {
        String serial = "SN-" + System.nanoTime();
        Asset first = newAsset("Dators (demo)", "Demo Computers", serial);
        assertEquals(LocalDate.of(2024, 11, 30), first.getKeepUntil());

        Asset sameNumber = new Asset(ludza, first.getInventoryNumber(), "Cits (demo)", other);
        RuleViolation taken = refused("staff", () -> inventory.save(sameNumber));
        assertEquals("inventory.number.taken", taken.getKey());
        assertEquals("inventoryNumber", taken.getField());

        Asset sameSerial = new Asset(ludza, as.call("staff", () -> inventory.nextNumber(ludza.getId(), 2020)),
                "Cits (demo)", other);
        sameSerial.setManufacturer("Demo Computers");
        sameSerial.setSerialNumber(serial);
        RuleViolation serialTaken = refused("staff", () -> inventory.save(sameSerial));
        assertEquals("inventory.serial.taken", serialTaken.getKey());
        assertEquals(first.getInventoryNumber(), serialTaken.getArguments()[0]);
        // the same serial number of another manufacturer is another thing
        sameSerial.setManufacturer("Other Demo Maker");
        as.call("staff", () -> inventory.save(sameSerial));

        first.setInventoryNumber(String.format("LUD-2020-9%03d", System.nanoTime() % 1000)); // always 4 digits
        assertEquals("inventory.number.fixed", refused("staff", () -> inventory.save(first)).getKey());
        Asset renumbered = as.call("coordinator", () -> inventory.save(first));
        assertTrue(renumbered.getInventoryNumber().startsWith("LUD-2020-9"));

        Asset foreign = new Asset(ludza, "LUD-2020-0999", "Svešs (demo)", other);
        assertThrows(EJBAccessException.class, () -> as.call("staff.lt", () -> inventory.save(foreign)));
        assertThrows(EJBAccessException.class, () -> as.call("accountant", () -> inventory.save(foreign)));
    }

    @Test
    void anAssetIsLentOutAndBackAndEveryChangeIsInItsHistory() throws Exception {
        Asset asset = newAsset("Spēļu konsole (demo)", null, null);
        RuleViolation notOut = refused("staff", () -> inventory.checkIn(asset.getId(), asset.getVersion()));
        assertEquals("inventory.checkIn.notOut", notOut.getKey());
        assertEquals("lentTo", refused("staff", () -> inventory.checkOut(asset.getId(), asset.getVersion(), " ",
                null)).getField());

        LocalDate due = LocalDate.now(ZoneId.of("Europe/Riga")).plusDays(7);
        Asset lent = as.call("staff", () -> inventory.checkOut(asset.getId(), asset.getVersion(), "Jānis Bērziņš", due));
        assertEquals(AssetStatus.LENT_OUT, lent.getStatus());
        assertEquals("Jānis Bērziņš", lent.getLentTo());
        // a second check-out of the same (stale) copy is refused
        assertThrows(ConcurrentChangeException.class, () -> as.call("staff",
                () -> inventory.checkOut(asset.getId(), asset.getVersion(), "Cits", due)));
        assertEquals("inventory.checkOut.notInUse", refused("staff",
                () -> inventory.checkOut(lent.getId(), lent.getVersion(), "Cits", due)).getKey());
        assertThrows(EJBAccessException.class, () -> as.call("staff.lt",
                () -> inventory.checkIn(lent.getId(), lent.getVersion())));

        Asset back = as.call("staff", () -> inventory.checkIn(lent.getId(), lent.getVersion()));
        assertEquals(AssetStatus.IN_USE, back.getStatus());
        assertNull(back.getLentTo());
        HistoryService history = Services.lookup(HistoryService.class);
        assertEquals(3, as.call("auditor", () -> history.historyOf(Asset.class, asset.getId())).size(),
                "created, lent out, checked in");
    }

    @Test
    void aDisposalNeedsAReasonAndBeforeKeepUntilAnApproverAndADocument() throws Exception {
        Asset asset = newAsset("Projektors (demo)", null, null);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Riga"));
        RuleViolation noReason = refused("staff", () -> inventory.dispose(asset.getId(), asset.getVersion(),
                AssetStatus.WRITTEN_OFF, today, " ", null, null));
        assertEquals("inventory.disposal.reasonRequired", noReason.getKey());
        LocalDate early = LocalDate.of(2020, 3, 1);
        assertEquals("inventory.disposal.approverRequired", refused("staff", () -> inventory.dispose(asset.getId(),
                asset.getVersion(), AssetStatus.LOST, early, "Nozagts", null, null)).getKey());
        assertEquals("inventory.disposal.documentRequired", refused("staff", () -> inventory.dispose(asset.getId(),
                asset.getVersion(), AssetStatus.LOST, early, "Nozagts", null, "Direktore")).getKey());
        assertEquals(AssetStatus.IN_USE, as.call("auditor", () -> inventory.find(asset.getId())).orElseThrow()
                .getStatus(), "nothing half-saved");

        // after keep-until a reason is enough
        Asset written = as.call("staff", () -> inventory.dispose(asset.getId(), asset.getVersion(),
                AssetStatus.WRITTEN_OFF, today, "Nolietots", "Utilizēts", null));
        assertEquals(AssetStatus.WRITTEN_OFF, written.getStatus());
        assertFalse(written.isDisposedEarly());
        assertTrue(as.call("coordinator", () -> inventory.disposedEarly(openUp.getId())).stream()
                .noneMatch(a -> a.getId().equals(asset.getId())));
        assertEquals("inventory.disposal.already", refused("staff", () -> inventory.dispose(written.getId(),
                written.getVersion(), AssetStatus.LOST, today, "Vēlreiz", null, null)).getKey());
    }

    @Test
    void aStockTakeOfARoomFindsMovedUnexpectedAndMissingAssets() throws Exception {
        Location room = as.call("staff", () -> inventory.addLocation(ludza.getId(), "Telpa IT " + System.nanoTime()));
        Location other = as.call("staff", () -> inventory.addLocation(ludza.getId(), "Cita IT " + System.nanoTime()));
        assertEquals("inventory.location.taken", refused("staff", () -> inventory.addLocation(ludza.getId(),
                room.getName().toUpperCase())).getKey());
        Asset here = inRoom(newAsset("Galds (demo)", null, null), room);
        Asset missing = inRoom(newAsset("Krēsls (demo)", null, null), room);
        Asset moved = inRoom(newAsset("Plaukts (demo)", null, null), other);
        Asset rokiskis = as.call("auditor", () -> inventory.findByNumber("ROK-2018-0001")).orElseThrow();

        StockTake session = as.call("staff", () -> stockTakes.start(ludza.getId(), room.getId()));
        assertEquals(ScanOutcome.FOUND, as.call("staff", () -> stockTakes.scan(session.getId(),
                " " + here.getInventoryNumber().toLowerCase() + " ")).outcome());
        assertEquals(ScanOutcome.MOVED, as.call("staff", () -> stockTakes.scan(session.getId(),
                "http://x/openup/inventory/asset.xhtml?number=" + moved.getInventoryNumber())).outcome(),
                "a QR label's link counts as its number");
        assertEquals(ScanOutcome.UNEXPECTED, as.call("staff", () -> stockTakes.scan(session.getId(),
                rokiskis.getInventoryNumber())).outcome());
        assertTrue(as.call("staff", () -> stockTakes.scan(session.getId(), here.getInventoryNumber())).repeated());
        // a number not in the register is recorded (once), not lost
        StockTakeService.Scan unknown = as.call("staff", () -> stockTakes.scan(session.getId(), "LUD-1999-9999"));
        assertEquals(ScanOutcome.NOT_IN_REGISTER, unknown.outcome());
        assertFalse(unknown.repeated());
        assertTrue(as.call("staff", () -> stockTakes.scan(session.getId(), "lud-1999-9999 ")).repeated());
        assertEquals("inventory.scan.unknown", refused("staff", () -> stockTakes.scan(session.getId(), "  ")).getKey());
        assertThrows(EJBAccessException.class, () -> as.call("staff.lt",
                () -> stockTakes.scan(session.getId(), here.getInventoryNumber())));

        StockTake closed = as.call("staff", () -> stockTakes.close(session.getId(), session.getVersion(), true));
        assertFalse(closed.isOpen());
        Map<Long, ScanOutcome> outcomes = new java.util.HashMap<>();
        List<StockTakeEntry> entries = as.call("auditor", () -> stockTakes.entries(session.getId()));
        entries.stream().filter(e -> e.getAsset() != null).forEach(e -> outcomes.put(e.getAsset().getId(), e.getOutcome()));
        assertEquals(List.of("LUD-1999-9999"), entries.stream().filter(e -> e.getAsset() == null)
                .map(StockTakeEntry::getNumber).toList(), "the unknown number stays in the stock-take, once");
        assertEquals(Map.of(here.getId(), ScanOutcome.FOUND, moved.getId(), ScanOutcome.MOVED, rokiskis.getId(),
                ScanOutcome.UNEXPECTED, missing.getId(), ScanOutcome.MISSING), outcomes);
        assertEquals(room.getId(), as.call("auditor", () -> inventory.find(moved.getId())).orElseThrow()
                .getLocation().getId(), "the moved asset now stands in the counted room");
        assertEquals("inventory.stockTake.closed", refused("staff", () -> stockTakes.scan(session.getId(),
                missing.getInventoryNumber())).getKey());
    }

    private Asset inRoom(Asset asset, Location room) throws Exception {
        asset.setLocation(room);
        return as.call("staff", () -> inventory.save(asset));
    }

    @Test
    void theListAndTheScanTakeAConstantNumberOfStatements() throws Exception {
        SqlStatements statements = Services.lookup(SqlStatements.class);
        Map<String, String> mine = Map.of(PageRequest.PROJECT, openUp.getId().toString());
        Callable<Long> page = () -> statements.countWhile(() -> as.call("auditor", () -> {
            inventory.count(mine);
            return inventory.page(new PageRequest(0, 50, "inventoryNumber", true, mine));
        }));
        long before = page.call();
        for (int i = 0; i < 3; i++) {
            newAsset("Statement count (demo) " + i, null, null);
        }
        long after = page.call();
        assertEquals(before, after, "the list page");
        assertTrue(after <= 2, "a count and a page: " + after);
        long filtered = statements.countWhile(() -> as.call("auditor", () -> inventory.page(new PageRequest(0, 20,
                "keepUntil", false, Map.of("partner", ludza.getId().toString(), "status", "IN_USE",
                        "category", computer.getId().toString(), PageRequest.GLOBAL, "demo")))));
        assertEquals(1, filtered, "filters and sort in one statement");

        StockTake session = as.call("staff", () -> stockTakes.start(ludza.getId(), null));
        as.call("staff", () -> stockTakes.scan(session.getId(), "LUD-2018-0001")); // (ids for new rows fetched ahead)
        long first = statements.countWhile(() -> as.call("staff", () -> stockTakes.scan(session.getId(), "LUD-2018-0002")));
        long second = statements.countWhile(() -> as.call("staff", () -> stockTakes.scan(session.getId(), "LUD-2018-0003")));
        assertEquals(first, second, "each scan");
        // 8, and the project scope's 2 for a user who does not see every project: their projects, the stock-take's
        assertTrue(second <= 10, "a scan, with its audit rows: " + second);
    }

    @Test
    void theDurabilityPeriodIsSetPerProjectByTheCoordinator() throws Exception {
        ProjectService projects = Services.lookup(ProjectService.class);
        // the demo's second project, READ ON (other tests add projects of their own, which Ludza may not lead)
        Project second = as.call("coordinator", () -> projects.findAll()).stream()
                .filter(p -> "READ-2020".equals(p.getCode())).findFirst().orElseThrow();
        assertEquals(5, as.call("auditor", () -> inventory.durabilityYears(second.getId())));
        assertThrows(EJBAccessException.class, () -> as.call("staff", () -> inventory.setDurabilityYears(second.getId(), 7)));
        assertEquals("inventory.durability.years.invalid",
                refused("coordinator", () -> inventory.setDurabilityYears(second.getId(), 0)).getKey());
        try {
            as.call("coordinator", () -> inventory.setDurabilityYears(second.getId(), 7));
            assertEquals(7, as.call("auditor", () -> inventory.durabilityYears(second.getId())));
            assertEquals(second.getPeriod().end().plusYears(7),
                    as.call("auditor", () -> inventory.keepUntilFor(second)));
            assertEquals(5, as.call("auditor", () -> inventory.durabilityYears(openUp.getId())),
                    "other projects keep theirs");
        } finally {
            // READ ON's retention end (privacy) and keep-until dates (mail digests) follow its durability end
            as.call("coordinator", () -> inventory.setDurabilityYears(second.getId(), 5));
        }
        assertFalse(as.call("coordinator", () -> inventory.keepUntilSoon(openUp.getId(), 12)).isEmpty(),
                "the demo's keep-until (2024-11-30) has passed");
    }

    private RuleViolation refused(String user, Callable<?> call) {
        return assertThrows(RuleViolation.class, () -> as.call(user, call));
    }
}
