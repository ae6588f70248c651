package lv.ludza.openup.security;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBContext;
import jakarta.persistence.EntityManager;

import lv.ludza.openup.project.Country;
import lv.ludza.openup.project.Partner;

/**
 * Whose records a caller may change, within the projects they see ({@link ProjectScope}); checked in the services,
 * and asked by the screens so that they offer only what the caller may do on a record. The administrator and the
 * coordinator change everybody's. A partner is an organisation in one project: the same municipality in another
 * project is another partner row of the same organisation ({@link Partner#isSameOrganisationAs}).
 * <ul>
 * <li><b>money</b> (procurement, invoices, expenditure, reports): an accountant their own organisation's, and the
 * accountant of a project's lead partner every partner's of that project;
 * <li><b>records</b> (assets, events, trips, works): staff their own organisation's.
 * </ul>
 */
public final class PartnerScope {

    private PartnerScope() {
    }

    /** Whether the caller may change the money of this partner. */
    public static boolean mayKeepMoneyOf(EntityManager em, EJBContext context, Partner partner) {
        if (everybodys(context)) {
            return true;
        }
        if (partner == null || !context.isCallerInRole(Role.ACCOUNTANT_ROLE)) {
            return false;
        }
        Partner own = own(em, context);
        if (own == null) {
            return false;
        }
        Partner lead = partner.getProject().getLeadPartner();
        return own.isSameOrganisationAs(partner) || lead != null && own.isSameOrganisationAs(lead);
    }

    /** Whether the caller may change this partner's assets, events, trips and works. */
    public static boolean mayKeepRecordsOf(EntityManager em, EJBContext context, Partner partner) {
        if (everybodys(context)) {
            return true;
        }
        if (partner == null || !context.isCallerInRole(Role.STAFF_ROLE)) {
            return false;
        }
        Partner own = own(em, context);
        return own != null && own.isSameOrganisationAs(partner);
    }

    /**
     * @throws AccessRefused when an accountant may not change this partner's money (another partner's)
     * @throws EJBAccessException when the caller's role does not keep money at all
     */
    public static void requireMoneyOf(EntityManager em, EJBContext context, Partner partner) {
        if (!mayKeepMoneyOf(em, context, partner)) {
            throw refusal(context.isCallerInRole(Role.ACCOUNTANT_ROLE), partner);
        }
    }

    /**
     * @throws AccessRefused when staff may not change this partner's records (another partner's)
     * @throws EJBAccessException when the caller's role does not keep such records at all
     */
    public static void requireRecordsOf(EntityManager em, EJBContext context, Partner partner) {
        if (!mayKeepRecordsOf(em, context, partner)) {
            throw refusal(context.isCallerInRole(Role.STAFF_ROLE), partner);
        }
    }

    /**
     * Whether the caller keeps a country's reference data (procurement thresholds, per-diem tables): the
     * administrator and the coordinator every country's, an accountant their own partner's country's, and the lead
     * partner's accountants every country's.
     */
    public static boolean keepsCountry(EntityManager em, EJBContext context, Country country) {
        if (everybodys(context)) {
            return true;
        }
        if (!context.isCallerInRole(Role.ACCOUNTANT_ROLE)) {
            return false;
        }
        Partner own = own(em, context);
        return own != null && (own.isLead() || own.getCountry() == country);
    }

    /**
     * @throws AccessRefused when an accountant keeps another country's reference data ({@link #keepsCountry})
     * @throws EJBAccessException when the caller's role keeps none
     */
    public static void requireCountry(EntityManager em, EJBContext context, Country country) {
        if (keepsCountry(em, context, country)) {
            return;
        }
        if (own(em, context) != null && context.isCallerInRole(Role.ACCOUNTANT_ROLE)) {
            throw AccessRefused.otherCountry(country.name());
        }
        throw new EJBAccessException("Not allowed to keep the reference data of " + country);
    }

    private static EJBAccessException refusal(boolean roleKeepsOwn, Partner partner) {
        if (roleKeepsOwn && partner != null) {
            return AccessRefused.otherPartner(partner.getShortName());
        }
        return new EJBAccessException("Not allowed to change records of partner "
                + (partner == null ? "?" : partner.getShortName()));
    }

    private static boolean everybodys(EJBContext context) {
        return context.isCallerInRole(Role.ADMIN_ROLE) || context.isCallerInRole(Role.COORDINATOR_ROLE);
    }

    /** The caller's own partner, or null for none (the auditor). */
    public static Partner own(EntityManager em, EJBContext context) {
        return em.createNamedQuery("AppUser.findByUsername", AppUser.class)
                .setParameter("username", context.getCallerPrincipal().getName()).getResultStream()
                .map(AppUser::getPartner).filter(p -> p != null).findFirst().orElse(null);
    }
}
