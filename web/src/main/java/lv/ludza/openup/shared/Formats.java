package lv.ludza.openup.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Numbers, money and dates as the reader's language writes them: {@code 176 680,75 €} in Latvian and
 * Lithuanian, {@code €176,680.75} in English; dates in the project's time zone, Europe/Riga.
 */
@Named("fmt")
@RequestScoped
public class Formats {

    @Inject
    private UserLocale userLocale;

    /** An amount ({@link Money} or a plain {@link BigDecimal}) per locale; nothing for none. One method, not two
     * overloads, so that EL can call it with a null (an item not judged yet has no certified amount). */
    public String money(Object amount) {
        if (amount instanceof Money money) {
            return money(money.amount(), locale());
        }
        return amount instanceof BigDecimal decimal ? money(decimal, locale()) : "";
    }

    /** An amount in euro as the locale writes it; also for text built in Java ({@link Texts}). */
    public static String money(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(Money.CURRENCY));
        format.setMinimumFractionDigits(Money.SCALE);
        format.setMaximumFractionDigits(Money.SCALE);
        return format.format(amount);
    }

    /** A rate such as 0.85 as {@code 85,00 %}. */
    public String rate(BigDecimal rate) {
        return rate(rate, locale());
    }

    public static String rate(BigDecimal rate, Locale locale) {
        return rate == null ? "" : percent(rate.movePointRight(2), locale);
    }

    /** A percentage such as 85 as {@code 85,00 %}. */
    public String percent(BigDecimal percentage) {
        return percent(percentage, locale());
    }

    private static String percent(BigDecimal percentage, Locale locale) {
        if (percentage == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(percentage) + "\u00a0%";
    }

    public String date(LocalDate date) {
        return date(date, locale());
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern(Texts.get(locale, "format.date"), locale).format(date);
    }

    /** A month with its year, in words ("septembris 2019"), as a chart's figures name it. */
    public String month(java.time.YearMonth month) {
        return month == null ? "" : DateTimeFormatter.ofPattern("LLLL yyyy", locale()).format(month);
    }

    public String period(DateRange range) {
        return period(range, locale());
    }

    public static String period(DateRange range, Locale locale) {
        return range == null ? "" : date(range.start(), locale) + " – " + date(range.end(), locale);
    }

    public String dateTime(Instant instant) {
        return instant == null ? ""
                : DateTimeFormatter.ofPattern(Texts.get(locale(), "format.dateTime"), locale())
                        .format(instant.atZone(ProjectTime.ZONE));
    }

    /**
     * A VAT rate as an invoice names it: {@code 21 %} (Latvian, Lithuanian) or {@code 21%} (English), {@code 5 %},
     * or "reverse charge" in the reader's language.
     */
    public String vatRate(lv.ludza.openup.procurement.VatRate rate) {
        if (rate == null) {
            return "";
        }
        if (rate.getKind().isReverseCharge()) {
            return Texts.get(locale(), "vatKind.REVERSE_CHARGE");
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(2);
        return format.format(rate.getPercent()) + ("en".equals(locale().getLanguage()) ? "%" : " %");
    }

    /** Roles by their names in the reader's language, e.g. for a list's CSV. */
    public String roles(java.util.Collection<? extends Enum<?>> roles) {
        return roles == null ? "" : roles.stream().map(role -> Texts.get(locale(), "role." + role.name())).sorted()
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The date pattern for date pickers, in PrimeFaces' notation. */
    public String datePattern() {
        return Texts.get(locale(), "format.date");
    }

    private Locale locale() {
        return userLocale.getLocale();
    }
}
