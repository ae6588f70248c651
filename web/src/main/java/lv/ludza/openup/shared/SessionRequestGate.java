package lv.ludza.openup.shared;

import java.io.IOException;
import java.io.Serializable;
import java.util.TreeSet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Lets the page requests of one session (a user with many tabs, a script) run a few at a time, in the order they came,
 * so that none loses its view while it is rendered.
 * <p>
 * Why: Faces keeps the {@code @ViewScoped} beans of a session's latest views in one map per session, of
 * {@code com.sun.faces.numberOfActiveViewMaps} views (web.xml); each new view pushes the eldest out and destroys its
 * beans, even while that view's own request is still rendering. A page whose bean was destroyed between its view
 * action and its rendering gets a new, empty bean and ends on the error page (a report page had a
 * NullPointerException for 25 of 1,878 requests at 20 in parallel on one session, 742 of 3,161 at 50). A larger map
 * alone only moves the limit; this gate bounds how many views a session can open while any of its requests is in
 * progress: at most {@value #AT_ONCE} requests at once, and none starts more than {@value #WINDOW} requests after the
 * oldest one still running. A request opens at most two views (its page and an error page), so while it runs at most
 * 2 × ({@value #WINDOW} + {@value #AT_ONCE}) = 96 others are opened: fewer than the map's 100, it keeps its own.
 * <p>
 * Only the pages pass the gate (not the static resources, exports or downloads); a request without a session is not
 * held. A request that waited {@value #LONGEST_WAIT_MS} ms goes ahead rather than fail.
 */
@WebFilter(filterName = "SessionRequestGate", urlPatterns = "*.xhtml")
public class SessionRequestGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Requests of one session rendered at once: more gain nothing on the server's few cores. */
    static final int AT_ONCE = 8;
    /** How many requests may start after the oldest one still running. */
    static final int WINDOW = 40;
    static final long LONGEST_WAIT_MS = 60_000;

    private static final String ATTRIBUTE = SessionRequestGate.class.getName();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session == null) {
            chain.doFilter(request, response);
            return;
        }
        Turns turns = turns(session);
        long ticket = turns.enter();
        try {
            chain.doFilter(request, response);
        } finally {
            turns.leave(ticket);
        }
    }

    private static Turns turns(HttpSession session) {
        Object turns = session.getAttribute(ATTRIBUTE);
        if (turns instanceof Turns t) {
            return t;
        }
        synchronized (Turns.class) {
            turns = session.getAttribute(ATTRIBUTE);
            if (!(turns instanceof Turns)) {
                turns = new Turns();
                session.setAttribute(ATTRIBUTE, turns);
            }
            return (Turns) turns;
        }
    }

    /** The session's requests: tickets in the order they came, and the ones running. */
    static final class Turns implements Serializable {

        private static final long serialVersionUID = 1L;

        private long issued;
        /** The ticket whose turn it is to start. */
        private long next;
        private final TreeSet<Long> running = new TreeSet<>();
        /** Tickets that went ahead after waiting too long, before their turn. */
        private final TreeSet<Long> wentAhead = new TreeSet<>();

        /** Waits for this request's turn; returns its ticket. */
        synchronized long enter() {
            long ticket = issued++;
            long deadline = System.currentTimeMillis() + LONGEST_WAIT_MS;
            try {
                while (!mayStart(ticket)) {
                    long left = deadline - System.currentTimeMillis();
                    if (left <= 0) {
                        break;
                    }
                    wait(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.add(ticket);
            if (ticket == next) {
                next++;
                while (wentAhead.remove(next)) {
                    next++;
                }
            } else {
                wentAhead.add(ticket);
            }
            notifyAll(); // the next in line may start now
            return ticket;
        }

        private boolean mayStart(long ticket) {
            return ticket == next && running.size() < AT_ONCE && (running.isEmpty() || ticket - running.first() < WINDOW);
        }

        synchronized void leave(long ticket) {
            running.remove(ticket);
            notifyAll();
        }
    }
}
