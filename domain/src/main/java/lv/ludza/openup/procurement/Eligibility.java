package lv.ludza.openup.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;

import lv.ludza.openup.shared.DateRange;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.RuleViolation;

/**
 * The programme's eligibility rules for declaring a cost on a budget line, one by one, each with its own
 * reason. The facts are gathered by the service; the rules are pure, so each is tested on its own.
 *
 * @param projectPeriod  the project's eligibility period
 * @param documentDate   the invoice (or other document) date
 * @param paidOn         the date the cost was paid in full (the last payment), null when not paid at all
 * @param outstanding    what is still to pay
 * @param net            the cost without VAT
 * @param gross          the cost with VAT
 * @param vatRecoverable whether the partner gets its VAT back (then only the net cost is eligible)
 * @param amount         the eligible amount declared
 * @param planned        the budget line's planned amount
 * @param declared       what is already declared on the budget line (not counting this item)
 * @param flexibility    how far a line may be exceeded, as a share of it (0.20 for 20 %)
 */
public record Eligibility(DateRange projectPeriod, LocalDate documentDate, LocalDate paidOn, Money outstanding,
        Money net, Money gross, boolean vatRecoverable, Money amount, Money planned, Money declared,
        BigDecimal flexibility) {

    /** @throws RuleViolation with the first rule the declaration breaks */
    public void check() {
        if (amount.isNegative() || amount.isZero()) {
            throw RuleViolation.onField("amount", "expenditure.amount.positive");
        }
        if (!projectPeriod.contains(documentDate)) {
            throw new RuleViolation("expenditure.documentOutsideProject", documentDate, projectPeriod.start(),
                    projectPeriod.end());
        }
        if (paidOn == null || outstanding.isGreaterThan(Money.ZERO)) {
            throw new RuleViolation("expenditure.notPaidInFull", outstanding);
        }
        if (!projectPeriod.contains(paidOn)) {
            throw new RuleViolation("expenditure.paymentOutsideProject", paidOn, projectPeriod.start(),
                    projectPeriod.end());
        }
        if (vatRecoverable && amount.isGreaterThan(net)) {
            throw RuleViolation.onField("amount", "expenditure.vatRecoverable", net);
        }
        if (amount.isGreaterThan(gross)) {
            throw RuleViolation.onField("amount", "expenditure.aboveCost", gross);
        }
        Money limit = limit();
        if (declared.plus(amount).isGreaterThan(limit)) {
            Money left = declared.isGreaterThan(limit) ? Money.ZERO : limit.minus(declared);
            throw RuleViolation.onField("amount", "expenditure.overBudget", limit, declared, left,
                    flexibility.movePointRight(2).stripTrailingZeros().toPlainString());
        }
    }

    /** The most a budget line may carry: planned plus the flexibility, rounded to the cent. */
    public Money limit() {
        return limit(planned, flexibility);
    }

    /** The most a line planned at this amount may carry with this flexibility, rounded to the cent. */
    public static Money limit(Money planned, BigDecimal flexibility) {
        return planned.plus(planned.times(flexibility));
    }

    /** The amount to propose: the gross cost, or the net one where VAT is recoverable. */
    public static Money proposed(Money net, Money gross, boolean vatRecoverable) {
        return vatRecoverable ? net : gross;
    }
}
