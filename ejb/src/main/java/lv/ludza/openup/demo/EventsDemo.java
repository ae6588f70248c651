package lv.ludza.openup.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import lv.ludza.openup.events.AgendaItem;
import lv.ludza.openup.events.Attendance;
import lv.ludza.openup.events.ChildrenSession;
import lv.ludza.openup.events.Event;
import lv.ludza.openup.events.EventType;
import lv.ludza.openup.events.Indicator;
import lv.ludza.openup.events.IndicatorMeasure;
import lv.ludza.openup.events.Registration;
import lv.ludza.openup.events.RegistrationStatus;
import lv.ludza.openup.events.TargetGroup;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.shared.ProjectTime;

/**
 * The seed's activities with their real dates and places: three seminars, the final conference, two camps,
 * weekly lessons, monthly open lessons, 15 video classes and the working group meetings, with children counts
 * that bring the indicators near the published figures (about 1000 children reached of 127 planned, more than 30
 * specialists, 100+ at the conference). The names of adults are invented; children are counts only.
 */
final class EventsDemo {

    private static final String[] FIRST = { "Anna", "Inese", "Ilze", "Laura", "Dace", "Sandra", "Kristīne", "Līga",
        "Rasa", "Jurgita", "Asta", "Rūta", "Aušra", "Dalia", "Jānis", "Andris", "Mārtiņš", "Tomas", "Vytautas" };
    private static final String[] LAST_LV = { "Ozola", "Kalniņa", "Bērziņa", "Liepiņa", "Zariņa", "Krūmiņa", "Vītola",
        "Jansone", "Eglīte", "Ābele" };
    private static final String[] LAST_LT = { "Kazlauskienė", "Petrauskienė", "Jankauskienė", "Žukauskienė",
        "Butkienė", "Vasiliauskienė", "Stankevičienė" };

    private final EntityManager em;
    private final Project project;
    private final Partner ludza;
    private final Partner rokiskis;
    private final Partner jekabpils;

    EventsDemo(EntityManager em, Project project, Partner ludza, Partner rokiskis, Partner jekabpils) {
        this.em = em;
        this.project = project;
        this.ludza = ludza;
        this.rokiskis = rokiskis;
        this.jekabpils = jekabpils;
    }

    void load() {
        em.persist(new Indicator(project, IndicatorMeasure.CHILDREN_FIRST_TIME, 127));
        em.persist(new Indicator(project, IndicatorMeasure.SPECIALISTS_TRAINED, 30));
        em.persist(new Indicator(project, IndicatorMeasure.CONFERENCE_ATTENDEES, 100));
        em.persist(new Indicator(project, IndicatorMeasure.CHILDREN_PRESENT, 1000));

        List<String> specialists = specialists();
        seminar(rokiskis, "Darbo su vaikais iš socialiai pažeidžiamų grupių kompetencijų tobulinimas",
                "Rokiškio rajono savivaldybės biblioteka, Rokiškis", LocalDate.of(2018, 4, 9), specialists.subList(0, 14));
        seminar(jekabpils, "Jaunās tehnoloģijas sociālajā integrācijā – priekšrocības un riski",
                "Jēkabpils pilsētas bibliotēka, Jēkabpils", LocalDate.of(2019, 1, 17), specialists.subList(8, 22));
        seminar(ludza, "Kā rīkoties krīzes situācijās", "Ludzas pilsētas galvenā bibliotēka, Ludza",
                LocalDate.of(2019, 3, 28), specialists.subList(16, 32));
        conference();

        camp(ludza, "Starptautiskā bērnu nometne Ānē", "Āne, Jelgavas novads", LocalDate.of(2018, 8, 21),
                LocalDate.of(2018, 8, 27), 40);
        camp(rokiskis, "Tarptautinė vaikų stovykla Rokiškyje", "Rokiškis", LocalDate.of(2019, 6, 17),
                LocalDate.of(2019, 6, 21), 40);

        lessons(ludza, "Nodarbība bērniem: karjeras konsultants, IT, interaktīvās spēles",
                "Ludzas pilsētas galvenā bibliotēka", DayOfWeek.TUESDAY);
        lessons(jekabpils, "Nodarbība bērniem: profesiju pārstāvji, datubāzes, spēles",
                "Jēkabpils pilsētas bibliotēka", DayOfWeek.WEDNESDAY);
        lessons(rokiskis, "Užsiėmimas vaikams: profesijos, IT, interaktyvūs žaidimai",
                "Rokiškio rajono savivaldybės biblioteka", DayOfWeek.THURSDAY);
        openLessons(ludza, "ATVĒRTĀ NODARBĪBA: interaktīvās spēles un datorapmācība", "Ludzas pilsētas galvenā bibliotēka", 1);
        openLessons(jekabpils, "ATVĒRTĀ NODARBĪBA: IT un spēles", "Jēkabpils pilsētas bibliotēka", 2);
        openLessons(rokiskis, "ATVIRA PAMOKA: žaidimai ir kompiuterinis raštingumas",
                "Rokiškio rajono savivaldybės biblioteka", 3);
        videoClasses();
        meetings();
    }

    private List<String> specialists() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            String last = i % 3 == 1 ? LAST_LT[i % LAST_LT.length] : LAST_LV[i % LAST_LV.length];
            names.add(FIRST[i % FIRST.length] + " " + last + "|" + (i % 3 == 1 ? "Rokiškio rajono biblioteka"
                    : i % 3 == 2 ? "Jēkabpils pilsētas bibliotēka" : "Ludzas novada bibliotēka " + (i / 3 + 1)));
        }
        return names;
    }

    private Event event(Partner partner, EventType type, String title, String venue, LocalDate first, LocalDate last) {
        Event event = new Event(project, partner, type, title, first, last);
        event.setVenue(venue);
        em.persist(event);
        return event;
    }

    private void seminar(Partner partner, String title, String venue, LocalDate day, List<String> people) {
        Event event = event(partner, EventType.SEMINAR, title, venue, day, day);
        event.setCapacity(40);
        event.setRegistrationCloses(day.minusDays(3));
        em.persist(item(event, day, LocalTime.of(10, 0), "Reģistrācija, kafija / Registracija", null));
        em.persist(item(event, day, LocalTime.of(10, 30), "Atklāšana / Atidarymas", "Projekta vadītāja"));
        em.persist(item(event, day, LocalTime.of(11, 0), title, "Lektore no " + partner.getShortName()));
        em.persist(item(event, day, LocalTime.of(14, 0), "Praktiskā darbnīca / Praktinės dirbtuvės", null));
        int n = 0;
        for (String person : people) {
            Registration registration = registration(event, person, day.minusDays(20 - n));
            if (n++ % 9 != 8) { // nearly everybody came
                em.persist(new Attendance(registration, day));
            }
        }
    }

    private AgendaItem item(Event event, LocalDate day, LocalTime time, String title, String speaker) {
        AgendaItem item = new AgendaItem(day, time, title, speaker);
        item.setEvent(event);
        return item;
    }

    private Registration registration(Event event, String person, LocalDate consentDate) {
        String[] parts = person.split("\\|");
        Registration registration = new Registration(parts[0], parts[1], null);
        registration.setEvent(event);
        registration.setConsentDate(consentDate);
        registration.setConsentVersion(1); // the consent text of migration V29
        registration.setRegisteredAt(consentDate.atStartOfDay(ProjectTime.ZONE).toInstant());
        registration.setStatus(RegistrationStatus.CONFIRMED);
        em.persist(registration);
        return registration;
    }

    private void conference() {
        LocalDate day = LocalDate.of(2019, 10, 29);
        Event event = event(ludza, EventType.CONFERENCE, "Interaktīvā izglītības telpa – tradicionālā un mūsdienīgā",
                "Ludzas pilsētas galvenā bibliotēka, Ludza", day, day);
        event.setTargetGroup(TargetGroup.PUBLIC);
        event.setCapacity(120);
        em.persist(item(event, day, LocalTime.of(10, 0), "Atklāšana", "Ludzas novada domes priekšsēdētājs"));
        em.persist(item(event, day, LocalTime.of(10, 30), "Projekta OPEN UP rezultāti", "Projekta vadītāja"));
        em.persist(item(event, day, LocalTime.of(12, 0), "Bērni bibliotēkā: pieredze Rokiškī", "Rokiškio biblioteka"));
        em.persist(item(event, day, LocalTime.of(14, 0), "Diskusija un noslēgums", null));
        for (int i = 0; i < 112; i++) {
            String last = i % 4 == 3 ? LAST_LT[i % LAST_LT.length] : LAST_LV[i % LAST_LV.length];
            Registration registration = registration(event, FIRST[i % FIRST.length] + " " + last + " (" + (i + 1) + ")"
                    + "|" + (i % 4 == 3 ? "Rokiškis" : i % 4 == 2 ? "Jēkabpils" : "Ludzas novads"),
                    day.minusDays(30 - i % 25));
            if (i % 15 != 7) {
                em.persist(new Attendance(registration, day));
            }
        }
    }

    private void camp(Partner partner, String title, String venue, LocalDate first, LocalDate last, int children) {
        Event event = event(partner, EventType.CAMP, title, venue, first, last);
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            boolean firstDay = day.equals(first);
            children(event, day, children - (day.getDayOfMonth() % 3), firstDay ? children : 0,
                    firstDay ? children * 3 / 4 : (children - 3) * 3 / 4);
        }
    }

    /** Weekly lessons Sept 2018 – May 2019, created as one series. */
    private void lessons(Partner partner, String title, String venue, DayOfWeek weekday) {
        LocalDate day = LocalDate.of(2018, 9, 1).with(TemporalAdjusters.nextOrSame(weekday));
        String series = "demo-lessons-" + partner.getShortName();
        int week = 0;
        while (day.isBefore(LocalDate.of(2019, 6, 1))) {
            if (!(day.getMonthValue() == 12 && day.getDayOfMonth() > 20 || day.getMonthValue() == 1 && day.getDayOfMonth() < 7)) {
                Event event = event(partner, EventType.LESSON, title, venue, day, day);
                event.setSeriesKey(series);
                int present = 10 + (week * 7) % 6;
                children(event, day, present, week == 0 ? present : 2 + week % 3, present * 2 / 3);
                week++;
            }
            day = day.plusWeeks(1);
        }
    }

    /** Monthly open lessons from Sept 2018 to the project end (Nov 2019). */
    private void openLessons(Partner partner, String title, String venue, int seed) {
        String series = "demo-open-" + partner.getShortName();
        for (int month = 0; month < 15; month++) {
            LocalDate day = LocalDate.of(2018, 9, 1).plusMonths(month)
                    .with(TemporalAdjusters.firstInMonth(DayOfWeek.SATURDAY)).plusWeeks(seed % 2);
            Event event = event(partner, EventType.OPEN_LESSON, title, venue, day, day);
            event.setTargetGroup(TargetGroup.CHILDREN);
            event.setSeriesKey(series);
            int present = 18 + (month + seed) % 5;
            children(event, day, present, (month + seed) % 3 == 0 ? 14 : 12, present / 2);
        }
    }

    /** 15 video-making classes in Ludza city main library, Sept 2018 – May 2019. */
    private void videoClasses() {
        LocalDate day = LocalDate.of(2018, 9, 6);
        for (int i = 0; i < 15; i++) {
            Event event = event(ludza, EventType.VIDEO_CLASS, "Video veidošanas nodarbība " + (i + 1) + "/15",
                    "Ludzas pilsētas galvenā bibliotēka", day, day);
            event.setSeriesKey("demo-video");
            children(event, day, 12 - i % 3, i == 0 ? 10 : 1, 7);
            day = day.plusDays(18);
        }
    }

    private void meetings() {
        event(ludza, EventType.WORKING_GROUP, "Projekta darba grupas sanāksme", "Ludza", LocalDate.of(2018, 5, 10),
                LocalDate.of(2018, 5, 10));
        event(jekabpils, EventType.WORKING_GROUP, "Projekta darba grupas sanāksme", "Jēkabpils",
                LocalDate.of(2018, 10, 11), LocalDate.of(2018, 10, 11));
        event(rokiskis, EventType.WORKING_GROUP, "Projekto darbo grupės susitikimas", "Rokiškis",
                LocalDate.of(2019, 2, 14), LocalDate.of(2019, 2, 14));
        event(ludza, EventType.WORKING_GROUP, "Projekta darba grupas sanāksme", "Ludza", LocalDate.of(2019, 6, 6),
                LocalDate.of(2019, 6, 6));
        event(rokiskis, EventType.WORKING_GROUP, "Paskutinis darbo grupės susitikimas, vizitas į Utenos viešąją biblioteką",
                "Utenos A. ir M. Miškinių viešoji biblioteka, Utena", LocalDate.of(2019, 11, 14),
                LocalDate.of(2019, 11, 14));
    }

    private void children(Event event, LocalDate day, int present, int firstTime, int vulnerable) {
        ChildrenSession session = new ChildrenSession(day, present, Math.min(firstTime, present),
                Math.min(vulnerable, present));
        session.setAgeUpTo9(present / 3);
        session.setAge10To13(present / 2);
        session.setAge14To18(present - present / 3 - present / 2);
        session.setEvent(event);
        session.check();
        em.persist(session);
    }
}
