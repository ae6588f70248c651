package lv.ludza.openup.security;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;

import lv.ludza.openup.project.Partner;

/**
 * Whose money a caller may change: the administrator and the coordinator everybody's; an accountant their
 * own partner's, the lead partner's accountant everybody's. Checked in the services, not only in the screens.
 */
public final class PartnerScope {

    private PartnerScope() {
    }

    /** @throws EJBAccessException when the caller may not change records of {@code partner} */
    public static void requireMoneyOf(EntityManager em, SessionContext context, Partner partner) {
        if (context.isCallerInRole(Role.ADMIN_ROLE) || context.isCallerInRole(Role.COORDINATOR_ROLE)) {
            return;
        }
        if (context.isCallerInRole(Role.ACCOUNTANT_ROLE)) {
            Partner own = em.createNamedQuery("AppUser.findByUsername", AppUser.class)
                    .setParameter("username", context.getCallerPrincipal().getName())
                    .getResultStream()
                    .map(AppUser::getPartner)
                    .findFirst()
                    .orElse(null);
            if (own != null && (own.isLead() || own.getId().equals(partner.getId()))) {
                return;
            }
        }
        throw new EJBAccessException("Not allowed to change records of partner " + partner.getShortName());
    }
}
