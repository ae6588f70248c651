package lv.ludza.openup.security;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.Attributes;

import lv.ludza.openup.project.Partner;

/**
 * What a login through the municipality's directory tells about the user (wildfly-config/cli/ldap.cli maps the
 * directory's attributes and groups): the roles its groups give, the display name and e-mail, and the partner
 * organisation a group names ({@code OPENUP_LDAP_PARTNER_GROUPS}: group = registration number or legal name).
 */
final class Directory {

    /** The system property ldap.cli sets from {@code OPENUP_LDAP_PARTNER_GROUPS}. */
    static final String PARTNER_GROUPS = "openup.ldap.partner-groups";

    private Directory() {
    }

    /** The application's roles the identity has (the domain's role mapper made them of the directory's groups). */
    static Set<Role> roles(SecurityIdentity identity) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (identity.getRoles().contains(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }

    static String name(SecurityIdentity identity) {
        String display = first(identity, "displayName");
        return display != null ? display : first(identity, "cn");
    }

    static String email(SecurityIdentity identity) {
        return first(identity, "mail");
    }

    /**
     * The partner of the organisation the first of the user's groups with a mapping names, or null when none does
     * (the administrator's choice then stays). Any partner row of the organisation will do: the scope of a user is
     * their organisation (registration number or legal name), in every project it takes part in.
     */
    static Partner partner(EntityManager em, SecurityIdentity identity) {
        Map<String, String> mapping = partnerGroups(System.getProperty(PARTNER_GROUPS, ""));
        for (String group : identity.getAttributes().get("groups")) {
            String organisation = mapping.get(group.toLowerCase(java.util.Locale.ROOT));
            if (organisation != null) {
                return em.createQuery("SELECT p FROM Partner p WHERE p.registrationNumber = :organisation"
                        + " OR p.legalName = :organisation ORDER BY p.id", Partner.class)
                        .setParameter("organisation", organisation).setMaxResults(1).getResultStream()
                        .findFirst().orElse(null);
            }
        }
        return null;
    }

    /**
     * {@code OpenUp-Ludza=90000024332; OpenUp-Rokiskis=Rokiškio rajono savivaldybės biblioteka}: group (any case) to
     * the organisation's registration number or legal name.
     */
    static Map<String, String> partnerGroups(String setting) {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String pair : setting.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                mapping.put(pair.substring(0, equals).strip().toLowerCase(java.util.Locale.ROOT),
                        pair.substring(equals + 1).strip());
            }
        }
        return mapping;
    }

    private static String first(SecurityIdentity identity, String attribute) {
        Attributes.Entry values = identity.getAttributes().get(attribute);
        return values.isEmpty() ? null : values.get(0);
    }
}
