package lv.ludza.openup.security;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.project.Partner;

/**
 * What the user may change on the record a page shows, asked of the services once per page and partner
 * ({@link Keepers}): another partner's record shows read-only, without buttons the service would refuse. A new
 * record (no partner yet) follows the role; the service checks the partner chosen when it is saved.
 */
@Named
@ViewScoped
public class Rights implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Keepers keepers;

    @Inject
    private CurrentUser user;

    private final Map<Long, Boolean> money = new HashMap<>();
    private final Map<Long, Boolean> records = new HashMap<>();

    /** Whether the user may change this partner's procurement, invoices, expenditure and reports. */
    public boolean money(Partner partner) {
        if (partner == null || partner.getId() == null) {
            return user.isMoneyKeeper();
        }
        return money.computeIfAbsent(partner.getId(), keepers::money);
    }

    /** Whether the user may change this partner's assets, stock-takes, events, trips and works. */
    public boolean records(Partner partner) {
        if (partner == null || partner.getId() == null) {
            return user.isAdmin() || user.isCoordinator() || user.hasRole(Role.STAFF_ROLE);
        }
        return records.computeIfAbsent(partner.getId(), keepers::records);
    }
}
