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
import java.math.BigDecimal;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import space.consortium.discussion.DiscussionService;
import space.consortium.risk.Risk;
import space.consortium.risk.RiskRequest;
import space.consortium.risk.RiskService;

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
            "/projects/iss/cost-sharing?model=airport&player=nasa&player=esa&player=jaxa&player=csa&need.nasa=18"
                    + "&need.esa=11&need.jaxa=13&need.csa=8&amount=93750000&compute=1",
            "/teaming?solve=1&objective=min-cost&cap0=robotic-arm&trl0=9&red0=2&qty0=1&cap1=launch-heavy&trl1=9&red1=1&qty1=1&cap2=life-support&trl2=9&red2=1&qty2=1",
            "/relay", "/relay?orbiter=mro&orbiter=odyssey&orbiter=tgo&orbiter=maven&orbiter=mex&lander=curiosity"
                    + "&lander=perseverance&lose=tgo&days=2",
            "/risk/fleet", "/insights", "/audit", "/docs/risk-jcl");

    /** Path segments whose next segment is a record's id. */
    private static final Set<String> COLLECTIONS = Set.of("partners", "projects", "agreements", "risks", "contributions",
            "credits", "partner-capabilities", "users", "runs", "proposals", "claims", "policies", "tokens", "assets",
            "exchange-rates");

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private static final Pattern SKIP = Pattern.compile(
            "^/(api|v3|swagger-ui|actuator|webjars|css|js|images|logout|login|error)(/.*)?$|\\.(csv|json|xlsx|svg|png|xml|ico)$"
                    + "|^/swagger-ui\\.html$|/fragment$");

    @Autowired RiskService risks;
    @Autowired DiscussionService discussion;

    @Test
    void noPageScrollsSidewaysAndNoneHasSeriousAccessibilityViolations() throws IOException {
        String axe = axeSource();
        seedRecordsOfEveryKind();
        signIn("crawl-admin", true);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        List<String> sideways = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        List<String> unfinished = new ArrayList<>();

        // a JCL run's results are the answer to a form: run the example plan, then check the page as it stands
        browser.get(url("/projects/iss/schedule"));
        if (!browser.findElements(By.id("load-example")).isEmpty()) { // another test may have stored a plan already
            browser.findElement(By.id("load-example")).submit();
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("jcl-run")));
        WebElement trials = browser.findElement(By.id("trials"));
        trials.clear();
        trials.sendKeys("1000");
        browser.findElement(By.id("jcl-run")).submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("jcl-value")));
        sleep(800);
        String jcl = "/projects/iss/schedule (after a run)";
        overflow(jcl, 1366).ifPresent(sideways::add);
        violations.addAll(axe(jcl, axe));
        browser.manage().window().setSize(new Dimension(390, 900));
        sleep(500);
        overflow(jcl, 390).ifPresent(sideways::add);

        Map<String, String> kinds = new LinkedHashMap<>(); // kind -> the one URL opened for it
        Deque<String> queue = new ArrayDeque<>(SEEDS);
        while (!queue.isEmpty() && kinds.size() < MAX_PAGES) {
            String path = queue.poll();
            String kind = kind(path);
            if (kinds.containsKey(kind)) {
                continue;
            }
            kinds.put(kind, path);

            browser.manage().window().setSize(new Dimension(1366, 900));
            if (!open(path)) {
                unfinished.add(path);
                continue;
            }
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
            wholePage("every-page/" + slug(path) + "-1366", 1366);

            browser.manage().window().setSize(new Dimension(390, 900));
            if (!open(path)) {
                unfinished.add(path + " at 390 px");
                continue;
            }
            overflow(path, 390).ifPresent(sideways::add);
            wholePage("every-page/" + slug(path) + "-390", 390);
        }

        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(unfinished).as("pages that did not finish loading in 90 s").isEmpty();
            soft.assertThat(sideways).as("pages that scroll sideways (of %d: %s)", kinds.size(), kinds.values()).isEmpty();
            soft.assertThat(violations).as("serious or critical axe-core violations (of %d pages)", kinds.size()).isEmpty();
            soft.assertThat(kinds).as("pages reached").hasSizeGreaterThan(30);
            soft.assertThat(kinds.keySet()).as("kinds of page reached").contains("/partners/*", "/projects/*",
                    "/agreements/*", "/projects/*/risks/*", "/projects/*/risks/*/edit", "/teaming/catalogue", "/relay",
                    "/insights", "/insights/claims", "/projects/*/discussion", "/admin/users", "/audit");
        });
    }

    /** A risk rated twice (so that it has a trend) with a Markdown mitigation, and a comment with a quote. */
    private void seedRecordsOfEveryKind() {
        Risk risk = risks.create("iss", riskRequest(3, null));
        risks.update("iss", risk.id(), riskRequest(2, risk.version()));
        discussion.post("iss", null, "> Quoted from the review board\n\nAgreed: **Columbus** first.");
    }

    private static RiskRequest riskRequest(int likelihood, @Nullable Long version) {
        return new RiskRequest("Cargo gap after a launcher failure", "only one vehicle family carries cargo",
                "the crew reserve falls below 45 days", "nasa", "schedule", likelihood, 4, "mitigate", null,
                "Fly a second vehicle:\n\n- **Cygnus** on Atlas V\n- Dragon as a backup", List.of(),
                new BigDecimal("0.3"), new RiskRequest.Impact(BigDecimal.TEN, new BigDecimal("20"), new BigDecimal("60")),
                new RiskRequest.CostImpact(new BigDecimal("1000000"), new BigDecimal("2000000"), new BigDecimal("5000000")),
                "crawl", "seeded for the every-page test", version);
    }

    /** A screenshot of the whole page (the window made as tall as the page, up to 6,000 px), to look at. */
    private void wholePage(String name, int width) throws IOException {
        Number height = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(width, Math.min(6000, Math.max(900, height.intValue()))));
        sleep(300);
        screenshot(name);
        browser.manage().window().setSize(new Dimension(width, 900));
    }

    /** A file name for the page's screenshots (target/screenshots/every-page/, to look at). */
    private static String slug(String path) {
        String slug = path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "home" : slug.substring(0, Math.min(slug.length(), 80));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One page per kind: a record id after a collection name is a wildcard; seeds with a query keep theirs. */
    static String kind(String pathAndQuery) {
        URI uri = URI.create(pathAndQuery);
        String[] segments = uri.getRawPath().split("/");
        StringBuilder kind = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            boolean id = COLLECTIONS.contains(segments[i - 1]) && !segments[i].equals("new")
                    && !(segments[i - 1].equals("projects") && i > 2)
                    || NUMBER.matcher(segments[i]).matches(); // a share table's number, a rate's year
            kind.append('/').append(id ? "*" : segments[i]);
        }
        String path = kind.isEmpty() ? "/" : kind.toString();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    /** Opens the page and waits until it has loaded; false when it does not within 90 s. */
    private boolean open(String path) {
        System.out.println("every page: " + path + " at " + browser.manage().window().getSize().width + " px");
        browser.get(url(path));
        try {
            new WebDriverWait(browser, Duration.ofSeconds(90)).until(
                    d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
        sleep(400); // charts draw after ECharts has loaded
        return true;
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
