package lv.ludza.openup.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import lv.ludza.openup.shared.ServerSettings;
import lv.ludza.openup.shared.StartupLock;

/**
 * A new installation has nobody who could log in: create the administrator {@code admin} with the password
 * IT gives in {@code OPENUP_ADMIN_PASSWORD}, or a random one written once to the server log.
 */
@Singleton
@Startup
@PermitAll
@DependsOn({ "SchemaMigration", "DemoData" })
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    void createWhenNobodyExists() {
        StartupLock.hold(em); // one cluster node creates the administrator; another starting now waits and sees it
        long users = em.createQuery("SELECT COUNT(u) FROM AppUser u", Long.class).getSingleResult();
        if (users > 0) {
            return;
        }
        String password = ServerSettings.initialAdminPassword().orElseGet(FirstAdministrator::randomPassword);
        AppUser admin = new AppUser("admin", "Administrator", PasswordHashes.hash(password.toCharArray()));
        admin.setRoles(EnumSet.of(Role.ADMIN));
        em.persist(admin);
        if (ServerSettings.initialAdminPassword().isPresent()) {
            LOG.warning("Created the first administrator 'admin' with the password from OPENUP_ADMIN_PASSWORD");
        } else {
            LOG.warning("Created the first administrator 'admin' with the one-time password " + password
                    + " : log in and change it.");
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "7";
    }
}
