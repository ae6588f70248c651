package lv.ludza.openup.security;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.audit.HistoryEntry;
import lv.ludza.openup.audit.HistoryService;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.shared.Feedback;

/** The administrator's list of users, with create, edit, (de)activate, reset password and history. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserService users;

    @Inject
    private HistoryService history;

    @Inject
    private LoginService logins;

    private Role[] twoFactorRoles;

    private List<AppUser> all;
    private List<Partner> partners;

    /** The user in the edit dialog; a new one has no id yet. */
    private AppUser selected;
    private String newUsername;
    private String password;
    private List<HistoryEntry> selectedHistory;

    @PostConstruct
    void init() {
        all = users.findAll();
        partners = users.partners();
    }

    public void startNew() {
        selected = null;
        newUsername = null;
        password = null;
        editing = new Draft();
    }

    public void edit(AppUser user) {
        selected = user;
        password = null;
        editing = new Draft(user);
    }

    /** What the dialog edits; copied onto the user only when saving, so cancel leaves the list as it was. */
    private Draft editing = new Draft();

    public void save() {
        boolean isNew = selected == null;
        AppUser target = isNew ? new AppUser(newUsername == null ? "" : newUsername.trim(), "", "-") : selected;
        editing.copyTo(target, partners);
        boolean saved = Feedback.validate(target) && Feedback.attempt(() -> {
            if (isNew) {
                users.create(target, password == null ? new char[0] : password.toCharArray());
            } else {
                users.update(target);
            }
        });
        if (saved) {
            Feedback.info(isNew ? "users.created" : "users.saved", target.getUsername());
            init();
            selected = null;
            org.primefaces.PrimeFaces.current().executeScript("PF('userDialog').hide()");
        } else if (!isNew) {
            // keep the record unchanged in the list; the dialog keeps what the admin typed
            init();
            selected = all.stream().filter(u -> u.getId().equals(target.getId())).findFirst().orElse(null);
        }
    }

    public void toggleActive(AppUser user) {
        Draft draft = new Draft(user);
        draft.active = !user.isActive();
        draft.copyTo(user, partners);
        if (Feedback.attempt(() -> users.update(user))) {
            Feedback.info(user.isActive() ? "users.activated" : "users.deactivated", user.getUsername());
        }
        init();
    }

    /** Whether the account is locked now after failed logins. */
    /** The last login to sort by: never logged in counts as the earliest, so that the latest come first in reverse. */
    public java.time.Instant lastLoginOrder(AppUser user) {
        return user.getLastLoginAt() == null ? java.time.Instant.EPOCH : user.getLastLoginAt();
    }

    public boolean locked(AppUser user) {
        return user.isLockedAt(java.time.Instant.now());
    }

    public void unlock(AppUser user) {
        if (Feedback.attempt(() -> logins.unlock(user.getId()))) {
            Feedback.info("users.unlocked", user.getUsername());
        }
        init();
    }

    public Role[] getTwoFactorRoles() {
        if (twoFactorRoles == null) {
            twoFactorRoles = logins.twoFactorRoles().toArray(new Role[0]);
        }
        return twoFactorRoles;
    }

    public void setTwoFactorRoles(Role[] roles) {
        this.twoFactorRoles = roles;
    }

    public void saveTwoFactorRoles() {
        java.util.Set<Role> chosen = java.util.EnumSet.noneOf(Role.class);
        chosen.addAll(java.util.Arrays.asList(twoFactorRoles == null ? new Role[0] : twoFactorRoles));
        if (Feedback.attempt(() -> logins.requireTwoFactor(chosen))) {
            Feedback.info("users.twoFactorRolesSaved");
        }
    }

    public void startReset(AppUser user) {
        selected = user;
        password = null;
    }

    public void resetPassword() {
        if (Feedback.attempt(() -> users.resetPassword(selected.getId(),
                password == null ? new char[0] : password.toCharArray()))) {
            Feedback.info("users.passwordReset", selected.getUsername());
            password = null;
            org.primefaces.PrimeFaces.current().executeScript("PF('resetDialog').hide()");
        }
    }

    public void showHistory(AppUser user) {
        selected = user;
        selectedHistory = history.historyOf(AppUser.class, user.getId());
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public List<AppUser> getAll() {
        return all;
    }

    public List<Partner> getPartners() {
        return partners;
    }

    public AppUser getSelected() {
        return selected;
    }

    public boolean isCreating() {
        return selected == null;
    }

    public Draft getEditing() {
        return editing;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<HistoryEntry> getSelectedHistory() {
        return selectedHistory;
    }

    /** The editable fields of a user. */
    public static class Draft implements Serializable {

        private static final long serialVersionUID = 1L;

        private String fullName;
        private String email;
        private Role[] roles = new Role[0];
        private Long partnerId;
        private Language language = Language.DEFAULT;
        private boolean active = true;

        Draft() {
        }

        Draft(AppUser user) {
            fullName = user.getFullName();
            email = user.getEmail();
            roles = user.getRoles().toArray(new Role[0]);
            partnerId = user.getPartner() == null ? null : user.getPartner().getId();
            language = user.getLanguage();
            active = user.isActive();
        }

        void copyTo(AppUser user, List<Partner> partners) {
            user.setPartner(partners.stream().filter(p -> p.getId().equals(partnerId)).findFirst().orElse(null));
            user.setFullName(fullName);
            user.setEmail(email);
            Set<Role> chosen = EnumSet.noneOf(Role.class);
            chosen.addAll(List.of(roles));
            user.setRoles(chosen);
            user.setLanguage(language);
            user.setActive(active);
        }

        public String getFullName() {
            return fullName;
        }

        public void setFullName(String fullName) {
            this.fullName = fullName;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public Role[] getRoles() {
            return roles.clone();
        }

        public void setRoles(Role[] roles) {
            this.roles = roles == null ? new Role[0] : roles.clone();
        }

        public Long getPartnerId() {
            return partnerId;
        }

        public void setPartnerId(Long partnerId) {
            this.partnerId = partnerId;
        }

        public Language getLanguage() {
            return language;
        }

        public void setLanguage(Language language) {
            this.language = language;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }
    }
}
