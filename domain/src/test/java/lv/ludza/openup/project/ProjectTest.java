package lv.ludza.openup.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import lv.ludza.openup.shared.DateRange;
import lv.ludza.openup.shared.LocalizedText;
import lv.ludza.openup.shared.Money;

class ProjectTest {

    private static final BigDecimal RATE = new BigDecimal("0.85");

    @Test
    void totalsAreTheSumOfThePartnersToTheCent() {
        Project project = new Project("LLI-263", "OPEN UP", new LocalizedText("a", "b", "c"),
                new LocalizedText("p", "p", "p"), DateRange.of(LocalDate.of(2018, 4, 1), LocalDate.of(2019, 11, 30)));
        Partner rokiskis = project.addPartner(new Partner(PartnerRole.PARTNER, "Rokiškio rajono savivaldybės biblioteka",
                "Rokiškis", Country.LT, Money.eur("72415.40"), RATE));
        Partner ludza = project.addPartner(new Partner(PartnerRole.LEAD_PARTNER, "Ludzas novada pašvaldība", "Ludza",
                Country.LV, Money.eur("50849.76"), RATE));
        project.addPartner(new Partner(PartnerRole.PARTNER, "Jēkabpils pilsētas dome", "Jēkabpils", Country.LV,
                Money.eur("53415.59"), RATE));

        assertSame(ludza, project.getLeadPartner());
        assertSame(ludza, project.getPartners().get(0), "the lead partner comes first");
        assertSame(project, rokiskis.getProject());
        assertEquals(Money.eur("43222.30"), ludza.getErdfAmount());
        assertEquals(Money.eur("176680.75"), project.getTotalCost());
        // each partner's share is rounded on its own, and the shares still add up to the published ERDF sum
        assertEquals(Money.eur("150178.64"), project.getErdfAmount());
    }
}
