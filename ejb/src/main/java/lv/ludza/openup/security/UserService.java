package lv.ludza.openup.security;

import static lv.ludza.openup.security.Role.ACCOUNTANT_ROLE;
import static lv.ludza.openup.security.Role.ADMIN_ROLE;
import static lv.ludza.openup.security.Role.AUDITOR_ROLE;
import static lv.ludza.openup.security.Role.COORDINATOR_ROLE;
import static lv.ludza.openup.security.Role.STAFF_ROLE;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import lv.ludza.openup.project.Partner;
import lv.ludza.openup.shared.Records;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.RecordId;
import lv.ludza.openup.shared.SharedByProjects;

/**
 * Users: the administrator manages them; everybody manages their own password and language.
 */
@Stateless
@RolesAllowed(ADMIN_ROLE)
@SharedByProjects
public class UserService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    public List<AppUser> findAll() {
        return em.createNamedQuery("AppUser.findAll", AppUser.class).getResultList();
    }

    public List<Partner> partners() {
        return em.createNamedQuery("Partner.findAll", Partner.class).getResultList();
    }

    /** Creates a user with a first password the administrator gives them. */
    public AppUser create(@NotNull @Valid AppUser user, @NotNull char[] password) {
        if (find(user.getUsername()).isPresent()) {
            throw RuleViolation.onField("username", "user.username.taken", user.getUsername());
        }
        PasswordPolicy.check("password", password, user.getUsername());
        user.changePasswordHash(PasswordHashes.hash(password));
        user.setPasswordChangeRequired(true); // the administrator knows it: the user chooses their own at first login
        AppUser created = Records.save(em, user);
        SecurityEvents.account("user-created", created.getUsername());
        SecurityEvents.rolesChanged(created.getUsername(), Set.of(), created.getRoles());
        return created;
    }

    /** Saves name, e-mail, roles, partner, language and whether the user may log in. */
    public AppUser update(@NotNull @Valid AppUser user) {
        if (!user.isActive() && user.getUsername().equals(callerName())) {
            throw new RuleViolation("error.cannotDeactivateSelf");
        }
        AppUser before = user.getId() == null ? null : em.find(AppUser.class, user.getId());
        Set<Role> rolesBefore = before == null ? Set.of() : Set.copyOf(before.getRoles());
        if (before != null && before.isDirectoryUser()) {
            user.setRoles(rolesBefore); // the directory's groups give them, at every login
        }
        boolean activeBefore = before != null && before.isActive();
        AppUser saved = Records.save(em, user);
        if (!rolesBefore.equals(Set.copyOf(saved.getRoles()))) {
            SecurityEvents.rolesChanged(saved.getUsername(), rolesBefore, saved.getRoles());
        }
        if (activeBefore != saved.isActive()) {
            SecurityEvents.activeChanged(saved.getUsername(), saved.isActive());
        }
        return saved;
    }

    /** Sets a password the administrator gives the user; the user must choose their own at the next login. */
    public void resetPassword(@RecordId(AppUser.class) long userId, @NotNull char[] password) {
        AppUser user = em.find(AppUser.class, userId);
        if (user == null) {
            throw new RuleViolation("error.recordDeleted");
        }
        if (user.isDirectoryUser()) {
            throw RuleViolation.onField("password", "user.directoryPassword");
        }
        PasswordPolicy.check("password", password, user.getUsername());
        user.changePasswordHash(PasswordHashes.hash(password));
        user.setPasswordChangeRequired(true); // the administrator knows it: the user chooses their own at next login
        user.unlock();
        SecurityEvents.account("password-reset", user.getUsername());
    }

    /** The logged-in user, with their partner. */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
    public AppUser currentUser() {
        AppUser user = find(callerName()).orElseThrow(() -> new RuleViolation("error.recordDeleted"));
        if (user.getPartner() != null) {
            user.getPartner().getShortName(); // load it for the screens
        }
        return user;
    }

    /** Notes the login time and returns the user, so the screens can apply their language. */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
    public AppUser recordLogin() {
        AppUser user = currentUser();
        // the row as it is now, locked: the sessions of two logins at the same moment take turns on it
        em.refresh(user, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (user.getPartner() != null) {
            user.getPartner().getShortName(); // (loaded again by the refresh) for the screens
        }
        user.recordLogin(Instant.now());
        return user;
    }

    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
    public void changeLanguage(@NotNull Language language) {
        currentUser().setLanguage(language);
    }

    /** The weekdays the user gets the daily digest on; none switches it off. */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
    public void changeDigestDays(@NotNull java.util.Collection<java.time.DayOfWeek> days) {
        currentUser().setDigestDays(days);
    }

    /**
     * The user changes their own password; they prove it is them with the current one.
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
    public void changeOwnPassword(@NotNull char[] currentPassword, @NotNull char[] newPassword) {
        AppUser user = currentUser();
        if (user.isDirectoryUser()) {
            throw RuleViolation.onField("currentPassword", "password.directory");
        }
        if (!PasswordHashes.matches(currentPassword, user.getPasswordHash())) {
            throw RuleViolation.onField("currentPassword", "password.currentWrong");
        }
        PasswordPolicy.check("newPassword", newPassword, user.getUsername());
        if (PasswordHashes.matches(newPassword, user.getPasswordHash())) {
            throw RuleViolation.onField("newPassword", "password.same");
        }
        user.changePasswordHash(PasswordHashes.hash(newPassword));
        user.setPasswordChangeRequired(false);
    }

    private Optional<AppUser> find(String username) {
        return em.createNamedQuery("AppUser.findByUsername", AppUser.class)
                .setParameter("username", username == null ? "" : username.toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    private String callerName() {
        return context.getCallerPrincipal().getName();
    }
}
