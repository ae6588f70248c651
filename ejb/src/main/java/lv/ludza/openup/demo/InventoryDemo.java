package lv.ludza.openup.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import lv.ludza.openup.documents.Document;
import lv.ludza.openup.documents.DocumentContent;
import lv.ludza.openup.documents.DocumentOwner;
import lv.ludza.openup.inventory.Asset;
import lv.ludza.openup.inventory.AssetCategory;
import lv.ludza.openup.inventory.AssetStatus;
import lv.ludza.openup.inventory.Location;
import lv.ludza.openup.inventory.ScanOutcome;
import lv.ludza.openup.inventory.StockTake;
import lv.ludza.openup.inventory.StockTakeEntry;
import lv.ludza.openup.procurement.Invoice;
import lv.ludza.openup.procurement.InvoiceLine;
import lv.ludza.openup.procurement.Supplier;
import lv.ludza.openup.procurement.VatKind;
import lv.ludza.openup.project.BudgetLine;
import lv.ludza.openup.project.CostCategory;
import lv.ludza.openup.project.Country;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.ProjectTime;

/**
 * Demo equipment at the three libraries, each item from a paid demo invoice line and its partner's equipment budget
 * line: Ludza's six laptops from the procured invoice (its whiteboards are left for the librarian to register),
 * Rokiškis' game consoles and Jēkabpils' computers, projector and furniture (invented, marked demo); the rooms they
 * stand in, and one closed stock-take of Ludza's computer class.
 */
final class InventoryDemo {

    private final EntityManager em;

    InventoryDemo(EntityManager em) {
        this.em = em;
    }

    void load(Project openUp) {
        LocalDate keepUntil = openUp.getPeriod().end().plusYears(5);
        Partner ludza = partner(openUp, "Ludza");
        Partner rokiskis = partner(openUp, "Rokiškis");
        Partner jekabpils = partner(openUp, "Jēkabpils");
        AssetCategory laptopKind = category("LAPTOP");
        AssetCategory consoleKind = category("GAME_CONSOLE");
        AssetCategory computerKind = category("COMPUTER");
        Location computerClass = room(ludza, "Datorklase");
        room(ludza, "Bērnu nodaļa");
        room(ludza, "Lasītava");
        Location children = room(rokiskis, "Vaikų skyrius");
        room(rokiskis, "Skaitykla");
        Location jekabpilsChildren = room(jekabpils, "Bērnu literatūras nodaļa");
        Location hall = room(jekabpils, "Konferenču zāle");

        Invoice computers = em.createQuery("SELECT i FROM Invoice i WHERE i.number = 'DT-2018/0620'", Invoice.class)
                .getSingleResult();
        InvoiceLine laptops = computers.getLines().stream().filter(line -> line.getLineNo() == 1).findFirst()
                .orElseThrow();
        BudgetLine ludzaEquipment = budgetLine(ludza, CostCategory.EQUIPMENT);
        List<Asset> ludzaLaptops = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            Asset laptop = asset(ludza, String.format("LUD-2018-%04d", i), "Portatīvais dators (demo)",
                    laptopKind, "Demo Computers", "DemoBook 14", "DEMO-LT-" + (1000 + i), computerClass,
                    keepUntil);
            laptop.paidFrom(laptops, ludzaEquipment, Money.eur("1000.00"), Money.eur("210.00"));
            laptop.setCustodian("Demo Bibliotekāre");
            laptop.setWarrantyUntil(LocalDate.of(2021, 6, 20));
            em.persist(laptop);
            ludzaLaptops.add(laptop);
        }
        Supplier shop = computers.getSupplier();
        Invoice consoles = invoice(rokiskis, shop, "DT-2018/0912", LocalDate.of(2018, 9, 12), "MP 2018/233",
                Invoice.Line.at(DemoData.vatRate(em, Country.LT, VatKind.STANDARD, LocalDate.of(2018, 9, 12)),
                        "Virtualios realybės žaidimų konsolės (demo)", new BigDecimal("3"), Money.eur("1260.00")));
        for (int i = 1; i <= 3; i++) {
            Asset console = asset(rokiskis, String.format("ROK-2018-%04d", i), "Virtualių žaidimų konsolė (demo)",
                    consoleKind, "Demo Games", "VR Demo", "DEMO-VR-" + (200 + i), children, keepUntil);
            console.paidFrom(consoles.getLines().get(0), budgetLine(rokiskis, CostCategory.EQUIPMENT),
                    Money.eur("420.00"), Money.eur("88.20"));
            em.persist(console);
        }
        Invoice desktops = invoice(jekabpils, shop, "DT-2018/1003", LocalDate.of(2018, 10, 3), "JD 2018/1410",
                Invoice.Line.at(DemoData.vatRate(em, Country.LV, VatKind.STANDARD, LocalDate.of(2018, 10, 3)),
                        "Stacionārie datori (demo)", new BigDecimal("4"), Money.eur("2600.00")),
                // typed by hand: the projector's line has no rate
                new Invoice.Line("Projektors (demo)", BigDecimal.ONE, Money.eur("480.00"), Money.eur("100.80"),
                        Money.eur("580.80")));
        BudgetLine jekabpilsEquipment = budgetLine(jekabpils, CostCategory.EQUIPMENT);
        for (int i = 1; i <= 4; i++) {
            Asset computer = asset(jekabpils, String.format("JEK-2018-%04d", i), "Stacionārais dators (demo)",
                    computerKind, "Demo Computers", "DemoDesk 5", "DEMO-PC-" + (300 + i), jekabpilsChildren,
                    keepUntil);
            computer.paidFrom(desktops.getLines().get(0), jekabpilsEquipment, Money.eur("650.00"),
                    Money.eur("136.50"));
            em.persist(computer);
        }
        Asset projector = asset(jekabpils, "JEK-2018-0005", "Projektors (demo)", category("PROJECTOR"), "Demo Optics",
                "Beam 3", "DEMO-PR-401", hall, keepUntil);
        projector.paidFrom(desktops.getLines().get(1), jekabpilsEquipment, Money.eur("480.00"), Money.eur("100.80"));
        em.persist(projector);
        Supplier furnitureMaker = em.createQuery("SELECT s FROM Supplier s WHERE s.registrationNumber = '300000002'",
                Supplier.class).getSingleResult();
        // from Lithuania to a Latvian VAT payer: no VAT on the invoice (intra-Community supply)
        Invoice furniture = invoice(jekabpils, furnitureMaker, "BN-2018/112", LocalDate.of(2018, 11, 20),
                "JD 2018/1622", Invoice.Line.at(DemoData.vatRate(em, Country.LV, VatKind.REVERSE_CHARGE,
                        LocalDate.of(2018, 11, 20)), "Bērnu galds ar 4 krēsliem (demo)", BigDecimal.ONE,
                        Money.eur("310.00")));
        Asset table = asset(jekabpils, "JEK-2018-0006", "Bērnu galds ar 4 krēsliem (demo)", category("FURNITURE"),
                null, null, null, jekabpilsChildren, keepUntil);
        table.paidFrom(furniture.getLines().get(0), jekabpilsEquipment, Money.eur("310.00"), Money.eur("0.00"));
        em.persist(table);
        em.flush();
        loseOneConsole(rokiskis);

        // Ludza's computer class counted after the laptops arrived: all six where they should be
        StockTake count = new StockTake(ludza, computerClass, LocalDate.of(2018, 12, 14));
        em.persist(count);
        Instant scanned = LocalDate.of(2018, 12, 14).atTime(10, 0).atZone(ProjectTime.ZONE)
                .toInstant();
        for (Asset laptop : ludzaLaptops) {
            em.persist(new StockTakeEntry(count, laptop, ScanOutcome.FOUND, scanned));
        }
        count.close(LocalDate.of(2018, 12, 14), false);
    }

    /**
     * Rokiškis lost a console before its keep-until date: the disposal has a reason, an approver and the act
     * attached, and the durability dashboard flags it.
     */
    private void loseOneConsole(Partner rokiskis) {
        Asset lost = em.createQuery("SELECT a FROM Asset a WHERE a.inventoryNumber = 'ROK-2018-0003'", Asset.class)
                .getSingleResult();
        byte[] act = DemoPdf.of("Rokiskio rajono savivaldybes biblioteka (demo)", "",
                "Turto praradimo aktas Nr. 2019/7 (demo)", "ROK-2018-0003 VR Demo, DEMO-VR-203",
                "Pavogta is vaiku skyriaus 2019-10-14; policijos pazyma Nr. 19-0412 (demo)", "",
                "Direktore (demo) ____________________");
        Document document = Document.of(DocumentOwner.ASSET, lost.getId(), rokiskis, "praradimo-aktas-2019-7.pdf",
                act, "Turto praradimo aktas (demo)", Long.MAX_VALUE);
        em.persist(document);
        em.persist(new DocumentContent(document, act));
        lost.dispose(AssetStatus.LOST, LocalDate.of(2019, 10, 15), "Pavogta iš vaikų skyriaus; policijos pažyma (demo)",
                "Nurašyta kaip prarasta", "Direktorė (demo)", true);
    }

    /** A paid demo invoice of the partner's equipment (not declared: the accountant's demo declares Ludza's). */
    private Invoice invoice(Partner partner, Supplier supplier, String number, LocalDate issuedOn, String paymentRef,
            Invoice.Line... lines) {
        Invoice invoice = new Invoice(partner, supplier, number, issuedOn);
        invoice.setDueOn(issuedOn.plusDays(30));
        invoice.replaceLines(List.of(lines));
        invoice.pay(issuedOn.plusDays(14), invoice.getLines().stream().map(InvoiceLine::getGross)
                .reduce(Money.eur("0.00"), Money::plus), paymentRef);
        em.persist(invoice);
        em.flush();
        return invoice;
    }

    private static Asset asset(Partner partner, String number, String name, AssetCategory category,
            String manufacturer, String model, String serial, Location location, LocalDate keepUntil) {
        Asset asset = new Asset(partner, number, name, category);
        asset.setManufacturer(manufacturer);
        asset.setModel(model);
        asset.setSerialNumber(serial);
        asset.setLocation(location);
        asset.keepUntil(keepUntil);
        return asset;
    }

    /** One of the categories the schema migration inserted. */
    private AssetCategory category(String code) {
        return em.createNamedQuery("AssetCategory.findByCode", AssetCategory.class).setParameter("code", code)
                .getSingleResult();
    }

    private Location room(Partner partner, String name) {
        Location location = new Location(partner, name);
        em.persist(location);
        return location;
    }

    private static Partner partner(Project project, String shortName) {
        return project.getPartners().stream().filter(p -> p.getShortName().equals(shortName)).findFirst()
                .orElseThrow();
    }

    private BudgetLine budgetLine(Partner partner, CostCategory category) {
        return em.createQuery("SELECT b FROM BudgetLine b WHERE b.partner = :partner AND b.category = :category",
                BudgetLine.class).setParameter("partner", partner).setParameter("category", category)
                .getSingleResult();
    }

}
