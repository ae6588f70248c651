package lv.ludza.openup.procurement;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import lv.ludza.openup.shared.Money;

/**
 * Which open invoice a debit entry of a bank statement pays, as proposed to the accountant, who confirms or changes
 * it. In order: the supplier's IBAN and the invoice number in the remittance text; the invoice number alone; the
 * supplier's IBAN with the amount equal to what is outstanding (one such invoice only). The amount proposed is the
 * entry's, never more than what is outstanding (less is a partial payment).
 *
 * @param invoice the invoice proposed, or null when nothing matches
 * @param amount the amount to record (null without an invoice)
 * @param how the reason: {@code IBAN_AND_NUMBER}, {@code NUMBER}, {@code IBAN_AND_AMOUNT} or {@code NONE}
 */
public record StatementMatch(Invoice invoice, Money amount, How how) {

    /** How the invoice was recognised. */
    public enum How { IBAN_AND_NUMBER, NUMBER, IBAN_AND_AMOUNT, NONE }

    /** The proposal for one entry among the partner's invoices with something outstanding. */
    public static StatementMatch propose(StatementFile.Entry entry, List<Invoice> open) {
        return propose(entry, open, Invoice::getOutstanding);
    }

    /**
     * The proposal for one entry, with what is outstanding on each invoice as given (less than the invoice's own
     * when earlier entries of the same statement pay it).
     */
    public static StatementMatch propose(StatementFile.Entry entry, List<Invoice> open,
            Function<Invoice, Money> outstanding) {
        List<Invoice> unpaid = open.stream().filter(i -> outstanding.apply(i).isGreaterThan(Money.ZERO)).toList();
        String text = squeezed(entry.remittance());
        List<Invoice> numbered = text.isEmpty() ? List.of()
                : unpaid.stream().filter(i -> text.contains(squeezed(i.getNumber()))).toList();
        List<Invoice> bySupplier = entry.creditorIban() == null ? List.of()
                : unpaid.stream().filter(i -> entry.creditorIban().equals(i.getSupplier().getIban())).toList();
        List<Invoice> both = numbered.stream().filter(bySupplier::contains).toList();
        if (!both.isEmpty()) {
            return of(entry, longestNumber(both), How.IBAN_AND_NUMBER, outstanding);
        }
        if (!numbered.isEmpty()) {
            return of(entry, longestNumber(numbered), How.NUMBER, outstanding);
        }
        List<Invoice> sameAmount = bySupplier.stream().filter(i -> outstanding.apply(i).equals(entry.amount())).toList();
        if (sameAmount.size() == 1) {
            return of(entry, sameAmount.get(0), How.IBAN_AND_AMOUNT, outstanding);
        }
        return new StatementMatch(null, null, How.NONE);
    }

    /** The amount to record for this entry on an invoice with this outstanding: the entry's, at most that. */
    public static Money amountFor(StatementFile.Entry entry, Money outstanding) {
        return entry.amount().isGreaterThan(outstanding) ? outstanding : entry.amount();
    }

    private static StatementMatch of(StatementFile.Entry entry, Invoice invoice, How how,
            Function<Invoice, Money> outstanding) {
        return new StatementMatch(invoice, amountFor(entry, outstanding.apply(invoice)), how);
    }

    /** "DT-2018/0620" in a text also holding "DT-2018/06" is the longer number's. */
    private static Invoice longestNumber(List<Invoice> invoices) {
        return invoices.stream().max((a, b) -> Integer.compare(a.getNumber().length(), b.getNumber().length()))
                .orElseThrow();
    }

    /** Compared without spaces and case ("lnp 2018/15" holds the number "LNP2018/15"). */
    private static String squeezed(String text) {
        return Objects.requireNonNullElse(text, "").replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }
}
