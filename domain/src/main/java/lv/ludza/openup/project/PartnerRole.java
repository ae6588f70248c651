package lv.ludza.openup.project;

public enum PartnerRole {
    LEAD_PARTNER, PARTNER
}
