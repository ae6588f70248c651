package lv.ludza.openup.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A user's browser session over plain HTTP (no script): logs in through the login form, chooses the language with
 * the login page's links as a person would, and opens pages and downloads. For sweeps over many pages, where a
 * real browser would take too long.
 */
public final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    /** The field in which PrimeFaces' script sends the page's CSP nonce back with a form (checked on a postback). */
    public static final String NONCE = "primefaces.nonce";

    private final HttpClient http;
    private final String base;

    /** @param base the application's address, e.g. {@code http://127.0.0.1:8080/openup} */
    public WebSession(String base) {
        this.base = base.replaceAll("/$", "");
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A new session of the user, in the language chosen on the login page ({@code lv}, {@code lt}, {@code en}). */
    public static WebSession login(String base, String username, String password, String language) {
        WebSession session = new WebSession(base);
        Page login = session.get("/login.xhtml");
        String link = login.attributeOf("a", "data-lang=\"" + language + "\"", "id");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("languages", "languages");
        form.put("jakarta.faces.ViewState", login.viewState());
        form.put(NONCE, login.nonce());
        form.put(link, link);
        Page chosen = session.post("/login.xhtml", form);
        Page in = session.submitLogin(chosen, username, password);
        if (in.body().contains("id=\"username\"")) {
            throw new IllegalStateException(username + " could not log in");
        }
        return session;
    }

    /** Submits the login page's form with this user name and password; returns the page that follows. */
    public Page submitLogin(Page loginPage, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("username", username);
        form.put("password", password);
        form.put("submit", "submit");
        form.put("jakarta.faces.ViewState", loginPage.viewState());
        form.put(NONCE, loginPage.nonce());
        return post("/login.xhtml", form);
    }

    /**
     * Presses a button of a form by AJAX, as PrimeFaces' script does: the form's fields as given, the page's view
     * state and CSP nonce; the answer is the partial response (XML).
     */
    public Page ajax(Page page, String path, String form, String button, Map<String, String> fields) {
        Map<String, String> request = new LinkedHashMap<>();
        request.put("jakarta.faces.partial.ajax", "true");
        request.put("jakarta.faces.source", button);
        request.put("jakarta.faces.partial.execute", form);
        request.put("jakarta.faces.partial.render", form);
        request.put(button, button);
        request.put(form, form);
        request.putAll(fields);
        request.put("jakarta.faces.ViewState", page.viewState());
        request.put(NONCE, page.nonce());
        String body = request.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The session's cookies as the server set them (name=value; attributes), for tests of their flags. */
    public java.util.List<java.net.HttpCookie> cookies() {
        return ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies();
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Page post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Page(response.statusCode(), response.uri().toString(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back: the status, the address after redirects, the type and the bytes. */
    public record Page(int status, String uri, String contentType, byte[] bytes, Map<String, java.util.List<String>> headers) {

        /** A response header's (first) value, or null. */
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public boolean isHtml() {
            return contentType.startsWith("text/html") || contentType.startsWith("application/xhtml");
        }

        /** The body with the character references resolved ({@code &#352;} is Š), as a reader reads it. */
        public String text() {
            Matcher reference = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(body());
            StringBuilder text = new StringBuilder();
            while (reference.find()) {
                int code = Integer.parseInt(reference.group(2), reference.group(1).isEmpty() ? 10 : 16);
                reference.appendReplacement(text, Matcher.quoteReplacement(new String(Character.toChars(code))));
            }
            reference.appendTail(text);
            return text.toString().replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&nbsp;", "\u00a0").replace("&amp;", "&");
        }

        /** The {@code lang} of the page's {@code html} element. */
        public String lang() {
            Matcher lang = Pattern.compile("<html[^>]*\\slang=\"([^\"]*)\"").matcher(body());
            return lang.find() ? lang.group(1) : null;
        }

        public String viewState() {
            Matcher state = VIEW_STATE.matcher(body());
            if (!state.find()) {
                throw new IllegalStateException("no view state on " + uri);
            }
            return state.group(1);
        }

        /** The CSP nonce of the page, which a postback must send back ({@link WebSession#NONCE}). */
        public String nonce() {
            Matcher nonce = Pattern.compile("csp\\.init\\('([^']+)'").matcher(body());
            if (!nonce.find()) {
                throw new IllegalStateException("no CSP nonce on " + uri);
            }
            return nonce.group(1);
        }

        /** An attribute of the first element of this tag whose attributes contain the marker. */
        public String attributeOf(String tag, String marker, String attribute) {
            Matcher element = Pattern.compile("<" + tag + "\\s[^>]*" + Pattern.quote(marker) + "[^>]*>").matcher(body());
            if (!element.find()) {
                throw new IllegalStateException("no <" + tag + " " + marker + "> on " + uri);
            }
            Matcher value = Pattern.compile("\\s" + attribute + "=\"([^\"]*)\"").matcher(element.group());
            if (!value.find()) {
                throw new IllegalStateException("no " + attribute + " on " + element.group());
            }
            return value.group(1);
        }
    }
}
