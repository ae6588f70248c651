package lv.ludza.openup.shared;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * What the accessibility statement (Directive (EU) 2016/2102, the model of Implementing Decision (EU) 2018/1523)
 * says that is not the same in every installation: when it was prepared and reviewed, and whom to write to about a
 * problem (the system property {@code openup.accessibility.contact}, set by server.cli from the environment variable
 * OPENUP_ACCESSIBILITY_CONTACT: an e-mail address or a service desk).
 */
@Named
@ApplicationScoped
public class AccessibilityStatement {

    /** The self-assessment this statement reports: the axe sweep and the keyboard journeys of the build. */
    private static final LocalDate PREPARED = LocalDate.of(2026, 12, 2);
    private static final LocalDate REVIEWED = LocalDate.of(2026, 12, 2);

    public LocalDate getPrepared() {
        return PREPARED;
    }

    public LocalDate getReviewed() {
        return REVIEWED;
    }

    /** The address to write to, or null when IT has not named one (the statement then names the administrator). */
    public String getContact() {
        String contact = System.getProperty("openup.accessibility.contact", "").strip();
        return contact.isEmpty() ? null : contact;
    }

    /**
     * The contact as HTML, escaped: a mailto link for an e-mail address, else the text; null when IT named none.
     */
    public String getContactHtml() {
        String contact = getContact();
        if (contact == null) {
            return null;
        }
        String text = escape(contact);
        return contact.matches("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+")
                ? "<a href=\"mailto:" + text + "\">" + text + "</a>" : text;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
