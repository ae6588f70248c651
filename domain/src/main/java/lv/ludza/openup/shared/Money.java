package lv.ludza.openup.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An amount in euro, exact to the cent.
 * <p>
 * Rounding rule (the only one in the product): amounts entered by people must already have at most two
 * decimals and are never rounded silently; amounts the product computes (a rate times an amount, a share)
 * are rounded half-up to the cent, as the programme's reporting forms do.
 */
@Embeddable
public class Money implements Serializable, Comparable<Money> {

    private static final long serialVersionUID = 1L;
    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final String CURRENCY = "EUR";
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    @Column(precision = 14, scale = SCALE)
    private BigDecimal amount;

    protected Money() {
        // for JPA
    }

    private Money(BigDecimal amount) {
        this.amount = amount.setScale(SCALE, ROUNDING);
    }

    /** An amount as entered: more than two decimals is an error, not a rounding. */
    public static Money eur(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("More than two decimals: " + amount.toPlainString());
        }
        return new Money(amount);
    }

    public static Money eur(String amount) {
        return eur(new BigDecimal(amount));
    }

    /**
     * This amount in {@code parts} amounts exact to the cent that add up to it: the cents that do not divide evenly
     * go one at a time to the first parts (100.00 in 3 is 33.34 + 33.33 + 33.33), so no two parts differ by more
     * than a cent.
     */
    public java.util.List<Money> split(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("Split in " + parts + " parts");
        }
        java.math.BigInteger cents = amount().setScale(SCALE, ROUNDING).unscaledValue();
        java.math.BigInteger[] division = cents.divideAndRemainder(java.math.BigInteger.valueOf(parts));
        int left = division[1].abs().intValueExact();
        java.math.BigInteger oneCent = java.math.BigInteger.valueOf(division[1].signum());
        java.util.List<Money> result = new java.util.ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            java.math.BigInteger share = i < left ? division[0].add(oneCent) : division[0];
            result.add(new Money(new BigDecimal(share, SCALE)));
        }
        return java.util.List.copyOf(result);
    }

    public BigDecimal amount() {
        return amount == null ? BigDecimal.ZERO.setScale(SCALE) : amount;
    }

    public Money plus(Money other) {
        return new Money(amount().add(other.amount()));
    }

    public Money minus(Money other) {
        return new Money(amount().subtract(other.amount()));
    }

    /** This amount times a rate (e.g. 0.85 for an 85 % share), rounded half-up to the cent. */
    public Money times(BigDecimal rate) {
        return new Money(amount().multiply(rate).setScale(SCALE, ROUNDING));
    }

    /** What share of {@code whole} this amount is, as a percentage with two decimals (0 when whole is zero). */
    public BigDecimal percentOf(Money whole) {
        if (whole.isZero()) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        return amount().multiply(BigDecimal.valueOf(100)).divide(whole.amount(), SCALE, ROUNDING);
    }

    public boolean isZero() {
        return amount().signum() == 0;
    }

    public boolean isNegative() {
        return amount().signum() < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount().compareTo(other.amount());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && amount().compareTo(m.amount()) == 0;
    }

    @Override
    public int hashCode() {
        return amount().stripTrailingZeros().hashCode();
    }

    /** Plain, locale-free form for logs and files: {@code 176680.75 EUR}. Screens format per locale. */
    @Override
    public String toString() {
        return amount().toPlainString() + " " + CURRENCY;
    }
}
