package lv.ludza.openup.procurement;

/** What is bought: it decides which procurement thresholds apply. */
public enum ContractType {
    SUPPLIES, SERVICES, WORKS;

    /** What kind of contract buys the costs of a budget category (none for staff and flat-rate costs). */
    public static java.util.Optional<ContractType> buying(lv.ludza.openup.project.CostCategory category) {
        return java.util.Optional.ofNullable(switch (category) {
            case EQUIPMENT -> SUPPLIES;
            case INFRASTRUCTURE_WORKS -> WORKS;
            case EXTERNAL_EXPERTISE, TRAVEL_ACCOMMODATION -> SERVICES;
            case STAFF, OFFICE_ADMINISTRATION -> null;
        });
    }
}
