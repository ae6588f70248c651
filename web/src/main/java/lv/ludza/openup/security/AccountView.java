package lv.ludza.openup.security;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.shared.Feedback;

/** The user's own account: change password. */
@Named
@ViewScoped
public class AccountView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserService users;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            Feedback.fieldError("confirmation", "password.mismatch");
            return;
        }
        if (Feedback.attempt(() -> users.changeOwnPassword(currentPassword.toCharArray(), newPassword.toCharArray()))) {
            currentPassword = null;
            newPassword = null;
            confirmation = null;
            Feedback.info("account.passwordChanged");
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
