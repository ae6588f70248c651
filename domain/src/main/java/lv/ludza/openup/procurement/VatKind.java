package lv.ludza.openup.procurement;

/** Which of a country's VAT rates a line is taxed at; reverse charge puts no VAT on the supplier's invoice. */
public enum VatKind {
    STANDARD, REDUCED, SUPER_REDUCED, ZERO, REVERSE_CHARGE;

    /** The buyer, not the supplier, accounts for the VAT: the invoice line carries none. */
    public boolean isReverseCharge() {
        return this == REVERSE_CHARGE;
    }
}
