package lv.ludza.openup.project;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lv.ludza.openup.shared.Money;

/**
 * A project's planned budget as a table: partners × cost categories, with the office and administration
 * flat rate computed per partner (rounded to the cent) and totals per partner, per category and overall.
 */
public final class Budget implements Serializable {

    private static final long serialVersionUID = 1L;

    private final BigDecimal officeFlatRate;
    private final Map<Long, Map<CostCategory, Money>> byPartner = new LinkedHashMap<>();

    /**
     * @param partners the rows, in display order
     * @param planned  planned amounts by partner id and category (office and administration is ignored: computed)
     */
    public Budget(List<Partner> partners, Map<Long, Map<CostCategory, Money>> planned, BigDecimal officeFlatRate) {
        this.officeFlatRate = officeFlatRate;
        for (Partner partner : partners) {
            Map<CostCategory, Money> row = new EnumMap<>(CostCategory.class);
            Map<CostCategory, Money> given = planned.getOrDefault(partner.getId(), Map.of());
            for (CostCategory category : CostCategory.values()) {
                row.put(category, category.isFlatRate() ? Money.ZERO : given.getOrDefault(category, Money.ZERO));
            }
            row.put(CostCategory.OFFICE_ADMINISTRATION, row.get(CostCategory.STAFF).times(officeFlatRate));
            byPartner.put(partner.getId(), Collections.unmodifiableMap(row));
        }
    }

    public BigDecimal getOfficeFlatRate() {
        return officeFlatRate;
    }

    public Money amount(long partnerId, CostCategory category) {
        return byPartner.getOrDefault(partnerId, Map.of()).getOrDefault(category, Money.ZERO);
    }

    public Money partnerTotal(long partnerId) {
        return byPartner.getOrDefault(partnerId, Map.of()).values().stream().reduce(Money.ZERO, Money::plus);
    }

    public Money categoryTotal(CostCategory category) {
        return byPartner.values().stream().map(row -> row.get(category)).reduce(Money.ZERO, Money::plus);
    }

    public Money total() {
        return byPartner.keySet().stream().map(this::partnerTotal).reduce(Money.ZERO, Money::plus);
    }
}
