package space.consortium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every page the navigation reaches, signed in as an administrator so that every form shows: none scrolls sideways at
 * 390 px (a phone) or 1366 px (a laptop), and axe-core finds no serious or critical accessibility violation on it
 * (WCAG 2.1 A and AA rules).
 *
 * <p>The crawl starts at the dashboard and a few result pages (a computed allocation, a solved coalition, a relay
 * plan), follows every same-site link and opens one page of each kind: {@code /partners/esa} stands for every partner,
 * {@code /projects/iss/risks/3} for every risk.
 */
class EveryPageBrowserTests extends ChromiumPages {

    private static final int MAX_PAGES = 150;

    /** Result pages that no plain link reaches (their forms are GET forms). */
    private static final List<String> SEEDS = List.of("/", "/projects/iss",
            "/projects/iss/cost-sharing?compute=1",
            "/projects/iss/cost-sharing?model=airport&player=nasa&player=esa&compute=1",
            "/teaming?solve=1&objective=min-cost&cap0=robotic-arm&trl0=9&red0=2&qty0=1&cap1=heavy-lift&trl1=9&red1=1&qty1=1",
            "/relay", "/risk/fleet", "/insights", "/audit");

    /** Path segments whose next segment is a record's id. */
    private static final Set<String> COLLECTIONS = Set.of("partners", "projects", "agreements", "risks", "contributions",
            "credits", "partner-capabilities", "users", "runs", "proposals", "claims", "policies", "tokens");

    private static final Pattern SKIP = Pattern.compile(
            "^/(api|v3|swagger-ui|actuator|webjars|css|js|images|logout|login|error)(/.*)?$|\\.(csv|json|xlsx|svg|png|xml|ico)$"
                    + "|^/swagger-ui\\.html$|/fragment$");

    @Test
    void noPageScrollsSidewaysAndNoneHasSeriousAccessibilityViolations() throws IOException {
        String axe = axeSource();
        signIn("crawl-admin", true);
        ((JavascriptExecutor) browser).executeScript("return 1");
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));

        Map<String, String> kinds = new LinkedHashMap<>(); // kind -> the one URL opened for it
        Deque<String> queue = new ArrayDeque<>(SEEDS);
        List<String> sideways = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        while (!queue.isEmpty() && kinds.size() < MAX_PAGES) {
            String path = queue.poll();
            String kind = kind(path);
            if (kinds.containsKey(kind)) {
                continue;
            }
            kinds.put(kind, path);

            browser.manage().window().setSize(new Dimension(1366, 900));
            open(path);
            String landed = URI.create(browser.getCurrentUrl()).getRawPath();
            if (!landed.equals(URI.create(path).getRawPath())) {
                continue; // a redirect: the page it lands on is crawled as its own kind
            }
            for (String link : links()) {
                if (!kinds.containsKey(kind(link))) {
                    queue.add(link);
                }
            }
            overflow(path, 1366).ifPresent(sideways::add);
            violations.addAll(axe(path, axe));

            browser.manage().window().setSize(new Dimension(390, 900));
            open(path);
            overflow(path, 390).ifPresent(sideways::add);
        }

        assertThat(kinds).as("pages reached").hasSizeGreaterThan(25);
        assertThat(kinds.keySet()).as("kinds of page reached").contains("/partners/*", "/projects/*",
                "/agreements/*", "/projects/*/risks/*", "/teaming/catalogue", "/relay", "/insights");
        assertThat(sideways).as("pages that scroll sideways (of %d: %s)", kinds.size(), kinds.values()).isEmpty();
        assertThat(violations).as("serious or critical axe-core violations (of %d pages)", kinds.size()).isEmpty();
    }

    /** One page per kind: a record id after a collection name is a wildcard; seeds with a query keep theirs. */
    static String kind(String pathAndQuery) {
        URI uri = URI.create(pathAndQuery);
        String[] segments = uri.getRawPath().split("/");
        StringBuilder kind = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            boolean id = COLLECTIONS.contains(segments[i - 1]) && !segments[i].equals("new")
                    && !(segments[i - 1].equals("projects") && i > 2);
            kind.append('/').append(id ? "*" : segments[i]);
        }
        String path = kind.isEmpty() ? "/" : kind.toString();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private void open(String path) {
        browser.get(url(path));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        // charts draw after ECharts has loaded
        try {
            Thread.sleep(400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Same-site page links of the current page, without query or fragment. */
    @SuppressWarnings("unchecked")
    private List<String> links() {
        List<String> hrefs = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('a[href]')).filter(a => !a.hasAttribute('download'))"
                        + ".map(a => a.href)");
        Set<String> paths = new TreeSet<>();
        String origin = url("");
        for (String href : hrefs) {
            if (!href.startsWith(origin)) {
                continue;
            }
            String path = URI.create(href).getRawPath();
            if (path == null || path.isEmpty() || SKIP.matcher(path).find()) {
                continue;
            }
            paths.add(path);
        }
        return List.copyOf(paths);
    }

    /** The page's width beyond the window, with the widest elements that stick out, if it scrolls sideways. */
    private java.util.Optional<String> overflow(String path, int width) {
        Object result = ((JavascriptExecutor) browser).executeScript("""
                const doc = document.documentElement;
                if (doc.scrollWidth <= window.innerWidth) return null;
                const out = [];
                for (const el of document.querySelectorAll('body *')) {
                  const r = el.getBoundingClientRect();
                  if (r.right > window.innerWidth + 1 && r.width > 0
                      && !Array.from(el.children).some(c => c.getBoundingClientRect().right > window.innerWidth + 1)) {
                    out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                        + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                        + ' (right ' + Math.round(r.right) + ')');
                  }
                  if (out.length >= 4) break;
                }
                return doc.scrollWidth + ' px wide in ' + window.innerWidth + ': ' + out.join(', ');
                """);
        return java.util.Optional.ofNullable(result).map(r -> path + " at " + width + " px: " + r);
    }

    /** Runs axe-core on the current page: its serious and critical violations, as "rule on page: targets". */
    @SuppressWarnings("unchecked")
    private List<String> axe(String path, String axe) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axe);
        List<Map<String, Object>> found = (List<Map<String, Object>>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},
                                   resultTypes: ['violations']})
                  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => ({id: v.id, impact: v.impact,
                                  targets: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' — ' + (n.failureSummary || '').split('\\n').slice(1, 2).join('')).join(' | '),
                                  count: v.nodes.length}))))
                  .catch(e => done([{id: 'axe-error', impact: 'critical', targets: String(e), count: 1}]));
                """);
        List<String> out = new ArrayList<>();
        for (Map<String, Object> v : found) {
            out.add(v.get("id") + " (" + v.get("impact") + ", " + v.get("count") + "×) on " + path + ": " + v.get("targets"));
        }
        return out;
    }

    private static String axeSource() throws IOException {
        try (InputStream in = EveryPageBrowserTests.class.getResourceAsStream("/axe/axe.min.js")) {
            assertThat(in).as("axe-core on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
