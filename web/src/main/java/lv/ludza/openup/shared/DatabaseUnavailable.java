package lv.ludza.openup.shared;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database could not be reached (stopped, restarting, the network down), not that
 * something was wrong with what was saved: the user is told so and keeps their input, to save again in a moment
 * (the pool validates each connection it hands out, so the next request after the database is back works).
 */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")
                    || cause.getClass().getName().equals("jakarta.resource.ResourceException")
                            && String.valueOf(cause.getMessage()).contains("IJ000453")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
