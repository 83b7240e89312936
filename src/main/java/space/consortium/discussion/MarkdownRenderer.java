package space.consortium.discussion;

import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Renders the Markdown subset of comments to HTML in two guarded steps: commonmark with raw HTML escaped and unsafe
 * link targets dropped, then the OWASP Java HTML Sanitizer with an allow-list of formatting elements, {@code href}
 * only on links, and only {@code http}, {@code https} and {@code mailto} URLs. Even if the first step let something
 * through, no script, style, event handler or {@code javascript:} link survives the second.
 */
public final class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(List.of("p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "a",
                    "h3", "h4", "h5", "h6", "hr", "del").toArray(String[]::new))
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    /** Comments' allow-list and the headings of a whole document. */
    private static final PolicyFactory GUIDE_POLICY = POLICY.and(new HtmlPolicyBuilder()
            .allowElements("h1", "h2").toFactory());

    private MarkdownRenderer() {
    }

    /** Safe HTML for a whole Markdown document (a user guide): as {@link #render}, with its headings of every level. */
    public static String renderDocument(String markdown) {
        return GUIDE_POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }

    /** Safe HTML for the Markdown text. */
    public static String render(String markdown) {
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }
}
