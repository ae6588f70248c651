package lv.ludza.openup.audit;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.ejb.EJBContext;

/**
 * The name of the user on whose behalf the current transaction runs. Every write goes through an EJB, so
 * the EJB context knows the caller; outside one (start-up jobs) the change is made by {@link #SYSTEM}.
 */
public final class Caller {

    public static final String SYSTEM = "system";
    private static final String ANONYMOUS = "anonymous";

    private Caller() {
    }

    public static String name() {
        try {
            EJBContext context = (EJBContext) new InitialContext().lookup("java:comp/EJBContext");
            String name = context.getCallerPrincipal().getName();
            return name == null || ANONYMOUS.equals(name) ? SYSTEM : name;
        } catch (NamingException | IllegalStateException e) {
            return SYSTEM;
        }
    }
}
