package lv.ludza.openup.it;

import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.WebDriver;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * axe-core (Deque) run in the browser on what the user sees: the WCAG 2.0 and 2.1 rules of levels A and AA, which
 * EN 301 549 and the Web Accessibility Directive ask of a public body's web application.
 */
public final class Accessibility {

    public static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    /** The violations on the whole page, one line each: rule, what it asks, where. */
    public static List<String> violations(WebDriver driver) {
        return describe(analyzed(() -> new AxeBuilder().withTags(WCAG_A_AA).analyze(driver)));
    }

    /** The violations inside the element the CSS selector finds (an open dialog). */
    public static List<String> violationsIn(WebDriver driver, String selector) {
        return describe(analyzed(() -> new AxeBuilder().withTags(WCAG_A_AA).include(selector).analyze(driver)));
    }

    /**
     * axe-core's results, run again (up to three times) when it could not run at all: on a machine running several
     * browsers at once Chromium may not answer axe's frame step within its one-second limit ("Timed out receiving
     * message from renderer"), which says nothing about the page.
     */
    private static Results analyzed(java.util.function.Supplier<Results> run) {
        Results results = run.get();
        for (int attempt = 2; attempt <= 3 && failed(results); attempt++) {
            results = run.get();
        }
        return results;
    }

    private static boolean failed(Results results) {
        return results.getErrorMessage() != null && !results.getErrorMessage().isBlank();
    }

    private static List<String> describe(Results results) {
        if (failed(results)) {
            throw new IllegalStateException("axe-core did not run: " + results.getErrorMessage());
        }
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String html = String.valueOf(node.getHtml());
                found.add(rule.getId() + " (" + rule.getHelp() + ") at " + node.getTarget() + ": "
                        + (html.length() > 160 ? html.substring(0, 160) + "…" : html));
            }
        }
        return found;
    }
}
