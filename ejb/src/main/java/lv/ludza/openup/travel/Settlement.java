package lv.ludza.openup.travel;

import java.io.Serializable;
import java.util.List;

import lv.ludza.openup.shared.Money;

/**
 * A participant's settlement as it stands: the per diem day by day, the expenses (all, and those the participant
 * paid), the advance paid, and the balance: positive is to pay the participant, negative to return.
 */
public record Settlement(TravelOrder order, List<PerDiemDay> days, Money perDiem, Money expenses,
        Money paidByParticipant, Money advancePaid, Money balance, boolean demoRates) implements Serializable {

    public boolean toReturn() {
        return balance.isNegative();
    }

    /** The balance without its sign: what is to pay, or what is to return. */
    public Money due() {
        return balance.isNegative() ? Money.ZERO.minus(balance) : balance;
    }

    /** What the employer spent on the journey: per diem and every expense, whoever paid it first. */
    public Money cost() {
        return perDiem.plus(expenses);
    }
}
