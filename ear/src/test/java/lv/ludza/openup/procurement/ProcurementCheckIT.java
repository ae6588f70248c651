package lv.ludza.openup.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lv.ludza.openup.audit.HistoryService;
import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.Services;
import lv.ludza.openup.project.Country;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.project.ProjectService;
import lv.ludza.openup.security.AccessRefused;
import lv.ludza.openup.shared.Money;

/**
 * Issue 17, part 4: the procurement check where the money is entered (contracts and invoices), split purchases over
 * 12 months, Lithuania's thresholds, and accountants keeping their own country's thresholds.
 */
@ExtendWith(ArquillianExtension.class)
class ProcurementCheckIT {

    private AsUser as;
    private ThresholdService thresholds;
    private ContractService contracts;
    private InvoiceService invoices;
    private SupplierService suppliers;
    private Project openUp;

    @BeforeEach
    void lookUpServices() throws Exception {
        as = Services.lookup(AsUser.class);
        thresholds = Services.lookup(ThresholdService.class);
        contracts = Services.lookup(ContractService.class);
        invoices = Services.lookup(InvoiceService.class);
        suppliers = Services.lookup(SupplierService.class);
        ProjectService projects = Services.lookup(ProjectService.class);
        openUp = as.call("auditor", () -> projects.findDefault().orElseThrow());
    }

    private Partner partner(String shortName) {
        return openUp.getPartners().stream().filter(p -> p.getShortName().equals(shortName)).findFirst()
                .orElseThrow();
    }

    private Supplier newSupplier(Country country) throws Exception {
        long unique = System.nanoTime();
        return as.call("accountant", () -> suppliers.save(new Supplier("Check Demo " + unique,
                "C" + unique % 1_000_000_000L, country)));
    }

    private Invoice invoice(Partner partner, Supplier supplier, String number, LocalDate issuedOn, String net)
            throws Exception {
        Invoice invoice = new Invoice(partner, supplier, number, issuedOn);
        invoice.setContractType(ContractType.SUPPLIES);
        Money amount = Money.eur(net);
        return as.call("accountant", () -> invoices.save(invoice, List.of(new Invoice.Line("Books (demo)",
                BigDecimal.ONE, amount, Money.ZERO, amount)), null));
    }

    @Test
    void aContractReachingAThresholdIsWarnedOfBeforeSavingSavedAnywayAndKeepsTheWarning() throws Exception {
        Partner jekabpils = partner("Jēkabpils");
        Supplier shop = newSupplier(Country.LV);
        LocalDate signed = LocalDate.of(2019, 3, 4);
        assertTrue(as.call("accountant", () -> thresholds.atEntry(jekabpils.getId(), shop.getId(),
                ContractType.SUPPLIES, signed, Money.eur("9999.99"), null, null)).isEmpty());
        ThresholdWarning before = as.call("accountant", () -> thresholds.atEntry(jekabpils.getId(), shop.getId(),
                ContractType.SUPPLIES, signed, Money.eur("12000.00"), null, null)).orElseThrow();
        assertEquals(Money.eur("12000.00"), before.getTotal());
        assertEquals(Money.eur("10000.00"), before.getThreshold());
        assertEquals(ProcedureType.SMALL_PROCUREMENT, before.getRequired());
        assertEquals(Country.LV, before.getCountry());
        assertEquals(1, before.getRecords());

        Contract contract = new Contract(jekabpils, shop, "CHK-" + System.nanoTime() % 100000, "Shelves (demo)", signed);
        contract.setContractType(ContractType.SUPPLIES);
        contract.setAmounts(Money.eur("12000.00"), Money.eur("2520.00"));
        Contract saved = as.call("accountant", () -> contracts.save(contract, null));
        assertEquals(before, saved.getThresholdWarning(), "saved anyway, the warning kept on the record");
        Contract read = as.call("auditor", () -> contracts.find(saved.getId())).orElseThrow();
        assertEquals(before, read.getThresholdWarning());
        assertTrue(as.call("auditor", () -> Services.lookup(HistoryService.class).historyOf(Contract.class,
                saved.getId())).stream().flatMap(e -> e.changes().stream())
                .anyMatch(c -> c.field().equals("thresholdWarning.total") && "12000.00".equals(c.newValue())),
                "the warning is in the record's history");

        // works have a higher threshold: the same value as works is no warning, and re-saving drops it
        saved.setContractType(ContractType.WORKS);
        Contract asWorks = as.call("accountant", () -> contracts.save(saved, null));
        assertNull(asWorks.getThresholdWarning());
    }

    @Test
    void anAwardedProcedureOfTheKindRequiredMeansNoWarning() throws Exception {
        Partner ludza = openUp.getLeadPartner();
        Supplier winner = as.call("auditor", () -> suppliers.all()).stream()
                .filter(s -> s.getRegistrationNumber().equals("40000000001")).findFirst().orElseThrow();
        // the demo computers: a small procurement awarded to their supplier
        assertTrue(as.call("accountant", () -> thresholds.atEntry(ludza.getId(), winner.getId(),
                ContractType.SUPPLIES, LocalDate.of(2018, 6, 12), Money.eur("15330.38"), null, null)).isEmpty());
        ThresholdWarning stricter = as.call("accountant", () -> thresholds.atEntry(ludza.getId(), winner.getId(),
                ContractType.SUPPLIES, LocalDate.of(2018, 6, 12), Money.eur("45000.00"), null, null)).orElseThrow();
        assertEquals(ProcedureType.OPEN_COMPETITION, stricter.getRequired());
        assertEquals(ProcedureType.SMALL_PROCUREMENT, stricter.getHeld());
    }

    @Test
    void invoicesOfOneSupplierWithin12MonthsAddUpAsASplitPurchase() throws Exception {
        Partner jekabpils = partner("Jēkabpils");
        Supplier shop = newSupplier(Country.LV);
        String prefix = "SPL-" + System.nanoTime() % 100000 + "-";
        assertNull(invoice(jekabpils, shop, prefix + 1, LocalDate.of(2019, 1, 10), "4000.00").getThresholdWarning());
        assertNull(invoice(jekabpils, shop, prefix + 2, LocalDate.of(2019, 6, 1), "3500.00").getThresholdWarning());
        // before saving the third: the form shows what the three reach together
        ThresholdWarning before = as.call("accountant", () -> thresholds.forInvoice(jekabpils.getId(), shop.getId(),
                ContractType.SUPPLIES, LocalDate.of(2019, 11, 20), Money.eur("3000.00"), null, null)).orElseThrow();
        Invoice third = invoice(jekabpils, shop, prefix + 3, LocalDate.of(2019, 11, 20), "3000.00");
        ThresholdWarning kept = third.getThresholdWarning();
        assertEquals(before, kept);
        assertEquals(Money.eur("10500.00"), kept.getTotal());
        assertEquals(3, kept.getRecords());
        assertTrue(kept.isSplit());
        // saved again, the invoice is not counted twice
        Invoice again = as.call("accountant", () -> invoices.save(third, List.of(new Invoice.Line("Books (demo)",
                BigDecimal.ONE, Money.eur("3000.00"), Money.ZERO, Money.eur("3000.00"))), null));
        assertEquals(kept, again.getThresholdWarning());
        // another kind is another purchase; a year and more later the first ones no longer count
        assertTrue(as.call("accountant", () -> thresholds.forInvoice(jekabpils.getId(), shop.getId(),
                ContractType.SERVICES, LocalDate.of(2019, 11, 20), Money.eur("3000.00"), null, null)).isEmpty());
        assertNull(invoice(jekabpils, shop, prefix + 4, LocalDate.of(2020, 12, 1), "3000.00").getThresholdWarning());
    }

    @Test
    void rokiskisIsCheckedAgainstLithuaniasThresholds() throws Exception {
        Partner rokiskis = partner("Rokiškis");
        Supplier shop = newSupplier(Country.LT);
        LocalDate day = LocalDate.of(2019, 3, 1);
        // 20 000 would reach Latvia's 10 000; Lithuania's low-value limit for supplies is 58 000
        assertTrue(as.call("accountant.lt", () -> thresholds.atEntry(rokiskis.getId(), shop.getId(),
                ContractType.SUPPLIES, day, Money.eur("57999.99"), null, null)).isEmpty());
        ThresholdWarning low = as.call("accountant.lt", () -> thresholds.atEntry(rokiskis.getId(), shop.getId(),
                ContractType.SUPPLIES, day, Money.eur("58000.00"), null, null)).orElseThrow();
        assertEquals(Country.LT, low.getCountry());
        assertEquals(Money.eur("58000.00"), low.getThreshold());
        assertEquals(ProcedureType.SMALL_PROCUREMENT, low.getRequired());
        assertTrue(as.call("accountant.lt", () -> thresholds.atEntry(rokiskis.getId(), shop.getId(),
                ContractType.WORKS, day, Money.eur("144999.99"), null, null)).isEmpty(), "works from 145 000");
        ThresholdWarning international = as.call("accountant.lt", () -> thresholds.atEntry(rokiskis.getId(),
                shop.getId(), ContractType.SERVICES, day, Money.eur("221000.00"), null, null)).orElseThrow();
        assertEquals(ProcedureType.OPEN_COMPETITION, international.getRequired());
        assertTrue(as.call("accountant.lt", () -> thresholds.atEntry(rokiskis.getId(), shop.getId(),
                ContractType.SERVICES, LocalDate.of(2020, 1, 1), Money.eur("221000.00"), null, null)).orElseThrow()
                .getRequired() == ProcedureType.SMALL_PROCUREMENT, "the 2018–2019 international thresholds end");
        assertTrue(as.call("auditor", () -> thresholds.findAll()).stream()
                .filter(t -> t.getCountry() == Country.LT)
                .allMatch(t -> t.getLegalBasis() != null && t.getLegalBasis().contains("Viešųjų pirkimų įstatymas")));

        // the demo's Rokiškis furniture, bought in two parts: the invoice keeps what the check gives
        Invoice chairs = as.call("auditor", () -> invoices.page(new lv.ludza.openup.shared.PageRequest(0, 5, null,
                true, java.util.Map.of("number", "BN-2019/0520")))).stream().findFirst().orElseThrow();
        Invoice demo = as.call("auditor", () -> invoices.find(chairs.getId())).orElseThrow();
        ThresholdWarning recomputed = as.call("accountant.lt", () -> thresholds.forInvoice(rokiskis.getId(),
                demo.getSupplier().getId(), demo.getContractType(), demo.getIssuedOn(), demo.getNet(), null,
                demo.getId())).orElseThrow();
        assertEquals(recomputed, demo.getThresholdWarning());
        assertTrue(demo.getThresholdWarning().isSplit());
        assertTrue(as.call("auditor", () -> thresholds.totalsOfSupplier(demo.getSupplier().getId(), openUp.getId()))
                .stream().anyMatch(t -> t.partner().equals("Rokiškis") && t.year() == 2019
                        && t.type() == ContractType.SUPPLIES && t.net().equals(Money.eur("58500.00"))
                        && Money.eur("58000.00").equals(t.threshold())));
    }

    @Test
    void anAccountantKeepsOnlyTheirOwnCountrysThresholds() throws Exception {
        assertEquals(Set.of(Country.LT), as.call("accountant.lt", () -> thresholds.countriesKept()));
        assertEquals(Set.of(Country.values()), as.call("admin", () -> thresholds.countriesKept()));
        assertEquals(Set.of(), as.call("auditor", () -> thresholds.countriesKept()));

        ProcurementThreshold latvian = new ProcurementThreshold(Country.LV, ContractType.SERVICES,
                ProcedureType.PRICE_SURVEY, Money.eur("5000.00"), LocalDate.of(2030, 1, 1));
        AccessRefused refused = assertThrows(AccessRefused.class,
                () -> as.call("accountant.lt", () -> thresholds.save(latvian)));
        assertEquals("error.otherCountry", refused.getKey());

        ProcurementThreshold lithuanian = new ProcurementThreshold(Country.LT, ContractType.SERVICES,
                ProcedureType.PRICE_SURVEY, Money.eur("5000.00"), LocalDate.of(2030, 1, 1));
        lithuanian.setLegalBasis("Test (demo)");
        ProcurementThreshold saved = as.call("accountant.lt", () -> thresholds.save(lithuanian));
        // nor moved into another country, nor another country's deleted
        saved.setCountry(Country.LV);
        assertThrows(AccessRefused.class, () -> as.call("accountant.lt", () -> thresholds.save(saved)));
        ProcurementThreshold latviaSeeded = as.call("auditor", () -> thresholds.findAll()).stream()
                .filter(t -> t.getCountry() == Country.LV).findFirst().orElseThrow();
        assertThrows(AccessRefused.class, () -> as.run("accountant.lt",
                () -> thresholds.delete(latviaSeeded.getId(), latviaSeeded.getVersion())));
        // the administrator keeps every country's
        ProcurementThreshold mine = as.call("auditor", () -> thresholds.findAll()).stream()
                .filter(t -> t.getId().equals(saved.getId())).findFirst().orElseThrow();
        as.run("accountant.lt", () -> thresholds.delete(mine.getId(), mine.getVersion()));
        ProcurementThreshold byAdmin = as.call("admin", () -> thresholds.save(latvian));
        as.run("admin", () -> thresholds.delete(byAdmin.getId(), byAdmin.getVersion()));
    }

    @Test
    void theDeclareDialogWarnsWhenTheBudgetLinesCostsFromTheSupplierWouldReachAThreshold() throws Exception {
        Partner jekabpils = partner("Jēkabpils");
        Supplier shop = newSupplier(Country.LV);
        ExpenditureService expenditure = Services.lookup(ExpenditureService.class);
        Invoice invoice = as.call("accountant", () -> invoices.save(new Invoice(jekabpils, shop,
                "DCL-" + System.nanoTime() % 100000, LocalDate.of(2019, 2, 4)), List.of(
                        new Invoice.Line("Tablets (demo)", new BigDecimal("10"), Money.eur("6000.00"),
                                Money.eur("1260.00"), Money.eur("7260.00")),
                        new Invoice.Line("Game consoles (demo)", new BigDecimal("4"), Money.eur("4000.00"),
                                Money.eur("840.00"), Money.eur("4840.00"))), null));
        Invoice paid = as.call("accountant", () -> invoices.pay(invoice.getId(), invoice.getVersion(),
                LocalDate.of(2019, 2, 14), Money.eur("12100.00"), null));
        long first = paid.getLines().get(0).getId();
        long second = paid.getLines().get(1).getId();
        assertTrue(as.call("accountant", () -> thresholds.atDeclaration(first,
                lv.ludza.openup.project.CostCategory.EQUIPMENT)).isEmpty(), "6 000 alone is below 10 000");
        as.call("accountant", () -> expenditure.declare(first, lv.ludza.openup.project.CostCategory.EQUIPMENT,
                Money.eur("7260.00")));
        ThresholdWarning warning = as.call("accountant", () -> thresholds.atDeclaration(second,
                lv.ludza.openup.project.CostCategory.EQUIPMENT)).orElseThrow();
        assertEquals(Money.eur("10000.00"), warning.getTotal());
        assertEquals(ContractType.SUPPLIES, warning.getContractType());
        assertTrue(as.call("accountant", () -> thresholds.atDeclaration(second,
                lv.ludza.openup.project.CostCategory.EXTERNAL_EXPERTISE)).isEmpty(), "another budget line");
        assertTrue(as.call("accountant", () -> thresholds.atDeclaration(second,
                lv.ludza.openup.project.CostCategory.STAFF)).isEmpty(), "staff costs are bought by no contract");
    }
}
