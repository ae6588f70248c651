package lv.ludza.openup.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.Services;
import lv.ludza.openup.project.CostCategory;
import lv.ludza.openup.project.Country;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.project.ProjectService;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.RuleViolation;

/** The thresholds as seeded for Latvia, kept by accountants, and the warning they give on declared costs. */
@ExtendWith(ArquillianExtension.class)
class ThresholdIT {

    private AsUser as;
    private ThresholdService thresholds;
    private Project openUp;

    @BeforeEach
    void lookUpServices() throws Exception {
        as = Services.lookup(AsUser.class);
        thresholds = Services.lookup(ThresholdService.class);
        ProjectService projects = Services.lookup(ProjectService.class);
        openUp = as.call("auditor", () -> projects.findDefault().orElseThrow());
    }

    @Test
    void latviasLawIsSeededAndTheMostDemandingThresholdReachedCounts() throws Exception {
        assertTrue(as.call("auditor", () -> thresholds.findAll()).size() >= 6);
        LocalDate day = LocalDate.of(2018, 6, 20);
        assertTrue(as.call("auditor", () -> thresholds.reached(Country.LV, ContractType.SUPPLIES, day,
                Money.eur("9999.99"))).isEmpty());
        assertEquals(ProcedureType.SMALL_PROCUREMENT, as.call("auditor", () -> thresholds.reached(Country.LV,
                ContractType.SUPPLIES, day, Money.eur("15330.38"))).orElseThrow().getRequiredProcedure());
        assertEquals(ProcedureType.OPEN_COMPETITION, as.call("auditor", () -> thresholds.reached(Country.LV,
                ContractType.SUPPLIES, day, Money.eur("42000.00"))).orElseThrow().getRequiredProcedure());
        assertEquals(ProcedureType.SMALL_PROCUREMENT, as.call("auditor", () -> thresholds.reached(Country.LV,
                ContractType.WORKS, day, Money.eur("42000.00"))).orElseThrow().getRequiredProcedure(),
                "works have higher thresholds");
        assertTrue(as.call("auditor", () -> thresholds.reached(Country.LV, ContractType.SUPPLIES,
                LocalDate.of(2016, 12, 31), Money.eur("50000.00"))).isEmpty(), "not before the law applied");
    }

    @Test
    void accountantsKeepThemAndNobodyElseButTheCoordinator() throws Exception {
        ProcurementThreshold lithuania = new ProcurementThreshold(Country.LT, ContractType.SUPPLIES,
                ProcedureType.SMALL_PROCUREMENT, Money.ZERO, LocalDate.of(2017, 7, 1));
        assertEquals("threshold.amount.positive", assertThrows(RuleViolation.class,
                () -> as.call("accountant", () -> thresholds.save(lithuania))).getKey());
        lithuania.setAmount(Money.eur("58000.00"));
        assertThrows(EJBAccessException.class, () -> as.call("auditor", () -> thresholds.save(lithuania)));
        assertThrows(EJBAccessException.class, () -> as.call("staff", () -> thresholds.save(lithuania)));
        ProcurementThreshold saved = as.call("accountant", () -> thresholds.save(lithuania));
        as.run("accountant", () -> thresholds.delete(saved.getId(), saved.getVersion()));
    }

    @Test
    void declaredCostsFromOneSupplierAboveAThresholdWithoutAProcedureAreFlagged() throws Exception {
        // the demo computers came through a small procurement awarded to their supplier: no warning
        assertTrue(as.call("auditor", () -> thresholds.warnings(openUp)).stream()
                .noneMatch(w -> w.partner().equals("Ludza") && w.category() == CostCategory.EQUIPMENT));

        Partner jekabpils = openUp.getPartners().stream().filter(p -> p.getShortName().equals("Jēkabpils"))
                .findFirst().orElseThrow();
        SupplierService suppliers = Services.lookup(SupplierService.class);
        InvoiceService invoices = Services.lookup(InvoiceService.class);
        ExpenditureService expenditure = Services.lookup(ExpenditureService.class);
        Supplier shop = as.call("accountant", () -> suppliers.save(new Supplier("Threshold Demo " + System.nanoTime(),
                "T" + System.nanoTime() % 1_000_000_000L, Country.LV)));
        Invoice invoice = as.call("accountant", () -> invoices.save(new Invoice(jekabpils, shop, "THR-1",
                LocalDate.of(2019, 2, 4)), List.of(
                        new Invoice.Line("Tablets (demo)", new BigDecimal("10"), Money.eur("6000.00"),
                                Money.eur("1260.00"), Money.eur("7260.00")),
                        new Invoice.Line("Game consoles (demo)", new BigDecimal("4"), Money.eur("4000.00"),
                                Money.eur("840.00"), Money.eur("4840.00"))), null));
        Invoice paid = as.call("accountant", () -> invoices.pay(invoice.getId(), invoice.getVersion(),
                LocalDate.of(2019, 2, 14), Money.eur("12100.00"), null));
        as.call("accountant", () -> expenditure.declare(paid.getLines().get(0).getId(), CostCategory.EQUIPMENT,
                Money.eur("7260.00")));
        assertTrue(as.call("auditor", () -> thresholds.warnings(openUp)).stream()
                .noneMatch(w -> w.supplier().equals(shop.getName())), "6,000.00 without VAT is below 10,000.00");
        as.call("accountant", () -> expenditure.declare(paid.getLines().get(1).getId(), CostCategory.EQUIPMENT,
                Money.eur("4840.00")));
        ThresholdService.Warning warning = as.call("auditor", () -> thresholds.warnings(openUp)).stream()
                .filter(w -> w.supplier().equals(shop.getName())).findFirst().orElseThrow();
        assertEquals(Money.eur("10000.00"), warning.bought());
        assertEquals(Money.eur("10000.00"), warning.threshold());
        assertEquals(ProcedureType.SMALL_PROCUREMENT, warning.required());
        assertEquals("Jēkabpils", warning.partner());
    }
}
