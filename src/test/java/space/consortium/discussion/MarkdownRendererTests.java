package space.consortium.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Markdown subset renders; every known XSS vector comes out inert. */
class MarkdownRendererTests {

    @Test
    void theMarkdownSubsetRenders() {
        String html = MarkdownRenderer.render("**bold** and *italic* and `code`\n\n- one\n- two\n\n> quoted\n\n"
                + "[ESA](https://esa.int)");
        assertThat(html).contains("<strong>bold</strong>", "<em>italic</em>", "<code>code</code>", "<li>one</li>",
                "<blockquote>", "href=\"https://esa.int\"", "nofollow", "noopener");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert('xss')</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<svg onload=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "![x](javascript:alert(1))",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    })
    void noScriptHandlerOrJavascriptLinkSurvives(String payload) {
        String html = MarkdownRenderer.render(payload).toLowerCase();
        // whatever is left is text (escaped), never an element, attribute or link target
        assertThat(html).doesNotContain("<script", "<img", "<svg", "<iframe", "<div", "onerror=", "onload=",
                "style=", "src=").doesNotContainPattern("href=\"\\s*(javascript|data):");
    }

    @Test
    void rawHtmlIsShownAsTextNotDropped() {
        assertThat(MarkdownRenderer.render("<script>alert(1)</script>")).contains("&lt;script&gt;");
    }
}
