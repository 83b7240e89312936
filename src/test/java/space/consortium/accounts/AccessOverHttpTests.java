package space.consortium.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The access layer through a real Tomcat, as a browser or a TLS-terminating proxy on this machine would reach it
 * ({@code server.forward-headers-strategy=native}: the loopback proxy is trusted): no session before sign-in, forwarded
 * HTTPS honoured (redirects to https, HSTS, {@code Secure} cookies), bodies of unknown length limited too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
class AccessOverHttpTests {

    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private static List<String> sessionCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=") || c.startsWith("SESSION=")).toList();
    }

    /** Signs in through the form as a browser does: the login page's CSRF cookie and hidden field, then the post. */
    private HttpResponse<String> signIn(String username, String password, boolean viaHttpsProxy)
            throws IOException, InterruptedException {
        HttpRequest.Builder page = request("/login");
        if (viaHttpsProxy) {
            page.header("X-Forwarded-Proto", "https");
        }
        HttpResponse<String> login = send(page);
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        Matcher field = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        assertThat(field.find()).as("the login form carries its CSRF token").isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(field.group(1), StandardCharsets.UTF_8);
        HttpRequest.Builder post = request("/login").header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (viaHttpsProxy) {
            post.header("X-Forwarded-Proto", "https");
        }
        return send(post);
    }

    @Test
    void anonymousReadsOfPagesAndTheApiSetNoSessionCookie() throws Exception {
        for (String path : List.of("/", "/partners", "/projects", "/projects/iss", "/insights", "/agreements",
                "/teaming", "/relay", "/login", "/login?error", "/account", "/audit", "/projects/iss/contributions/new",
                "/api/projects/iss", "/api/partners", "/api/claims", "/no-such-page")) {
            HttpResponse<String> response = send(request(path));
            assertThat(response.statusCode()).as(path).isLessThan(500);
            assertThat(sessionCookies(response)).as("session cookie set by GET %s", path).isEmpty();
        }
        assertThat(sessionCookies(signIn("nobody-here", "guess-guess", false))).as("a failed sign-in").isEmpty();
    }

    @Test
    void behindATrustedHttpsProxyRedirectsGoToHttpsWithHstsAndSecureCookies() throws Exception {
        HttpResponse<String> plain = send(request("/"));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();

        HttpResponse<String> page = send(request("/").header("X-Forwarded-Proto", "https"));
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age=31536000", "includeSubDomains"));
        HttpResponse<String> redirect = send(request("/account").header("X-Forwarded-Proto", "https"));
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).startsWith("https://").endsWith("/login"));

        accounts.create(new UserRequest("tls-user", "TLS user", PASSWORD, false, List.of("esa"), List.of()));
        HttpResponse<String> signedIn = signIn("tls-user", PASSWORD, true);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).startsWith("https://"));
        assertThat(sessionCookies(signedIn)).singleElement().satisfies(cookie -> assertThat(cookie)
                .containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void overPlainHttpTheSessionCookieIsHttpOnlyAndSameSiteButNotSecure() throws Exception {
        accounts.create(new UserRequest("plain-user", "Plain user", PASSWORD, false, List.of("esa"), List.of()));
        HttpResponse<String> signedIn = signIn("plain-user", PASSWORD, false);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).startsWith("http://"));
        assertThat(sessionCookies(signedIn)).singleElement().satisfies(cookie -> assertThat(cookie)
                .doesNotContainIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413() throws Exception {
        byte[] body = ("{\"statement\": \"" + "x".repeat(1_200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = send(request("/api/claims").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("POST /api/claims accepts at most 1 MB");

        byte[] small = "{\"type\": \"cost\", \"players\": [\"a\", \"b\"], \"values\": {\"a\": 1, \"b\": 1, \"a+b\": 1.5}}"
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> allowed = send(request("/api/allocations").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small))));
        assertThat(allowed.statusCode()).as("a small chunked body is read as usual: %s", allowed.body())
                .isEqualTo(200);
    }
}
