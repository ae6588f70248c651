package lv.ludza.openup.travel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

import lv.ludza.openup.project.Country;
import lv.ludza.openup.shared.Money;

/**
 * One line of a per diem's breakdown: the day, the destination country and the rate that applied, the share of the day counted, what was
 * deducted for provided meals (or cut by the full-board limit) and what is paid.
 */
public record PerDiemDay(LocalDate day, Country country, Money allowance, BigDecimal sharePercent, Money counted,
        BigDecimal deductionPercent, Money deduction, boolean fullBoardLimited, Money paid, boolean demoRate)
        implements Serializable {
}
