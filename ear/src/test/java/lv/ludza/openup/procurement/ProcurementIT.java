package lv.ludza.openup.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.project.ProjectService;
import lv.ludza.openup.shared.ConcurrentChangeException;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.RuleViolation;

/** Procedures and contracts on the real database: the course of a procedure, the winner rule, partner scope. */
@ExtendWith(ArquillianExtension.class)
class ProcurementIT {

    private AsUser as;
    private ProcedureService procedures;
    private ContractService contracts;
    private SupplierService suppliers;
    private Project project;

    @BeforeEach
    void lookUpServices() throws Exception {
        as = Services.lookup(AsUser.class);
        procedures = Services.lookup(ProcedureService.class);
        contracts = Services.lookup(ContractService.class);
        suppliers = Services.lookup(SupplierService.class);
        ProjectService projects = Services.lookup(ProjectService.class);
        project = as.call("staff", () -> projects.findDefault().orElseThrow());
    }

    @Test
    void theDemoPurchaseRunsFromProcedureToContract() throws Exception {
        Map<String, String> demo = Map.of("reference", "LNP 2018/15");
        ProcurementProcedure procedure = as.call("auditor",
                () -> procedures.page(new PageRequest(0, 5, null, true, demo))).get(0);
        assertEquals(ProcedureStatus.AWARDED, procedure.getStatus());
        assertTrue(procedure.getWinner().getName().contains("Datortehnika"), "the list loads the winner");
        Contract contract = as.call("auditor",
                () -> contracts.page(new PageRequest(0, 5, null, true, Map.of("number", "LNP 2018/15-1")))).get(0);
        assertEquals(Money.eur("18549.76"), contract.getGross());
        assertEquals(procedure.getId(), contract.getProcedure().getId());
        assertEquals(1, as.call("auditor", () -> contracts.count(Map.of("procedure", procedure.getId().toString(),
                "partner", project.getLeadPartner().getId().toString()))));
    }

    @Test
    void aProcedureMovesOnStepByStepAndTheContractGoesToTheWinner() throws Exception {
        Partner ludza = project.getLeadPartner();
        Supplier winner = as.call("accountant", () -> suppliers.save(new Supplier("Winner Demo " + System.nanoTime(),
                "W" + System.nanoTime() % 1_000_000_000L, Country.LV)));
        Supplier loser = as.call("accountant", () -> suppliers.save(new Supplier("Loser Demo " + System.nanoTime(),
                "L" + System.nanoTime() % 1_000_000_000L, Country.LV)));
        String reference = "IT " + System.nanoTime() % 1_000_000;
        ProcurementProcedure created = as.call("accountant", () -> procedures.save(new ProcurementProcedure(ludza,
                reference, "Game consoles (demo)", ContractType.SUPPLIES, ProcedureType.PRICE_SURVEY,
                Money.eur("4000.00"))));
        RuleViolation duplicate = assertThrows(RuleViolation.class, () -> as.call("accountant",
                () -> procedures.save(new ProcurementProcedure(ludza, reference, "Again", ContractType.SUPPLIES,
                        ProcedureType.PRICE_SURVEY, Money.ZERO))));
        assertEquals("procedure.reference.taken", duplicate.getKey());

        ProcurementProcedure announced = as.call("accountant", () -> procedures.advance(created.getId(),
                created.getVersion(), ProcedureService.Step.ANNOUNCE, LocalDate.of(2018, 7, 2), null));
        assertThrows(ConcurrentChangeException.class, () -> as.call("accountant", () -> procedures.advance(
                created.getId(), created.getVersion(), ProcedureService.Step.EVALUATE, null, null)));
        RuleViolation early = assertThrows(RuleViolation.class, () -> as.call("accountant",
                () -> procedures.advance(announced.getId(), announced.getVersion(), ProcedureService.Step.AWARD,
                        LocalDate.of(2018, 7, 20), winner.getId())));
        assertEquals("procedure.status.wrong", early.getKey());
        ProcurementProcedure evaluated = as.call("accountant", () -> procedures.advance(announced.getId(),
                announced.getVersion(), ProcedureService.Step.EVALUATE, null, null));
        ProcurementProcedure awarded = as.call("accountant", () -> procedures.advance(evaluated.getId(),
                evaluated.getVersion(), ProcedureService.Step.AWARD, LocalDate.of(2018, 7, 20), winner.getId()));
        assertEquals(ProcedureStatus.AWARDED, awarded.getStatus());

        Contract withLoser = new Contract(ludza, loser, reference + "-1", "Game consoles", LocalDate.of(2018, 7, 25));
        RuleViolation notWinner = assertThrows(RuleViolation.class,
                () -> as.call("accountant", () -> contracts.save(withLoser, awarded.getId())));
        assertEquals("contract.supplier.notWinner", notWinner.getKey());
        assertEquals(0, as.call("auditor", () -> contracts.count(Map.of("number", reference + "-1"))),
                "nothing was saved");

        Contract withWinner = new Contract(ludza, winner, reference + "-1", "Game consoles", LocalDate.of(2018, 7, 25));
        withWinner.setAmounts(Money.eur("3200.00"), Money.eur("672.00"));
        Contract saved = as.call("accountant", () -> contracts.save(withWinner, awarded.getId()));
        assertEquals(Money.eur("3872.00"), saved.getGross());
        RuleViolation number = assertThrows(RuleViolation.class, () -> as.call("accountant", () -> contracts.save(
                new Contract(ludza, winner, reference + "-1", "Again", LocalDate.of(2018, 7, 26)), null)));
        assertEquals("contract.number.taken", number.getKey());

        // amendments: numbered, after the contract, the last one is the value now; the contract's version moves on
        RuleViolation tooEarly = assertThrows(RuleViolation.class, () -> as.call("accountant", () -> contracts.amend(
                saved.getId(), saved.getVersion(), LocalDate.of(2018, 7, 24), "Too early", Money.eur("3500.00"),
                Money.eur("735.00"), null)));
        assertEquals("amendment.beforeContract", tooEarly.getKey());
        ContractAmendment first = as.call("accountant", () -> contracts.amend(saved.getId(), saved.getVersion(),
                LocalDate.of(2018, 9, 3), "Two more consoles", Money.eur("3500.00"), Money.eur("735.00"),
                LocalDate.of(2019, 6, 30)));
        assertEquals(1, first.getNumber());
        assertThrows(ConcurrentChangeException.class, () -> as.call("accountant", () -> contracts.amend(saved.getId(),
                saved.getVersion(), LocalDate.of(2018, 9, 4), "Stale screen", Money.ZERO, Money.ZERO, null)));
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> as.call("auditor", () -> contracts.amend(
                saved.getId(), saved.getVersion() + 1, LocalDate.of(2018, 9, 4), "x", Money.ZERO, Money.ZERO, null)));
        List<ContractAmendment> amendments = as.call("auditor", () -> contracts.amendmentsOf(saved.getId()));
        assertEquals(1, amendments.size());
        assertEquals(Money.eur("4235.00"), amendments.get(0).getGross());
    }

    @Test
    void anAccountantKeepsOnlyTheirOwnPartnersMoneyUnlessTheyWorkForTheLeadPartner() throws Exception {
        Partner ludza = project.getLeadPartner();
        Partner rokiskis = project.getPartners().stream().filter(p -> p.getCountry() == Country.LT).findFirst()
                .orElseThrow();
        String username = "accountant.lt"; // Rokiškis' accountant (demo)

        String reference = "SCOPE " + System.nanoTime() % 1_000_000;
        assertThrows(EJBAccessException.class, () -> as.call(username, () -> procedures.save(new ProcurementProcedure(
                ludza, reference, "Not theirs", ContractType.SERVICES, ProcedureType.OTHER, Money.ZERO))));
        as.call(username, () -> procedures.save(new ProcurementProcedure(rokiskis, reference, "Theirs",
                ContractType.WORKS, ProcedureType.OPEN_COMPETITION, Money.eur("34000.00"))));
        // the lead partner's accountant keeps everybody's
        as.call("accountant", () -> procedures.save(new ProcurementProcedure(rokiskis, reference + "L", "Lead's",
                ContractType.WORKS, ProcedureType.OTHER, Money.ZERO)));
        assertThrows(EJBAccessException.class, () -> as.call("staff", () -> procedures.save(new ProcurementProcedure(
                ludza, reference + "S", "Staff", ContractType.SERVICES, ProcedureType.OTHER, Money.ZERO))));
    }
}
