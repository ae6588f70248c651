package lv.ludza.openup.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import lv.ludza.openup.documents.DocumentOwner;
import lv.ludza.openup.procurement.Contract;
import lv.ludza.openup.procurement.ContractType;
import lv.ludza.openup.procurement.ThresholdWarning;
import lv.ludza.openup.procurement.ExpenditureItem;
import lv.ludza.openup.procurement.Invoice;
import lv.ludza.openup.procurement.InvoiceLine;
import lv.ludza.openup.procurement.PartnerReport;
import lv.ludza.openup.procurement.ProcedureType;
import lv.ludza.openup.procurement.ProcurementProcedure;
import lv.ludza.openup.procurement.Supplier;
import lv.ludza.openup.procurement.VatKind;
import lv.ludza.openup.procurement.VatRate;
import lv.ludza.openup.procurement.Verdict;
import lv.ludza.openup.project.BudgetLine;
import lv.ludza.openup.project.CostCategory;
import lv.ludza.openup.project.Country;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.PartnerRole;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.project.ProjectStatus;
import lv.ludza.openup.project.ReportingPeriod;
import lv.ludza.openup.security.AppUser;
import lv.ludza.openup.security.Language;
import lv.ludza.openup.security.PasswordHashes;
import lv.ludza.openup.security.Role;
import lv.ludza.openup.shared.DateRange;
import lv.ludza.openup.shared.LocalizedText;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.ServerSettings;
import lv.ludza.openup.shared.Setting;
import lv.ludza.openup.shared.StartupLock;

/**
 * Loads the OPEN UP project (LLI-263) with its partners and one demo user per role. Runs once: a settings row
 * records that it did, so a restart (or a database someone already filled) is left alone.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("SchemaMigration")
public class DemoData {

    static final String LOADED = "demo.loaded";
    static final String BUDGET = "demo.budget";
    static final String PROCUREMENT = "demo.procurement";
    static final String EXPENDITURE = "demo.expenditure";
    static final String SECOND_PROJECT = "demo.secondProject";
    static final String TRAVEL = "demo.travel";
    static final String EVENTS = "demo.events";
    static final String INVENTORY = "demo.inventory";
    static final String RENOVATION = "demo.renovation";
    static final String SECOND_PROJECT_RECORDS = "demo.secondProjectRecords";
    static final String BANK_STATEMENTS = "demo.bankStatements";
    static final String LITHUANIAN_ACCOUNTANT = "demo.accountantLt";
    static final String BUDGET_CHANGES = "demo.budgetChanges";
    static final String PROCUREMENT_CHECKS = "demo.procurementChecks";
    /** The password of every demo user (README lists them). */
    public static final String DEMO_PASSWORD = "openup2018";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final BigDecimal ERDF_RATE = new BigDecimal("0.8500");

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    void load() {
        if (!ServerSettings.demoEnabled()) {
            return;
        }
        StartupLock.hold(em); // another cluster node starting now waits, then finds the demo loaded
        // one step per part of the demo, each recorded on its own: a database filled by an older version gets
        // the parts added since, once
        step(LOADED, this::projectAndUsers);
        step(BUDGET, () -> planBudgets(openUpProject()));
        step(PROCUREMENT, () -> {
            List<Supplier> suppliers = suppliers();
            suppliers.forEach(em::persist);
            procureComputers(openUpProject().getLeadPartner(), suppliers.get(0));
        });
        step(EXPENDITURE, () -> declareExpenditure(openUpProject()));
        step(SECOND_PROJECT, this::secondProject);
        step(TRAVEL, () -> new TravelDemo(em).load(openUpProject()));
        step(EVENTS, () -> { Project p = openUpProject(); new EventsDemo(em, p, p.getLeadPartner(), partner(p, "Rokiškis"), partner(p, "Jēkabpils")).load(); });
        step(INVENTORY, () -> new InventoryDemo(em).load(openUpProject()));
        step(RENOVATION, () -> RenovationDemo.load(em, openUpProject()));
        step(LITHUANIAN_ACCOUNTANT, () -> user("accountant.lt", "Demo Buhalterė", Role.ACCOUNTANT,
                partner(openUpProject(), "Rokiškis"), Language.LT));
        step(SECOND_PROJECT_RECORDS, () -> new ReadOnDemo(em, project("READ-2020")).load());
        step(BANK_STATEMENTS, () -> new StatementDemo(em).load(openUpProject(), project("READ-2020")));
        step(BUDGET_CHANGES, () -> new BudgetChangeDemo(em).load(openUpProject(), project("READ-2020")));
        step(PROCUREMENT_CHECKS, () -> rokiskisFurniture(partner(openUpProject(), "Rokiškis")));
    }

    private void step(String key, Runnable load) {
        if (em.find(Setting.class, key) == null) {
            load.run();
            em.persist(new Setting(key, LocalDate.now().toString()));
            LOG.info(() -> "OPEN UP demo data loaded: " + key);
        }
    }

    private void projectAndUsers() {
        Project openUp = openUp();
        em.persist(openUp);
        Partner ludza = openUp.getLeadPartner();
        Partner rokiskis = partner(openUp, "Rokiškis");
        user("admin", "Demo Administrators", Role.ADMIN, ludza, Language.LV);
        user("coordinator", "Demo Koordinatore", Role.COORDINATOR, ludza, Language.LV);
        user("staff", "Demo Bibliotekāre", Role.STAFF, ludza, Language.LV);
        user("accountant", "Demo Grāmatvede", Role.ACCOUNTANT, ludza, Language.LV);
        user("auditor", "Demo Auditors", Role.AUDITOR, null, Language.EN);
        user("staff.lt", "Demo Bibliotekininkė", Role.STAFF, rokiskis, Language.LT);
    }

    private void planBudgets(Project openUp) {
        planBudget(openUp.getLeadPartner(), "12000.00", "4500.00", "14000.00", "18549.76", "0.00");
        planBudget(partner(openUp, "Rokiškis"), "10000.00", "3800.00", "9000.00", "14115.40", "34000.00");
        planBudget(partner(openUp, "Jēkabpils"), "11000.00", "4200.00", "12500.00", "24065.59", "0.00");
    }

    private Project openUpProject() {
        return project("LLI-263");
    }

    private Project project(String code) {
        Project project = em.createNamedQuery("Project.findByCode", Project.class)
                .setParameter("code", code).getSingleResult();
        project.getPartners().size();
        return project;
    }

    private static Partner partner(Project project, String shortName) {
        return project.getPartners().stream().filter(p -> p.getShortName().equals(shortName)).findFirst()
                .orElseThrow();
    }

    /** The facts of the project page; the split of the two other partners' budgets is demo data. */
    static Project openUp() {
        Project project = new Project("LLI-263", "OPEN UP",
                new LocalizedText(
                        "Interaktīvās izglītības telpa – efektīvs nelabvēlīgu ģimeņu bērnu sociālās integrācijas veids",
                        "Interaktyvi edukacinė erdvė – veiksmingas socialiai pažeidžiamų šeimų vaikų socialinės "
                                + "integracijos būdas",
                        "Interactive educational space – efficient way of social integration of children from "
                                + "disadvantaged families"),
                new LocalizedText(
                        "Interreg V-A Latvijas–Lietuvas pārrobežu sadarbības programma 2014.–2020. gadam",
                        "2014–2020 m. Interreg V-A Latvijos–Lietuvos bendradarbiavimo per sieną programa",
                        "Interreg V-A Latvia–Lithuania Cross Border Cooperation Programme 2014–2020"),
                DateRange.of(LocalDate.of(2018, 4, 1), LocalDate.of(2019, 11, 30)));
        project.setStatus(ProjectStatus.CLOSED);
        project.addPartner(new Partner(PartnerRole.LEAD_PARTNER, "Ludzas novada pašvaldība", "Ludza", Country.LV,
                Money.eur("50849.76"), ERDF_RATE));
        project.addPartner(new Partner(PartnerRole.PARTNER, "Rokiškio rajono savivaldybės biblioteka", "Rokiškis",
                Country.LT, Money.eur("72415.40"), ERDF_RATE));
        project.addPartner(new Partner(PartnerRole.PARTNER, "Jēkabpils pilsētas dome", "Jēkabpils", Country.LV,
                Money.eur("53415.59"), ERDF_RATE));
        return project;
    }

    /**
     * The split by category is demo data; with office and administration at 15 % of staff costs each partner's
     * lines add up to its budget to the cent.
     */
    private void planBudget(Partner partner, String staff, String travel, String external, String equipment,
            String works) {
        em.persist(new BudgetLine(partner, CostCategory.STAFF, Money.eur(staff)));
        em.persist(new BudgetLine(partner, CostCategory.TRAVEL_ACCOMMODATION, Money.eur(travel)));
        em.persist(new BudgetLine(partner, CostCategory.EXTERNAL_EXPERTISE, Money.eur(external)));
        em.persist(new BudgetLine(partner, CostCategory.EQUIPMENT, Money.eur(equipment)));
        em.persist(new BudgetLine(partner, CostCategory.INFRASTRUCTURE_WORKS, Money.eur(works)));
    }

    /** Ludza's purchase of computers and whiteboards, from procedure to contract (demo numbers and dates). */
    private void procureComputers(Partner ludza, Supplier winner) {
        ProcurementProcedure procedure = new ProcurementProcedure(ludza, "LNP 2018/15",
                "Datortehnika un interaktīvās tāfeles bērnu nodarbībām (demo)", ContractType.SUPPLIES,
                ProcedureType.SMALL_PROCUREMENT, Money.eur("18000.00"));
        procedure.announce(LocalDate.of(2018, 5, 10));
        procedure.evaluate();
        procedure.award(winner, LocalDate.of(2018, 6, 5));
        em.persist(procedure);
        Contract contract = new Contract(ludza, winner, "LNP 2018/15-1", procedure.getSubject(),
                LocalDate.of(2018, 6, 12));
        contract.setAmounts(Money.eur("15330.38"), Money.eur("3219.38"));
        contract.setValidUntil(LocalDate.of(2018, 12, 31));
        contract.fromProcedure(procedure);
        em.persist(contract);

        Invoice invoice = new Invoice(ludza, winner, "DT-2018/0620", LocalDate.of(2018, 6, 20));
        invoice.setDueOn(LocalDate.of(2018, 7, 20));
        invoice.underContract(contract);
        VatRate standard = vatRate(em, Country.LV, VatKind.STANDARD, invoice.getIssuedOn());
        invoice.replaceLines(List.of(
                Invoice.Line.at(standard, "Portatīvie datori (demo)", new BigDecimal("6"), Money.eur("6000.00")),
                Invoice.Line.at(standard, "Interaktīvās tāfeles (demo)", new BigDecimal("3"), Money.eur("9330.38"))));
        invoice.pay(LocalDate.of(2018, 7, 5), Money.eur("18549.76"), "MU 2018/771");
        em.persist(invoice);
        em.flush();
        // the evidence of the certified first report: the procedure's, the contract's and the invoice's documents
        // (the payment's bank statement is not there: the evidence pack names it missing)
        DemoPdf.attach(em, DocumentOwner.PROCEDURE, procedure.getId(), ludza, "iepirkuma-zinojums-LNP-2018-15.pdf",
                "Iepirkuma procedūras ziņojums (demo)", "LNP 2018/15", "Iepirkuma proceduras zinojums (demo)");
        DemoPdf.attach(em, DocumentOwner.CONTRACT, contract.getId(), ludza, "ligums-LNP-2018-15-1.pdf",
                "Līgums (demo)", "LNP 2018/15-1", "Piegades ligums (demo)");
        DemoPdf.attach(em, DocumentOwner.INVOICE, invoice.getId(), ludza, "rekins-DT-2018-0620.pdf",
                "Rēķins (demo)", "DT-2018/0620", "Rekins (demo)", "18 549,76 EUR");
    }

    /**
     * Rokiškis buys library furniture from one supplier in two parts without a procedure: a contract in February 2019
     * and an invoice under no contract in May. Together they reach Lithuania's low-value procurement limit for
     * supplies (58 000 EUR without VAT, V24): the invoice keeps the warning the check at entry gives (ThresholdService
     * .forInvoice: 41 300,00 + 17 200,00 = 58 500,00 EUR, two records, a purchase split in parts). Demo numbers.
     */
    private void rokiskisFurniture(Partner rokiskis) {
        Supplier furniture = em.createNamedQuery("Supplier.findByRegistration", Supplier.class)
                .setParameter("country", Country.LT).setParameter("number", "300000002").getResultStream().findFirst().orElseThrow();
        Contract shelves = new Contract(rokiskis, furniture, "RRSB 2019/12", "Bibliotekos lentynos ir baldai (demo)",
                LocalDate.of(2019, 2, 18));
        shelves.setContractType(ContractType.SUPPLIES);
        shelves.setAmounts(Money.eur("41300.00"), Money.eur("8673.00"));
        shelves.setValidUntil(LocalDate.of(2019, 12, 31));
        em.persist(shelves);
        Invoice chairs = new Invoice(rokiskis, furniture, "BN-2019/0520", LocalDate.of(2019, 5, 20));
        chairs.setDueOn(LocalDate.of(2019, 6, 19));
        chairs.setContractType(ContractType.SUPPLIES);
        chairs.replaceLines(List.of(new Invoice.Line("Skaityklos kėdės ir stalai (demo)", new BigDecimal("24"),
                Money.eur("17200.00"), Money.eur("3612.00"), Money.eur("20812.00"))));
        chairs.setThresholdWarning(new ThresholdWarning(Country.LT, ContractType.SUPPLIES, Money.eur("58500.00"),
                Money.eur("58000.00"), ProcedureType.SMALL_PROCUREMENT, null, 2));
        em.persist(chairs);
    }

    /**
     * Six-month reporting periods; Ludza's first report (the computers and staff costs) certified, Jēkabpils'
     * staff costs of the second period in a draft.
     */
    private void declareExpenditure(Project openUp) {
        List<ReportingPeriod> periods = List.of(
                new ReportingPeriod(openUp, 1, DateRange.of(LocalDate.of(2018, 4, 1), LocalDate.of(2018, 9, 30))),
                new ReportingPeriod(openUp, 2, DateRange.of(LocalDate.of(2018, 10, 1), LocalDate.of(2019, 3, 31))),
                new ReportingPeriod(openUp, 3, DateRange.of(LocalDate.of(2019, 4, 1), LocalDate.of(2019, 9, 30))),
                new ReportingPeriod(openUp, 4, DateRange.of(LocalDate.of(2019, 10, 1), LocalDate.of(2019, 11, 30))));
        periods.forEach(em::persist);
        Partner ludza = openUp.getLeadPartner();
        Invoice computers = em.createQuery("SELECT i FROM Invoice i WHERE i.number = 'DT-2018/0620'", Invoice.class)
                .getSingleResult();
        LocalDate paid = computers.getPaidInFullOn();
        for (InvoiceLine line : computers.getLines()) {
            em.persist(new ExpenditureItem(budgetLine(ludza, CostCategory.EQUIPMENT), line,
                    computers.getSupplier().getName() + ", " + computers.getNumber() + ": " + line.getDescription(),
                    computers.getIssuedOn(), paid, periods.get(0), line.getGross()));
        }
        em.persist(new ExpenditureItem(budgetLine(ludza, CostCategory.STAFF), null,
                "Projekta koordinatores atalgojums 2018. gada aprīlis–septembris (demo)", LocalDate.of(2018, 9, 28),
                LocalDate.of(2018, 9, 28), periods.get(0), Money.eur("5400.00")));
        Partner jekabpils = partner(openUp, "Jēkabpils");
        ExpenditureItem salary = new ExpenditureItem(budgetLine(jekabpils, CostCategory.STAFF), null,
                "Projekta vadītājas atalgojums 2018. gada oktobris–decembris (demo)", LocalDate.of(2018, 12, 28),
                LocalDate.of(2018, 12, 28), periods.get(1), Money.eur("2700.00"));
        em.persist(salary);
        em.flush();
        // a staff cost's own evidence, on its item (Ludza's is missing: the evidence pack names it)
        DemoPdf.attach(em, DocumentOwner.EXPENDITURE_ITEM, salary.getId(), jekabpils, "darba-laika-uzskaite-2018-Q4.pdf",
                "Darba laika uzskaites tabele, 2018. g. oktobris–decembris (demo)", "Darba laika uzskaite (demo)",
                "2018-10 ... 2018-12");
        PartnerReport first = new PartnerReport(ludza, periods.get(0));
        first.submit(LocalDate.of(2018, 10, 15), 3);
        first.startControl();
        em.createQuery("SELECT e FROM ExpenditureItem e WHERE e.partner = :partner", ExpenditureItem.class)
                .setParameter("partner", ludza).getResultList()
                .forEach(item -> item.judge(Verdict.ACCEPTED, null, null));
        first.certify(LocalDate.of(2018, 12, 10), 0);
        em.persist(first);
    }

    /**
     * A second, small project of the same municipality (invented, marked demo), so that the project selector
     * and the separation of records are visible: Ludza leads it with Jēkabpils; Rokiškis is not in it.
     */
    private void secondProject() {
        Project readOn = new Project("READ-2020", "READ ON (demo)",
                new LocalizedText("Lasīšanas veicināšana pierobežā (demo)", "Skaitymo skatinimas pasienyje (demo)",
                        "Reading on across the border (demo)"),
                openUpProject().getProgramme(),
                DateRange.of(LocalDate.of(2020, 3, 1), LocalDate.of(2021, 8, 31)));
        readOn.setStatus(ProjectStatus.CLOSED);
        Partner ludza = readOn.addPartner(new Partner(PartnerRole.LEAD_PARTNER, "Ludzas novada pašvaldība", "Ludza",
                Country.LV, Money.eur("12000.00"), ERDF_RATE));
        Partner jekabpils = readOn.addPartner(new Partner(PartnerRole.PARTNER, "Jēkabpils pilsētas dome",
                "Jēkabpils", Country.LV, Money.eur("8500.00"), ERDF_RATE));
        em.persist(readOn);
        planBudget(ludza, "4000.00", "1000.00", "3000.00", "3400.00", "0.00");
        planBudget(jekabpils, "3000.00", "800.00", "2000.00", "2250.00", "0.00");
        em.persist(new ReportingPeriod(readOn, 1, DateRange.of(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 12, 31))));
        em.persist(new ReportingPeriod(readOn, 2, DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 8, 31))));
    }

    private BudgetLine budgetLine(Partner partner, CostCategory category) {
        return em.createQuery("SELECT b FROM BudgetLine b WHERE b.partner = :partner AND b.category = :category",
                BudgetLine.class).setParameter("partner", partner).setParameter("category", category)
                .getSingleResult();
    }

    /** Invented suppliers, named so that nobody takes them for real companies. */
    static List<Supplier> suppliers() {
        Supplier computers = new Supplier("Demo Supplier SIA \"Datortehnika\"", "40000000001", Country.LV);
        computers.setVatNumber("LV40000000001");
        computers.setAddress("Demo iela 1, Rēzekne, LV-4601");
        computers.setContactPerson("Jānis Demo");
        computers.setEmail("sales@datortehnika.demo.invalid");
        Supplier furniture = new Supplier("Demo Supplier UAB \"Baldų namai\"", "300000002", Country.LT);
        furniture.setVatNumber("LT100000000002");
        furniture.setAddress("Demo g. 2, Rokiškis");
        furniture.setContactPerson("Rasa Demo");
        Supplier builder = new Supplier("Demo Supplier UAB \"Remontas\"", "300000003", Country.LT);
        builder.setContactPerson("Tomas Demo");
        Supplier travel = new Supplier("Demo Supplier SIA \"Ceļojumi\"", "40000000004", Country.LV);
        travel.setVatNumber("LV40000000004");
        travel.setPhone("+371 60000004");
        return List.of(computers, furniture, builder, travel);
    }

    private void user(String username, String fullName, Role role, Partner partner, Language language) {
        AppUser user = new AppUser(username, fullName, PasswordHashes.hash(DEMO_PASSWORD.toCharArray()));
        user.setRoles(EnumSet.of(role));
        user.setPartner(partner);
        user.setLanguage(language);
        user.setEmail(username + "@demo.invalid");
        em.persist(user);
    }

    /** The country's VAT rate of a kind on a day (the migration's data). */
    static VatRate vatRate(EntityManager em, Country country, VatKind kind, LocalDate day) {
        return em.createNamedQuery("VatRate.validOn", VatRate.class).setParameter("country", country)
                .setParameter("day", day).getResultStream().filter(rate -> rate.getKind() == kind).findFirst()
                .orElseThrow();
    }
}
