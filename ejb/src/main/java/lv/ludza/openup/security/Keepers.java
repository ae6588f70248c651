package lv.ludza.openup.security;

import static lv.ludza.openup.security.Role.ACCOUNTANT_ROLE;
import static lv.ludza.openup.security.Role.ADMIN_ROLE;
import static lv.ludza.openup.security.Role.AUDITOR_ROLE;
import static lv.ludza.openup.security.Role.COORDINATOR_ROLE;
import static lv.ludza.openup.security.Role.STAFF_ROLE;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import lv.ludza.openup.project.Partner;
import lv.ludza.openup.shared.RecordId;

/**
 * For the screens: whether the caller may change a partner's records ({@link PartnerScope}), so that a page shows
 * another partner's record read-only instead of offering buttons the service would refuse.
 */
@Stateless
@RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
public class Keepers {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** Whether the caller may change this partner's procurement, invoices, expenditure and reports. */
    public boolean money(@RecordId(Partner.class) long partnerId) {
        return PartnerScope.mayKeepMoneyOf(em, context, em.find(Partner.class, partnerId));
    }

    /** Whether the caller may change this partner's assets, stock-takes, events, trips and works. */
    public boolean records(@RecordId(Partner.class) long partnerId) {
        return PartnerScope.mayKeepRecordsOf(em, context, em.find(Partner.class, partnerId));
    }
}
