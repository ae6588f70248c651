package lv.ludza.openup.security;

/** What a user may do; see the architecture's role table. Names are the roles of {@code @RolesAllowed}. */
public enum Role {
    ADMIN, COORDINATOR, STAFF, ACCOUNTANT, AUDITOR;

    public static final String ADMIN_ROLE = "ADMIN";
    public static final String COORDINATOR_ROLE = "COORDINATOR";
    public static final String STAFF_ROLE = "STAFF";
    public static final String ACCOUNTANT_ROLE = "ACCOUNTANT";
    public static final String AUDITOR_ROLE = "AUDITOR";
}
