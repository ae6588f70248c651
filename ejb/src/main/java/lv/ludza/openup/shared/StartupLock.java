package lv.ludza.openup.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * What one server of a cluster does once when it starts (the demo data, the first administrator) runs under a row
 * lock of the database every node shares: a node starting at the same moment as another waits until the other's
 * transaction ends, then sees its work. On a single server it costs one statement.
 */
public final class StartupLock {

    /** The row of {@code app_setting} that is locked (migration V30). */
    public static final String KEY = "startup.lock";

    private StartupLock() {
    }

    /** Locks the row until the caller's transaction ends. */
    public static void hold(EntityManager em) {
        if (em.find(Setting.class, KEY, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new IllegalStateException("No row " + KEY + " in app_setting: migration V30 is missing");
        }
    }
}
