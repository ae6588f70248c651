package lv.ludza.openup.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.persistence.EntityManager;

import lv.ludza.openup.documents.DocumentOwner;
import lv.ludza.openup.events.AgendaItem;
import lv.ludza.openup.events.Attendance;
import lv.ludza.openup.events.ChildrenSession;
import lv.ludza.openup.events.Event;
import lv.ludza.openup.events.EventCost;
import lv.ludza.openup.events.EventType;
import lv.ludza.openup.events.Indicator;
import lv.ludza.openup.events.IndicatorMeasure;
import lv.ludza.openup.events.Registration;
import lv.ludza.openup.events.RegistrationStatus;
import lv.ludza.openup.events.TargetGroup;
import lv.ludza.openup.inventory.Asset;
import lv.ludza.openup.inventory.AssetCategory;
import lv.ludza.openup.inventory.Location;
import lv.ludza.openup.inventory.ScanOutcome;
import lv.ludza.openup.inventory.StockTake;
import lv.ludza.openup.inventory.StockTakeEntry;
import lv.ludza.openup.procurement.Contract;
import lv.ludza.openup.procurement.ContractAmendment;
import lv.ludza.openup.procurement.ContractType;
import lv.ludza.openup.procurement.ExpenditureItem;
import lv.ludza.openup.procurement.Invoice;
import lv.ludza.openup.procurement.InvoiceLine;
import lv.ludza.openup.procurement.PartnerReport;
import lv.ludza.openup.procurement.ProcedureType;
import lv.ludza.openup.procurement.ProcurementProcedure;
import lv.ludza.openup.procurement.Supplier;
import lv.ludza.openup.project.BudgetLine;
import lv.ludza.openup.project.CostCategory;
import lv.ludza.openup.project.Country;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.project.ReportingPeriod;
import lv.ludza.openup.renovation.AcceptanceResult;
import lv.ludza.openup.renovation.Defect;
import lv.ludza.openup.renovation.TaskDependency;
import lv.ludza.openup.renovation.TaskStatus;
import lv.ludza.openup.renovation.Works;
import lv.ludza.openup.renovation.WorksTask;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.ProjectTime;
import lv.ludza.openup.travel.Destination;
import lv.ludza.openup.travel.ExpenseKind;
import lv.ludza.openup.travel.ItineraryItem;
import lv.ludza.openup.travel.ItineraryKind;
import lv.ludza.openup.travel.PaidBy;
import lv.ludza.openup.travel.Participant;
import lv.ludza.openup.travel.TravelExpense;
import lv.ludza.openup.travel.TravelOrder;
import lv.ludza.openup.travel.Trip;

/**
 * The records of the second demo project, READ ON (Ludza and Jēkabpils; Rokiškis is not in it): one of every kind,
 * with every optional relation filled (a contract amendment, partial payments, a registration with a project
 * partner, e-mail and phone, a waiting list, an asset lent and overdue, an open stock-take, a trip with a further
 * destination, works with a defect, documents on the records), so that every page renders what users create, and
 * the project scope can be seen: {@code staff.lt} opens none of them.
 */
final class ReadOnDemo {

    private static final ZoneId RIGA = ProjectTime.ZONE;

    private final EntityManager em;
    private final Project project;
    private final Partner ludza;
    private final Partner jekabpils;

    ReadOnDemo(EntityManager em, Project readOn) {
        this.em = em;
        this.project = readOn;
        this.ludza = readOn.getLeadPartner();
        this.jekabpils = readOn.getPartners().stream().filter(p -> !p.isLead()).findFirst().orElseThrow();
    }

    void load() {
        List<ReportingPeriod> periods = em.createNamedQuery("ReportingPeriod.ofProject", ReportingPeriod.class)
                .setParameter("project", project.getId()).getResultList();
        Supplier shop = supplier("40000000001", Country.LV);
        Supplier builder = supplier("300000003", Country.LT);

        // Ludza buys reading tablets: procedure, contract with an amendment, an invoice paid in two parts
        ProcurementProcedure procedure = new ProcurementProcedure(ludza, "LNP 2020/7",
                "Planšetdatori lasīšanas nodarbībām (demo)", ContractType.SUPPLIES, ProcedureType.SMALL_PROCUREMENT,
                Money.eur("3000.00"));
        procedure.announce(LocalDate.of(2020, 4, 6));
        procedure.evaluate();
        procedure.award(shop, LocalDate.of(2020, 4, 27));
        em.persist(procedure);
        Contract contract = new Contract(ludza, shop, "LNP 2020/7-1", procedure.getSubject(), LocalDate.of(2020, 5, 4));
        contract.setAmounts(Money.eur("2400.00"), Money.eur("504.00"));
        contract.setValidUntil(LocalDate.of(2020, 12, 31));
        contract.fromProcedure(procedure);
        em.persist(contract);
        em.persist(ContractAmendment.next(contract, List.of(), LocalDate.of(2020, 6, 1),
                "Viens papildu planšetdators (demo)", Money.eur("2800.00"), Money.eur("588.00"),
                LocalDate.of(2021, 3, 31)));
        Invoice tablets = new Invoice(ludza, shop, "DT-2020/0611", LocalDate.of(2020, 6, 11));
        tablets.setDueOn(LocalDate.of(2020, 7, 11));
        tablets.underContract(contract);
        tablets.replaceLines(List.of(
                new Invoice.Line("Planšetdatori (demo)", new BigDecimal("4"), Money.eur("2400.00"),
                        Money.eur("504.00"), Money.eur("2904.00")),
                new Invoice.Line("Lektores honorārs lasīšanas seminārā (demo)", BigDecimal.ONE, Money.eur("400.00"),
                        Money.eur("0.00"), Money.eur("400.00"))));
        tablets.pay(LocalDate.of(2020, 6, 20), Money.eur("1500.00"), "MU 2020/301");
        tablets.pay(LocalDate.of(2020, 7, 3), Money.eur("1804.00"), "MU 2020/344");
        em.persist(tablets);
        em.flush();
        DemoPdf.attach(em, DocumentOwner.INVOICE, tablets.getId(), ludza, "rekins-DT-2020-0611.pdf", "Rēķins (demo)",
                "SIA Datortehnika (demo)", "Rekins DT-2020/0611");
        DemoPdf.attach(em, DocumentOwner.CONTRACT, contract.getId(), ludza, "ligums-LNP-2020-7-1.pdf", "Līgums (demo)",
                "Ludzas novada pasvaldiba (demo)", "Ligums LNP 2020/7-1");

        InvoiceLine tabletLine = tablets.getLines().get(0);
        InvoiceLine lecturerLine = tablets.getLines().get(1);
        ReportingPeriod first = periods.get(0);
        ExpenditureItem tabletsDeclared = new ExpenditureItem(budgetLine(ludza, CostCategory.EQUIPMENT), tabletLine,
                shop.getName() + ", " + tablets.getNumber() + ": " + tabletLine.getDescription(),
                tablets.getIssuedOn(), tablets.getPaidInFullOn(), first, tabletLine.getGross());
        em.persist(tabletsDeclared);
        ExpenditureItem lecturer = new ExpenditureItem(budgetLine(ludza, CostCategory.EXTERNAL_EXPERTISE), lecturerLine,
                shop.getName() + ", " + tablets.getNumber() + ": " + lecturerLine.getDescription(),
                tablets.getIssuedOn(), tablets.getPaidInFullOn(), first, lecturerLine.getGross());
        em.persist(lecturer);
        em.persist(new ExpenditureItem(budgetLine(jekabpils, CostCategory.STAFF), null,
                "Projekta vadītājas atalgojums 2021. gada janvāris–jūnijs (demo)", LocalDate.of(2021, 6, 30),
                LocalDate.of(2021, 6, 30), periods.get(1), Money.eur("1800.00")));
        em.flush();
        PartnerReport report = new PartnerReport(ludza, first);
        report.submit(LocalDate.of(2021, 1, 20), 2);
        em.persist(report);

        Event seminar = events(lecturer);
        DemoPdf.attach(em, DocumentOwner.EVENT, seminar.getId(), ludza, "paraksti-2020-10-15.pdf", "Parakstu lapa (demo)",
                "Lasisanas seminars (demo)", "Dalibnieku paraksti");
        inventory(tablets, tabletLine);
        trip();
        works(builder, periods);
    }

    private Event events(ExpenditureItem lecturer) {
        em.persist(new Indicator(project, IndicatorMeasure.SPECIALISTS_TRAINED, 10));
        em.persist(new Indicator(project, IndicatorMeasure.CHILDREN_PRESENT, 200));
        LocalDate day = LocalDate.of(2020, 10, 15);
        Event seminar = new Event(project, ludza, EventType.SEMINAR, "Lasīšanas veicināšana bērniem (demo)", day, day);
        seminar.setVenue("Ludzas pilsētas galvenā bibliotēka");
        seminar.setCapacity(2);
        seminar.setRegistrationOpens(LocalDate.of(2020, 9, 1));
        seminar.setRegistrationCloses(LocalDate.of(2020, 10, 12));
        em.persist(seminar);
        AgendaItem opening = new AgendaItem(day, LocalTime.of(10, 0), "Atklāšana (demo)", "Projekta vadītāja");
        opening.setEvent(seminar);
        em.persist(opening);
        Registration guest = registration(seminar, "Līga Paraudziņa (demo)", "Jēkabpils pilsētas bibliotēka",
                RegistrationStatus.CONFIRMED, LocalDate.of(2020, 9, 20));
        guest.setPartner(jekabpils);
        guest.setEmail("liga.paraudzina@demo.invalid");
        guest.setPhone("+371 20000001");
        em.persist(new Attendance(guest, day));
        registration(seminar, "Inese Kalniņa (demo)", "Ludzas novada bibliotēka", RegistrationStatus.CONFIRMED,
                LocalDate.of(2020, 9, 22));
        registration(seminar, "Rasa Ozola (demo)", "Kārsavas bibliotēka", RegistrationStatus.WAITING,
                LocalDate.of(2020, 10, 1));
        registration(seminar, "Dace Vītola (demo)", "Zilupes bibliotēka", RegistrationStatus.CANCELLED,
                LocalDate.of(2020, 9, 25));
        em.persist(new EventCost(seminar, lecturer));

        LocalDate readingDay = LocalDate.of(2020, 11, 7);
        Event reading = new Event(project, jekabpils, EventType.OPEN_LESSON, "Lasīšanas pēcpusdiena (demo)", readingDay,
                readingDay);
        reading.setVenue("Jēkabpils pilsētas bibliotēka");
        reading.setTargetGroup(TargetGroup.CHILDREN);
        em.persist(reading);
        ChildrenSession children = new ChildrenSession(readingDay, 14, 6, 4);
        children.setAgeUpTo9(5);
        children.setAge10To13(7);
        children.setAge14To18(2);
        children.setEvent(reading);
        children.check();
        em.persist(children);
        return seminar;
    }

    private Registration registration(Event event, String name, String organisation, RegistrationStatus status,
            LocalDate on) {
        Registration registration = new Registration(name, organisation, null);
        registration.setEvent(event);
        registration.setConsent(true);
        registration.setConsentDate(on);
        registration.setConsentVersion(1); // the consent text of migration V29
        registration.setRegisteredAt(on.atStartOfDay(RIGA).toInstant());
        registration.setStatus(status);
        em.persist(registration);
        return registration;
    }

    private void inventory(Invoice tablets, InvoiceLine line) {
        AssetCategory kind = em.createNamedQuery("AssetCategory.findByCode", AssetCategory.class)
                .setParameter("code", "OTHER").getSingleResult();
        Location readingRoom = new Location(ludza, "Lasītava (READ ON)");
        em.persist(readingRoom);
        em.persist(new Location(ludza, "Bērnu nodaļa (READ ON)"));
        BudgetLine equipment = budgetLine(ludza, CostCategory.EQUIPMENT);
        LocalDate keepUntil = project.getPeriod().end().plusYears(5);
        Asset lent = null;
        for (int i = 1; i <= 4; i++) {
            Asset tablet = new Asset(ludza, String.format("LUD-2020-%04d", i), "Planšetdators (demo)", kind);
            tablet.setManufacturer("Demo Tablets");
            tablet.setModel("Read 10");
            tablet.setSerialNumber("DEMO-TAB-" + (500 + i));
            tablet.setLocation(readingRoom);
            tablet.setCustodian("Demo Bibliotekāre");
            tablet.setWarrantyUntil(LocalDate.of(2022, 6, 11));
            tablet.keepUntil(keepUntil);
            tablet.paidFrom(line, equipment, Money.eur("600.00"), Money.eur("126.00"));
            em.persist(tablet);
            if (i == 1) {
                lent = tablet;
            } else if (i == 2) {
                tablet.sendToRepair("Demo Tablets serviss, Rēzekne");
            }
        }
        // lent to a reader and not back by the due date: an overdue loan
        lent.checkOutTo("Jānis Lasītājs (demo)", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 2, 15));
        em.flush();
        DemoPdf.attach(em, DocumentOwner.ASSET, lent.getId(), ludza, "pieņemšanas-akts.pdf", "Pieņemšanas akts (demo)",
                "Planšetdators LUD-2020-0001", "Pienemsanas akts (demo)");
        StockTake count = new StockTake(ludza, readingRoom, LocalDate.of(2021, 4, 12));
        em.persist(count);
        em.persist(new StockTakeEntry(count, lent, ScanOutcome.FOUND,
                LocalDate.of(2021, 4, 12).atTime(11, 0).atZone(RIGA).toInstant()));
    }

    private void trip() {
        LocalDate from = LocalDate.of(2021, 5, 17);
        LocalDate to = LocalDate.of(2021, 5, 19);
        Trip trip = new Trip(ludza, "Pieredzes brauciens uz Viļņu un Kauņu (demo)", "Vilnius", Country.LT, from, to);
        trip.setPurpose("Lasīšanas veicināšanas programmu pieredze Lietuvas bibliotēkās (READ ON, demo)");
        em.persist(trip);
        em.persist(new Destination(trip, "Kaunas", Country.LT, from.plusDays(1)));
        em.persist(new ItineraryItem(trip, from, LocalTime.of(8, 0), LocalTime.of(12, 30), ItineraryKind.TRANSPORT,
                "Autobuss Ludza–Viļņa (demo)", "Ludza – Vilnius"));
        em.persist(new ItineraryItem(trip, from.plusDays(1), LocalTime.of(10, 0), LocalTime.of(13, 0),
                ItineraryKind.VISIT, "Kauņas apriņķa publiskā bibliotēka (demo)", "Radastų g. 2, Kaunas"));
        Participant traveller = new Participant(trip, "Ilze Demo", "Bibliotēkas direktore", ludza);
        em.persist(traveller);
        em.persist(new Participant(trip, "Līga Demo", "Bibliotekāre", jekabpils));
        TravelOrder order = new TravelOrder(traveller, "KR-2021/12");
        order.setAdvanceRequested(Money.eur("100.00"));
        order.setAdvancePaid(Money.eur("100.00"));
        order.setAdvancePaidOn(LocalDate.of(2021, 5, 10));
        order.check();
        order.approve("coordinator", LocalDate.of(2021, 5, 5));
        em.persist(order);
        em.persist(new TravelExpense(order, ExpenseKind.ACCOMMODATION, "Viesnīca Viļņā, 2 naktis (demo)", from,
                Money.eur("140.00"), 2, PaidBy.PARTICIPANT));
    }

    private void works(Supplier builder, List<ReportingPeriod> periods) {
        Contract contract = new Contract(jekabpils, builder, "JPD 2020/41", "Lasītavas kosmētiskais remonts (demo)",
                LocalDate.of(2020, 7, 1));
        contract.setAmounts(Money.eur("1500.00"), Money.eur("315.00"));
        em.persist(contract);
        Invoice invoice = new Invoice(jekabpils, builder, "RM-2020/102", LocalDate.of(2020, 9, 30));
        invoice.underContract(contract);
        invoice.replaceLines(List.of(new Invoice.Line("Lasītavas remonts (demo)", BigDecimal.ONE,
                Money.eur("1500.00"), Money.eur("315.00"), Money.eur("1815.00"))));
        invoice.pay(LocalDate.of(2020, 10, 14), Money.eur("1815.00"), "JD 2020/988");
        em.persist(invoice);
        Works works = new Works(jekabpils, "Lasītavas remonts (demo)", LocalDate.of(2020, 8, 3),
                LocalDate.of(2020, 9, 25));
        works.setBuilding("Jēkabpils pilsētas bibliotēka (demo)");
        works.setRooms("Lasītava");
        works.setScope("Sienu krāsošana, grīdas segums, apgaismojums (demo).");
        works.setResponsible("Demo Saimniecības vadītājs");
        works.setSupplier(builder);
        works.setContract(contract);
        works.setBudgetLine(budgetLine(jekabpils, CostCategory.EQUIPMENT));
        works.setActualStart(LocalDate.of(2020, 8, 3));
        works.setActualEnd(LocalDate.of(2020, 9, 28));
        em.persist(works);
        WorksTask phase = task(works, null, "Remonts", LocalDate.of(2020, 8, 3), LocalDate.of(2020, 9, 25));
        WorksTask walls = task(works, phase, "Sienas", LocalDate.of(2020, 8, 3), LocalDate.of(2020, 8, 28));
        WorksTask floor = task(works, phase, "Grīda", LocalDate.of(2020, 8, 31), LocalDate.of(2020, 9, 25));
        em.persist(new TaskDependency(floor, walls));
        works.accept(LocalDate.of(2020, 9, 30), "Direktore (demo); saimniecības vadītājs (demo)",
                AcceptanceResult.ACCEPTED_WITH_DEFECTS, "Viens defekts (demo).", 24);
        em.persist(new Defect(works, "Nepielīmēta grīdlīste", "Lasītava", LocalDate.of(2020, 10, 30)));
        em.flush();
        DemoPdf.attach(em, DocumentOwner.WORKS, works.getId(), jekabpils, "pirms-remonta.pdf", "Foto pirms remonta (demo)",
                "Lasitava pirms remonta (demo)", "");
    }

    private WorksTask task(Works works, WorksTask phase, String name, LocalDate start, LocalDate end) {
        WorksTask task = new WorksTask(works, phase, name, start, end);
        task.setResponsible("Demo būvnieks");
        task.record(100, start, end);
        task.setStatus(TaskStatus.DONE);
        em.persist(task);
        return task;
    }

    private Supplier supplier(String registration, Country country) {
        return em.createNamedQuery("Supplier.findByRegistration", Supplier.class).setParameter("country", country)
                .setParameter("number", registration).getSingleResult();
    }

    private BudgetLine budgetLine(Partner partner, CostCategory category) {
        return em.createQuery("SELECT b FROM BudgetLine b WHERE b.partner = :partner AND b.category = :category",
                BudgetLine.class).setParameter("partner", partner).setParameter("category", category)
                .getSingleResult();
    }
}
