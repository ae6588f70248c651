package lv.ludza.openup.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;

import lv.ludza.openup.security.Language;
import lv.ludza.openup.shared.ServerSettings;

/**
 * The application's mails in the reader's language: texts from the mail bundle, one HTML layout
 * ({@code layout.html}, inline styles as mail programs need) and the same content as plain text.
 */
public final class MailTemplates {

    static final String BUNDLE = "lv.ludza.openup.mail.mail";
    private static final String LAYOUT = read("layout.html");

    private MailTemplates() {
    }

    /** A mail's subject and its two parts, and what they were made of (for a screen that shows it). */
    public record Composed(String subject, String text, String html, String intro, List<Section> sections)
            implements java.io.Serializable {
    }

    /** A heading with its lines (and how many more there are than listed). */
    public record Section(String heading, List<Line> lines, int more) implements java.io.Serializable {

        public Section {
            lines = List.copyOf(lines);
        }
    }

    /** A line of a mail, with the address of what it is about (or none). */
    public record Line(String text, String link) implements java.io.Serializable {
    }

    /** The text of a key in the language, {0}... filled in (dates in the language's form). */
    public static String text(Language language, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, language.locale()).getString(key);
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = arguments[i] instanceof LocalDate date ? date(language, date) : arguments[i];
        }
        return new MessageFormat(pattern, language.locale()).format(shown);
    }

    public static String date(Language language, LocalDate date) {
        return DateTimeFormatter.ofPattern(text(language, "format.date"), language.locale()).format(date);
    }

    /** The address of a page of the application, for a link in a mail ({@code /inventory/asset.xhtml?id=5}). */
    public static String link(String path) {
        return ServerSettings.baseUrl() + path;
    }

    /**
     * A mail: greeting, introduction, sections of lines with their links, and the footer saying why the reader gets
     * it and where to change that.
     */
    public static Composed compose(Language language, String subject, String greeting, String intro,
            List<Section> sections, String footer) {
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        text.append(greeting).append("\r\n\r\n").append(intro).append("\r\n");
        html.append("<p style=\"margin:0 0 12px\">").append(escape(greeting)).append("</p>")
                .append("<p style=\"margin:0 0 16px\">").append(escape(intro)).append("</p>");
        for (Section section : sections) {
            text.append("\r\n").append(section.heading()).append("\r\n");
            html.append("<h2 style=\"font-size:16px;margin:20px 0 8px;color:#1f2933\">").append(escape(section.heading()))
                    .append("</h2><ul style=\"margin:0;padding-left:20px\">");
            for (Line line : section.lines()) {
                text.append("- ").append(line.text());
                html.append("<li style=\"margin:0 0 6px\">");
                if (line.link() != null) {
                    text.append("\r\n  ").append(line.link());
                    html.append("<a href=\"").append(escape(line.link())).append("\" style=\"color:#1d4f91\">")
                            .append(escape(line.text())).append("</a>");
                } else {
                    html.append(escape(line.text()));
                }
                text.append("\r\n");
                html.append("</li>");
            }
            if (section.more() > 0) {
                String more = text(language, "mail.more", section.more());
                text.append("- ").append(more).append("\r\n");
                html.append("<li style=\"margin:0 0 6px\">").append(escape(more)).append("</li>");
            }
            html.append("</ul>");
        }
        text.append("\r\n-- \r\n").append(footer).append("\r\n");
        String page = LAYOUT.replace("{lang}", language.code()).replace("{app}", escape(text(language, "mail.app")))
                .replace("{title}", escape(subject)).replace("{footer}", escape(footer)).replace("{body}", html);
        return new Composed(subject, text.toString(), page, intro, List.copyOf(sections));
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String read(String name) {
        try (InputStream in = MailTemplates.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
