package space.consortium.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One user's browser for {@link Cluster} tests: a cookie jar and an HTTP client that follows no redirect. Cookies are
 * kept per host, not per port (RFC 6265), so one browser talking to several nodes on 127.0.0.1 behaves like a
 * browser behind a load balancer that sends each request to whichever node it likes.
 */
public final class Browser {

    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    /** GETs a path of a node. */
    public HttpResponse<String> get(Node node, String path) {
        return send(HttpRequest.newBuilder(node.uri(path)).GET());
    }

    /**
     * POSTs a form to a node as a page would, with the CSRF token of a page first read from the same node
     * ({@code formPage}).
     */
    public HttpResponse<String> submit(Node node, String formPage, String action, Map<String, String> fields) {
        HttpResponse<String> page = get(node, formPage);
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrfToken(page.body()));
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(node.uri(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs in through the login form of a node; the answer is the form's redirect. */
    public HttpResponse<String> signIn(Node node, String username, String password) {
        return submit(node, "/login", "/login", Map.of("username", username, "password", password));
    }

    /** The value of a cookie this browser holds, if any. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static String csrfToken(String html) {
        Matcher input = CSRF_INPUT.matcher(html);
        if (!input.find()) {
            throw new IllegalStateException("The page has no form with a CSRF token");
        }
        Matcher value = VALUE.matcher(input.group());
        if (!value.find()) {
            throw new IllegalStateException("The CSRF input has no value: " + input.group());
        }
        return value.group(1);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
