package lv.ludza.openup.project;

/**
 * The cost categories of Interreg 2014–2020. Office and administration is a flat rate of staff costs: it is
 * computed, never typed.
 */
public enum CostCategory {
    STAFF, OFFICE_ADMINISTRATION, TRAVEL_ACCOMMODATION, EXTERNAL_EXPERTISE, EQUIPMENT, INFRASTRUCTURE_WORKS;

    public boolean isFlatRate() {
        return this == OFFICE_ADMINISTRATION;
    }
}
