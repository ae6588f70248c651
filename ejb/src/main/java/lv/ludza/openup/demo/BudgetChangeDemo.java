package lv.ludza.openup.demo;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import lv.ludza.openup.project.BudgetChange;
import lv.ludza.openup.project.BudgetLine;
import lv.ludza.openup.project.CostCategory;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.shared.Money;

/**
 * Budget changes of the demo (issue 17): in OPEN UP money moved between two categories of Jēkabpils, and a
 * programme-approved modification moving money from Rokiškis to Jēkabpils; in READ ON one move of Ludza's. The
 * partners' totals stay, but for the approved modification, which changes their approved budgets.
 */
final class BudgetChangeDemo {

    private final EntityManager em;

    BudgetChangeDemo(EntityManager em) {
        this.em = em;
    }

    void load(Project openUp, Project readOn) {
        Partner jekabpils = partner(openUp, "Jēkabpils");
        Partner rokiskis = partner(openUp, "Rokiškis");

        BudgetChange move = new BudgetChange(openUp, LocalDate.of(2018, 10, 1),
                "Mazāk komandējumu, vairāk ārējo ekspertu nodarbībām (demo)", false);
        move.record(line(jekabpils, CostCategory.TRAVEL_ACCOMMODATION), Money.eur("3700.00"));
        move.record(line(jekabpils, CostCategory.EXTERNAL_EXPERTISE), Money.eur("13000.00"));
        em.persist(move);

        BudgetChange approved = new BudgetChange(openUp, LocalDate.of(2019, 3, 15),
                "Programmas apstiprināta projekta izmaiņa Nr. 1: aprīkojums no Rokišķiem uz Jēkabpili (demo)", true);
        approved.record(line(rokiskis, CostCategory.EQUIPMENT), Money.eur("12115.40"));
        approved.record(line(jekabpils, CostCategory.EQUIPMENT), Money.eur("26065.59"));
        rokiskis.approveBudget(rokiskis.getBudget().minus(Money.eur("2000.00")));
        jekabpils.approveBudget(jekabpils.getBudget().plus(Money.eur("2000.00")));
        em.persist(approved);

        Partner ludza = readOn.getLeadPartner();
        BudgetChange readOnMove = new BudgetChange(readOn, LocalDate.of(2020, 9, 1),
                "Lasīšanas nodarbībām vairāk ārējo ekspertu (demo)", false);
        readOnMove.record(line(ludza, CostCategory.TRAVEL_ACCOMMODATION), Money.eur("800.00"));
        readOnMove.record(line(ludza, CostCategory.EXTERNAL_EXPERTISE), Money.eur("3200.00"));
        em.persist(readOnMove);
    }

    private static Partner partner(Project project, String shortName) {
        return project.getPartners().stream().filter(p -> p.getShortName().equals(shortName)).findFirst()
                .orElseThrow();
    }

    private BudgetLine line(Partner partner, CostCategory category) {
        return em.createQuery("SELECT b FROM BudgetLine b WHERE b.partner = :partner AND b.category = :category",
                BudgetLine.class).setParameter("partner", partner).setParameter("category", category)
                .getSingleResult();
    }
}
