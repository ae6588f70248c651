package lv.ludza.openup.procurement;

/** What is bought: it decides which procurement thresholds apply. */
public enum ContractType {
    SUPPLIES, SERVICES, WORKS
}
