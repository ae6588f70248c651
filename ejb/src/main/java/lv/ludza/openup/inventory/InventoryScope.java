package lv.ludza.openup.inventory;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;

import lv.ludza.openup.project.Partner;
import lv.ludza.openup.security.AppUser;
import lv.ludza.openup.security.Role;

/** Whose assets a caller may change: the coordinator and administrator everybody's, staff their own partner's. */
final class InventoryScope {

    private InventoryScope() {
    }

    /** @throws EJBAccessException when the caller may not change assets of {@code partner} */
    static void requireAssetsOf(EntityManager em, SessionContext context, Partner partner) {
        if (context.isCallerInRole(Role.ADMIN_ROLE) || context.isCallerInRole(Role.COORDINATOR_ROLE)) {
            return;
        }
        if (context.isCallerInRole(Role.STAFF_ROLE)) {
            Partner own = em.createNamedQuery("AppUser.findByUsername", AppUser.class)
                    .setParameter("username", context.getCallerPrincipal().getName())
                    .getResultStream().map(AppUser::getPartner).findFirst().orElse(null);
            if (own != null && (own.getId().equals(partner.getId()) || own.isSameOrganisationAs(partner))) {
                return;
            }
        }
        throw new EJBAccessException("Not allowed to change assets of partner " + partner.getShortName());
    }
}
