package lv.ludza.openup.inventory;

import java.io.Serializable;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.security.CurrentUser;
import lv.ludza.openup.security.Role;

/** Whether the screens offer changing the inventory (the services check it again, per partner). */
@Named
@SessionScoped
public class InventoryRights implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser user;

    public boolean isKeeper() {
        return user.hasRole(Role.ADMIN_ROLE) || user.hasRole(Role.COORDINATOR_ROLE) || user.hasRole(Role.STAFF_ROLE);
    }

    public boolean isCoordinator() {
        return user.hasRole(Role.ADMIN_ROLE) || user.hasRole(Role.COORDINATOR_ROLE);
    }
}
