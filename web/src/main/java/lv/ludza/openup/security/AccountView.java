package lv.ludza.openup.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import lv.ludza.openup.reporting.QrCode;
import lv.ludza.openup.shared.Feedback;

/**
 * The user's own account: change the password, and two-factor login (set up with an authenticator app's QR code,
 * recovery codes shown once, renewed or turned off). A user whose password the administrator set, or whose role
 * requires two-factor login, comes here first and may go on once it is done.
 */
@Named
@ViewScoped
public class AccountView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserService users;

    @Inject
    private LoginService logins;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    private boolean twoFactorOn;
    private Instant twoFactorSince;
    private int recoveryCodesLeft;
    private LoginService.Enrolment enrolment;
    private String code;
    private List<String> recoveryCodes = List.of();
    private String removalPassword;
    private boolean directoryUser;
    private java.time.DayOfWeek[] digestDays;
    private boolean hasEmail;

    @PostConstruct
    void load() {
        AppUser user = users.currentUser();
        directoryUser = user.isDirectoryUser();
        digestDays = user.getDigestDays().toArray(new java.time.DayOfWeek[0]);
        hasEmail = user.getEmail() != null && !user.getEmail().isBlank();
        twoFactorOn = user.hasTwoFactor();
        twoFactorSince = user.getTotpEnrolledAt();
        recoveryCodesLeft = twoFactorOn ? logins.recoveryCodesLeft() : 0;
    }

    /** Saves the weekdays of the daily digest (none: no digest). */
    public void saveDigest() {
        if (Feedback.attempt(() -> users.changeDigestDays(List.of(digestDays)))) {
            Feedback.info(digestDays.length == 0 ? "account.digestOff" : "account.digestSaved");
        }
    }

    public java.time.DayOfWeek[] getWeekdays() {
        return java.time.DayOfWeek.values();
    }

    public java.time.DayOfWeek[] getDigestDays() {
        return digestDays;
    }

    public void setDigestDays(java.time.DayOfWeek[] digestDays) {
        this.digestDays = digestDays == null ? new java.time.DayOfWeek[0] : digestDays;
    }

    public boolean isHasEmail() {
        return hasEmail;
    }

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            Feedback.fieldError("confirmation", "password.mismatch");
            return;
        }
        if (Feedback.attempt(() -> users.changeOwnPassword(currentPassword.toCharArray(), newPassword.toCharArray()))) {
            currentPassword = null;
            newPassword = null;
            confirmation = null;
            LoginMechanism.obligationMet(request(), true, false);
            Feedback.info("account.passwordChanged");
        }
    }

    /** Shows a new secret as a QR code for the authenticator app (nothing changes until a code confirms it). */
    public void startTwoFactor() {
        enrolment = logins.startEnrolment();
        recoveryCodes = List.of();
    }

    public void confirmTwoFactor() {
        if (Feedback.attempt(() -> recoveryCodes = logins.confirmEnrolment(enrolment.secret(), code))) {
            enrolment = null;
            code = null;
            LoginMechanism.obligationMet(request(), false, true);
            load();
            Feedback.info("twoFactor.on");
        }
    }

    public void cancelTwoFactor() {
        enrolment = null;
        code = null;
    }

    public void renewRecoveryCodes() {
        if (Feedback.attempt(() -> recoveryCodes = logins.renewRecoveryCodes())) {
            load();
            Feedback.info("twoFactor.codesRenewed");
        }
    }

    public void removeTwoFactor() {
        char[] password = removalPassword == null ? new char[0] : removalPassword.toCharArray();
        if (Feedback.attempt(() -> logins.removeTwoFactor(password))) {
            removalPassword = null;
            recoveryCodes = List.of();
            load();
            Feedback.info("twoFactor.off");
        }
    }

    /** The recovery codes were noted: they are not shown again. */
    public void codesKept() {
        recoveryCodes = List.of();
    }

    public boolean isPasswordChangeDue() {
        return LoginMechanism.passwordChangeDue(request());
    }

    public boolean isEnrolmentDue() {
        return LoginMechanism.enrolmentDue(request());
    }

    /** The secret's QR code, for the authenticator app to read. */
    public String getQrCode() {
        return enrolment == null ? null : QrCode.dataUri(enrolment.uri());
    }

    /** The secret in groups of four, for typing into an app by hand. */
    public String getSecret() {
        return enrolment == null ? null : enrolment.secret().replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public boolean isEnrolling() {
        return enrolment != null;
    }

    public boolean isTwoFactorOn() {
        return twoFactorOn;
    }

    public Instant getTwoFactorSince() {
        return twoFactorSince;
    }

    public int getRecoveryCodesLeft() {
        return recoveryCodesLeft;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getRemovalPassword() {
        return removalPassword;
    }

    public void setRemovalPassword(String removalPassword) {
        this.removalPassword = removalPassword;
    }

    /** The directory checks this user's password: it is changed there, not here. */
    public boolean isDirectoryUser() {
        return directoryUser;
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
