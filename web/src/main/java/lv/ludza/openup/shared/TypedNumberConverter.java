package lv.ludza.openup.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.NumberFormat;
import java.util.Locale;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Every number a person types on a screen: amounts ({@code ou:money}), quantities, percentages and counts
 * ({@code ou:number}). Read with {@link TypedNumber} whatever the screen's language (a dot and a comma both mark
 * decimals, spaces group thousands), shown in the language's format. What the field may not hold (a negative
 * amount, more decimals than it keeps, a value out of range) is a message at the field with the user's text left in
 * it: never rounded, never a sign dropped.
 * <p>
 * The input's attributes (set by the tags in {@code WEB-INF/tags}): {@code ou.decimals} (most decimals, 2 for money),
 * {@code ou.min} and {@code ou.max} (inclusive bounds, none when absent), {@code ou.money} (amount texts and thousands
 * grouped on screen), {@code ou.integer} (the bean takes an {@code Integer}).
 */
@FacesConverter("openup.number")
public class TypedNumberConverter implements Converter<Object> {

    /** The largest amount a {@code Money} column (14 digits, 2 decimals) holds. */
    private static final BigDecimal MONEY_MAX = new BigDecimal("999999999999.99");

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        boolean money = flag(component, "ou.money");
        BigDecimal number;
        try {
            number = TypedNumber.parse(value);
        } catch (NumberFormatException e) {
            throw refused(money ? "input.amount.invalid" : "input.number.invalid");
        }
        int decimals = money ? Money.SCALE : integer(component, "ou.decimals", 2);
        BigDecimal min = bound(component, "ou.min");
        BigDecimal max = bound(component, "ou.max");
        if (money && min == null && !flag(component, "ou.negative")) {
            min = BigDecimal.ZERO;
        }
        if (money && max == null) {
            max = MONEY_MAX;
        }
        if (flag(component, "ou.integer") && max == null) {
            max = BigDecimal.valueOf(Integer.MAX_VALUE);
        }
        if (min != null && number.compareTo(min) < 0) {
            throw refused(money && min.signum() == 0 ? "input.amount.negative"
                    : min.signum() == 0 ? "input.number.negative" : "input.number.min", shown(min, context));
        }
        if (max != null && number.compareTo(max) > 0) {
            throw refused(money ? "input.amount.tooLarge" : "input.number.max", shown(max, context));
        }
        if (number.stripTrailingZeros().scale() > decimals) {
            throw refused(money ? "input.amount.decimals" : decimals == 0 ? "input.number.whole" : "input.number.decimals",
                    decimals);
        }
        if (flag(component, "ou.integer")) {
            return number.intValueExact();
        }
        return money ? number.setScale(Money.SCALE) : number.stripTrailingZeros().scale() < 0
                ? number.setScale(0) : number.stripTrailingZeros();
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return text;
        }
        BigDecimal number = value instanceof Money m ? m.amount()
                : value instanceof BigDecimal d ? d
                : value instanceof BigInteger i ? new BigDecimal(i)
                : new BigDecimal(value.toString());
        boolean money = flag(component, "ou.money");
        NumberFormat format = NumberFormat.getNumberInstance(locale(context));
        format.setGroupingUsed(money);
        format.setMinimumFractionDigits(money ? Money.SCALE : 0);
        format.setMaximumFractionDigits(money ? Money.SCALE : Math.max(integer(component, "ou.decimals", 2),
                number.stripTrailingZeros().scale()));
        return format.format(number);
    }

    private static ConverterException refused(String key, Object... arguments) {
        String text = Texts.get(key, arguments);
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    private static String shown(BigDecimal bound, FacesContext context) {
        NumberFormat format = NumberFormat.getNumberInstance(locale(context));
        format.setMaximumFractionDigits(Math.max(0, bound.stripTrailingZeros().scale()));
        return format.format(bound);
    }

    private static Locale locale(FacesContext context) {
        return context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.getDefault();
    }

    private static boolean flag(UIComponent component, String name) {
        Object value = component.getAttributes().get(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }

    private static int integer(UIComponent component, String name, int otherwise) {
        Object value = component.getAttributes().get(name);
        return value == null || value.toString().isBlank() ? otherwise : Integer.parseInt(value.toString().trim());
    }

    private static BigDecimal bound(UIComponent component, String name) {
        Object value = component.getAttributes().get(name);
        return value == null || value.toString().isBlank() ? null : new BigDecimal(value.toString().trim());
    }
}
