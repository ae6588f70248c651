package lv.ludza.openup.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import lv.ludza.openup.procurement.Contract;
import lv.ludza.openup.procurement.Invoice;
import lv.ludza.openup.procurement.Supplier;
import lv.ludza.openup.project.BudgetLine;
import lv.ludza.openup.project.CostCategory;
import lv.ludza.openup.project.Country;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.renovation.AcceptanceResult;
import lv.ludza.openup.renovation.Defect;
import lv.ludza.openup.renovation.TaskDependency;
import lv.ludza.openup.renovation.TaskStatus;
import lv.ludza.openup.renovation.Works;
import lv.ludza.openup.renovation.WorksTask;
import lv.ludza.openup.shared.Money;

/**
 * The Rokiškis library's renovation of its premises for children's classes (demo names, numbers and dates): the
 * works contract with the demo builder, two progress invoices, five tasks in a finish-to-start chain (three of
 * them in a construction phase), the acceptance with two defects, one of them fixed.
 */
final class RenovationDemo {

    private RenovationDemo() {
    }

    static void load(EntityManager em, Project openUp) {
        Partner rokiskis = openUp.getPartners().stream().filter(p -> p.getShortName().equals("Rokiškis")).findFirst()
                .orElseThrow();
        Supplier builder = em.createNamedQuery("Supplier.findByRegistration", Supplier.class)
                .setParameter("country", Country.LT).setParameter("number", "300000003").getSingleResult();
        BudgetLine line = em.createNamedQuery("BudgetLine.ofProject", BudgetLine.class)
                .setParameter("project", openUp.getId()).getResultStream()
                .filter(b -> b.getPartner().equals(rokiskis) && b.getCategory() == CostCategory.INFRASTRUCTURE_WORKS)
                .findFirst().orElse(null);

        Contract contract = new Contract(rokiskis, builder, "RRSB 2019/4-1",
                "Vaikų užsiėmimų patalpų remontas bibliotekoje (demo)", LocalDate.of(2019, 2, 20));
        contract.setAmounts(Money.eur("26000.00"), Money.eur("5460.00"));
        contract.setValidUntil(LocalDate.of(2019, 8, 31));
        em.persist(contract);
        Invoice first = new Invoice(rokiskis, builder, "RM-2019/031", LocalDate.of(2019, 4, 30));
        first.underContract(contract);
        first.replaceLines(List.of(new Invoice.Line("Projektavimas ir griovimo darbai (demo)", BigDecimal.ONE,
                Money.eur("10000.00"), Money.eur("2100.00"), Money.eur("12100.00"))));
        first.pay(LocalDate.of(2019, 5, 15), Money.eur("12100.00"), "MP 2019/118");
        em.persist(first);
        Invoice second = new Invoice(rokiskis, builder, "RM-2019/058", LocalDate.of(2019, 6, 28));
        second.underContract(contract);
        second.replaceLines(List.of(new Invoice.Line("Elektros instaliacija ir apdaila (demo)", BigDecimal.ONE,
                Money.eur("12000.00"), Money.eur("2520.00"), Money.eur("14520.00"))));
        second.pay(LocalDate.of(2019, 7, 10), Money.eur("10000.00"), "MP 2019/164");
        em.persist(second);

        Works works = new Works(rokiskis, "Vaikų užsiėmimų patalpų remontas (demo)", LocalDate.of(2019, 3, 1),
                LocalDate.of(2019, 6, 30));
        works.setBuilding("Rokiškio rajono savivaldybės biblioteka (demo)");
        works.setRooms("Vaikų skaitykla, užsiėmimų kambariai 1–2");
        works.setScope("Griovimas, elektros instaliacija, sienų ir grindų apdaila, baldai vaikų užsiėmimams (demo).");
        works.setResponsible("Demo Bibliotekininkė");
        works.setSupplier(builder);
        works.setContract(contract);
        works.setBudgetLine(line);
        works.setActualStart(LocalDate.of(2019, 3, 4));
        works.setActualEnd(LocalDate.of(2019, 7, 3));
        em.persist(works);

        WorksTask design = task(em, works, null, "Projektavimas", 3, 1, 3, 20, 3, 4, 3, 22);
        WorksTask construction = task(em, works, null, "Statybos darbai", 3, 21, 6, 15, 3, 25, 6, 20);
        WorksTask demolition = task(em, works, construction, "Griovimo darbai", 3, 21, 4, 10, 3, 25, 4, 12);
        WorksTask electrical = task(em, works, construction, "Elektros instaliacija", 4, 11, 5, 10, 4, 15, 5, 14);
        WorksTask finishing = task(em, works, construction, "Apdailos darbai", 5, 11, 6, 15, 5, 15, 6, 20);
        WorksTask furniture = task(em, works, null, "Baldai", 6, 16, 6, 30, 6, 21, 7, 3);
        em.persist(new TaskDependency(demolition, design));
        em.persist(new TaskDependency(electrical, demolition));
        em.persist(new TaskDependency(finishing, electrical));
        em.persist(new TaskDependency(furniture, finishing));

        works.accept(LocalDate.of(2019, 7, 5), "Direktorė (demo); statybos inžinierius (demo); bibliotekininkė (demo)",
                AcceptanceResult.ACCEPTED_WITH_DEFECTS, "Du defektai, pašalinti iki liepos pabaigos (demo).", 36);
        Defect socket = new Defect(works, "Atsilaisvinęs elektros lizdas", "Užsiėmimų kambarys 2",
                LocalDate.of(2019, 7, 20));
        socket.advance(LocalDate.of(2019, 7, 15));
        em.persist(socket);
        em.persist(new Defect(works, "Dažų dėmės ant grindų", "Vaikų skaitykla", LocalDate.of(2019, 7, 31)));
    }

    private static WorksTask task(EntityManager em, Works works, WorksTask phase, String name, int startMonth,
            int startDay, int endMonth, int endDay, int actualStartMonth, int actualStartDay, int actualEndMonth,
            int actualEndDay) {
        WorksTask task = new WorksTask(works, phase, name, LocalDate.of(2019, startMonth, startDay),
                LocalDate.of(2019, endMonth, endDay));
        task.setResponsible("UAB \"Remontas\" (demo)");
        task.record(100, LocalDate.of(2019, actualStartMonth, actualStartDay),
                LocalDate.of(2019, actualEndMonth, actualEndDay));
        task.setStatus(TaskStatus.DONE);
        em.persist(task);
        return task;
    }
}
