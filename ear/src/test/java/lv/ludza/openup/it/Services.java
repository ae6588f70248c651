package lv.ludza.openup.it;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Looks up the application's EJBs by their portable JNDI names, from a test running inside the EAR. */
public final class Services {

    private Services() {
    }

    public static <T> T lookup(Class<T> type) {
        try {
            return type.cast(InitialContext.doLookup("java:global/openup/openup-ejb/" + type.getSimpleName()));
        } catch (NamingException e) {
            throw new IllegalStateException("No EJB " + type.getName(), e);
        }
    }
}
