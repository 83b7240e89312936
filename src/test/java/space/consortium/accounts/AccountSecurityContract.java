package space.consortium.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import space.consortium.support.ApiContract;
import space.consortium.support.Users;
import tools.jackson.databind.JsonNode;

/**
 * Sign-in, throttling, CSRF, headers, API tokens (shown once, hashed, scoped, revocable, last use) and the audit
 * trail of each write path. Run on H2 and on PostgreSQL.
 */
abstract class AccountSecurityContract extends ApiContract {

    private static final String PASSWORD = "correct horse battery";

    @Autowired AccountService accounts;
    @Autowired AuditTrail audit;
    @MockitoSpyBean PasswordEncoder encoder;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private UserAccount user(String name, List<String> partners) {
        return accounts.create(new UserRequest(name, name, PASSWORD, false, partners, List.of()));
    }

    @Test
    void passwordsAreStoredAsAdaptiveHashesNeverInClear() {
        user("hash-check", List.of("esa"));
        String stored = jdbc.sql("select password_hash from app_user where username = 'hash-check'")
                .query(String.class).single();
        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
        assertThat(encoder.matches(PASSWORD, stored)).isTrue();
    }

    @Test
    void aUserSignsInWithTheFormAndAWrongPasswordIsRefused() {
        user("form-user", List.of("esa"));
        MvcTestResult ok = mvc.post().uri("/login").with(csrf()).param("username", "form-user")
                .param("password", PASSWORD).exchange();
        assertThat(ok).hasStatus3xxRedirection().hasRedirectedUrl("/");
        MvcTestResult wrong = mvc.post().uri("/login").with(csrf()).param("username", "form-user")
                .param("password", "not the password").exchange();
        assertThat(wrong).hasRedirectedUrl("/login?error");
    }

    @Test
    void aSessionFollowsRoleChangesAndEndsWhenTheUserIsDeactivated() {
        UserAccount user = user("changing", List.of("esa"));
        MvcTestResult login = mvc.post().uri("/login").with(csrf()).param("username", "changing")
                .param("password", PASSWORD).exchange();
        assertThat(login).hasRedirectedUrl("/");
        // sessions live in the database (Spring Session): the browser holds only the SESSION cookie
        jakarta.servlet.http.Cookie session = login.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();

        JsonNode nasa = read("/api/contributions?project=iss&partner=nasa").path("items").get(0);
        String uri = "/api/contributions/" + nasa.path("id").asLong();
        String change = """
                {"projectId": "iss", "partnerId": "nasa", "kind": "hardware", "element": "Changed by a new member",
                 "sourceUrl": "https://example.org/s", "version": %d}""".formatted(nasa.path("version").asLong());
        assertThat(mvc.put().uri(uri).cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(change).exchange()).hasStatus(403);

        accounts.update(user.id(), new UserRequest("changing", "changing", null, false, List.of("esa", "nasa"),
                List.of()));
        assertThat(mvc.put().uri(uri).cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(change).exchange()).as("the new role applies without signing in again").hasStatusOk();

        accounts.setActive(user.id(), false);
        assertThat(mvc.get().uri("/account").cookie(session).exchange())
                .as("a deactivated user's session ends").hasStatus3xxRedirection();
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedForAWhile() {
        user("throttled", List.of());
        for (int i = 0; i < 5; i++) {
            assertThat(mvc.post().uri("/login").with(csrf()).param("username", "throttled")
                    .param("password", "guess " + i).exchange()).hasRedirectedUrl("/login?error");
        }
        assertThat(mvc.post().uri("/login").with(csrf()).param("username", "throttled").param("password", PASSWORD)
                .exchange()).hasRedirectedUrl("/login?locked");
        assertThat(mvc.get().uri("/login?locked").exchange()).bodyText().contains("Too many failed attempts");
    }

    /** A sign-in form post from the given address. */
    private MvcTestResult signIn(String address, String username, String password) {
        return mvc.post().uri("/login").with(csrf()).with(request -> {
            request.setRemoteAddr(address);
            return request;
        }).param("username", username).param("password", password).exchange();
    }

    @Test
    void knownAndUnknownNamesGetTheSameAnswersAndTheSameWorkLockedOrNot() {
        user("real-user", List.of("esa"));
        UserAccount leaver = user("gone-user", List.of("esa"));
        accounts.setActive(leaver.id(), false);
        for (String name : List.of("real-user", "no-such-user", "gone-user")) {
            for (int i = 0; i < 5; i++) {
                clearInvocations(encoder);
                String password = name.equals("gone-user") ? PASSWORD : "guess " + i;
                assertThat(signIn("198.51.100.1", name, password)).as("%s attempt %d", name, i)
                        .hasRedirectedUrl("/login?error");
                verify(encoder, times(1).description(name + " attempt " + i + ": one hash check"))
                        .matches(any(), any());
                assertThat(jdbc.sql("select count(*) from login_failure where username = :u").param("u", name)
                        .query(Long.class).single()).isEqualTo(i + 1L);
            }
            clearInvocations(encoder);
            assertThat(signIn("198.51.100.1", name, PASSWORD)).as("%s after five failures", name)
                    .hasRedirectedUrl("/login?locked");
            verify(encoder, times(0).description(name + " paused: refused before any hash")).matches(any(), any());
        }
        assertThat(mvc.get().uri("/login?locked").exchange()).bodyText().contains("Too many failed attempts")
                .doesNotContain("real-user", "no-such-user");
    }

    @Test
    void anAddressIsPausedAfterTwentyFailuresWhateverTheNamesAndOthersAreNot() {
        user("victim", List.of("esa"));
        for (int i = 0; i < 20; i++) {
            assertThat(signIn("203.0.113.7", "spray-" + i, "guess")).hasRedirectedUrl("/login?error");
        }
        clearInvocations(encoder);
        assertThat(signIn("203.0.113.7", "victim", PASSWORD)).as("the address is paused, even with a right password")
                .hasRedirectedUrl("/login?locked");
        verify(encoder, times(0)).matches(any(), any());
        assertThat(jdbc.sql("select count(*) from login_failure where address = '203.0.113.7'").query(Long.class)
                .single()).as("a refused attempt adds no row").isEqualTo(20);
        assertThat(signIn("203.0.113.8", "victim", PASSWORD)).as("another address").hasRedirectedUrl("/");
    }

    @Test
    void signInReturnsToThePageThatAskedForItWithoutASessionBefore() {
        user("returning", List.of("esa"));
        MvcTestResult asked = mvc.get().uri("/account").exchange();
        assertThat(asked).hasStatus3xxRedirection();
        jakarta.servlet.http.Cookie saved = asked.getResponse().getCookie("REDIRECT_URI");
        assertThat(saved).as("the page asked for is kept in a cookie").isNotNull();
        MvcTestResult login = mvc.post().uri("/login").with(csrf()).cookie(saved).param("username", "returning")
                .param("password", PASSWORD).exchange();
        assertThat(login.getResponse().getRedirectedUrl()).endsWith("/account");
        // Spring Session's cookie (MockMvc's request session is not the one Spring Session keeps)
        assertThat(login.getResponse().getCookie("SESSION")).as("the session starts at sign-in").isNotNull();
    }

    @Test
    void anOversizedBodyIsRefusedWith413NamingTheLimitAndNothingIsStored() {
        long before = jdbc.sql("select count(*) from claim").query(Long.class).single();
        String big = "{\"statement\": \"" + "x".repeat(1024 * 1024) + "\", \"metric\": \"m\", \"comparator\": \">=\","
                + " \"stated\": 1, \"sourceUrl\": \"https://example.org/c\"}";
        for (RequestPostProcessor who : List.of(Users.nobody(), Users.admin())) {
            MvcTestResult result = mvc.post().uri("/api/claims").contentType(MediaType.APPLICATION_JSON).content(big)
                    .with(who).exchange();
            JsonNode problem = assertProblem(result, org.springframework.http.HttpStatus.CONTENT_TOO_LARGE);
            assertThat(problem.path("detail").asString()).contains("POST /api/claims", "1 MB");
            assertThat(problem.path("limit").asLong()).isEqualTo(1024 * 1024);
        }
        assertThat(jdbc.sql("select count(*) from claim").query(Long.class).single()).isEqualTo(before);
        // a JCL plan may be larger: the same body reaches the computation, which answers for its content
        MvcTestResult plan = mvc.post().uri("/api/jcl").contentType(MediaType.APPLICATION_JSON).content(big).exchange();
        assertThat(plan.getResponse().getStatus()).isEqualTo(400);
        MvcTestResult form = mvc.post().uri("/login").with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("username=" + "x".repeat(1024 * 1024) + "&password=p").exchange();
        assertThat(form).hasStatus(413);
    }

    @Test
    void aMemberOfEsaCannotChangeOrDeleteAClaimRecordedByANasaMember() {
        String claim = """
                {"text": "NASA's claim", "kind": "count", "subject": {"of": "agreement-parties", "agreement": "artemis-accords"},
                 "comparator": ">=", "statedValue": 1, "sourceUrl": "https://example.org/claim"%s}""";
        RequestPostProcessor nasaAuthor = Users.session("nasa-author", List.of(Access.PARTNER + "nasa"));
        MvcTestResult created = as(nasaAuthor).post("/api/claims", claim.formatted(""));
        assertThat(created).hasStatus(201);
        JsonNode stored = space.consortium.support.Json.body(created);
        assertThat(stored.path("recordedBy").asString()).isEqualTo("nasa-author");
        assertThat(stored.path("ownerPartnerId").asString()).isEqualTo("nasa");
        String uri = "/api/claims/" + stored.path("id").asLong();
        String edit = claim.formatted(", \"version\": 0").replace("NASA's claim", "Changed by ESA");

        assertProblem(as(Users.member("esa")).put(uri, edit), org.springframework.http.HttpStatus.FORBIDDEN);
        assertProblem(as(Users.member("esa")).delete(uri), org.springframework.http.HttpStatus.FORBIDDEN);
        assertProblem(as(Users.coordinator("iss")).delete(uri), org.springframework.http.HttpStatus.FORBIDDEN);
        JsonNode after = read(uri);
        assertThat(after.path("text").asString()).as("nothing changed").isEqualTo("NASA's claim");
        assertThat(after.path("version").asLong()).isZero();

        assertThat(as(Users.member("nasa")).put(uri, edit.replace("Changed by ESA", "Changed by a colleague")))
                .as("another member of NASA").hasStatusOk();
        assertThat(as(Users.member("esa", "nasa")).delete(uri)).as("a member of both").hasStatus(204);

        RequestPostProcessor coordinator = Users.coordinator("iss");
        MvcTestResult own = as(coordinator).post("/api/claims", claim.formatted(""));
        String ownUri = "/api/claims/" + space.consortium.support.Json.body(own).path("id").asLong();
        assertThat(space.consortium.support.Json.body(own).path("ownerPartnerId").isNull()).isTrue();
        assertProblem(as(Users.coordinator("iss", "gateway")).delete(ownUri),
                org.springframework.http.HttpStatus.FORBIDDEN);
        assertThat(as(coordinator).delete(ownUri)).as("its author").hasStatus(204);
    }

    @Test
    void forwardedHeadersAreIgnoredUnlessConfigured() {
        MvcTestResult result = mvc.get().uri("/account").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "evil.example").exchange();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("https:", "evil.example");
        assertThat(result.getResponse().getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedWith403() {
        MvcTestResult result = mvc.post().uri("/projects/iss/contributions/new")
                .with(Users.withoutCsrf("test-admin", List.of(Access.ADMIN)))
                .param("partnerId", "nasa").param("kind", "hardware").param("element", "No token")
                .param("currency", "USD").param("sourceUrl", "https://example.org/x").exchange();
        assertThat(result).hasStatus(403);
    }

    @Test
    void anApiCallRidingOnASessionCookieNeedsTheCsrfTokenToo() {
        RequestPostProcessor sessionCookie = request -> {
            request.setCookies(new jakarta.servlet.http.Cookie("SESSION", "dmljdGltLXNlc3Npb24"));
            return request;
        };
        MvcTestResult result = mvc.post().uri("/api/claims").contentType(MediaType.APPLICATION_JSON)
                .with(Users.withoutCsrf("test-admin", List.of(Access.ADMIN))).with(sessionCookie)
                .content("""
                        {"statement": "x", "metric": "artemisAccordsSignatories", "comparator": ">=", "stated": 1,
                         "sourceUrl": "https://example.org/c"}""").exchange();
        assertThat(result).hasStatus(403);
    }

    @Test
    void pagesCarryTheSecurityHeadersAndNoInlineScript() {
        MvcTestResult page = mvc.get().uri("/projects/iss").exchange();
        assertThat(page).hasStatusOk();
        String csp = page.getResponse().getHeader("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(page.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page).bodyText().doesNotContainPattern("<script(?![^>]*\\b(src|type=\"application/json\")=?)[^>]*>");
    }

    @Test
    void readingIsAnonymousButAccountPagesNeedSignIn() {
        assertThat(mvc.get().uri("/api/projects/iss").exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/partners").exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/account").exchange()).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/audit").exchange()).hasStatus3xxRedirection();
        // a form page sends an anonymous visitor to sign in first (and back to the form after it)
        assertThat(mvc.get().uri("/projects/iss/contributions/new").exchange()).hasStatus3xxRedirection()
                .redirectedUrl().contains("/login");
        assertThat(mvc.get().uri("/projects/iss/contributions/new").with(Users.admin()).exchange()).hasStatusOk()
                .bodyText().doesNotContain("sign-in-notice");
    }

    @Test
    void aTokenIsShownOnceStoredHashedScopedAndRevocable() {
        user("token-user", List.of("esa"));
        RequestPostProcessor session = Users.session("token-user", List.of(Access.PARTNER + "esa"));
        String write = createToken(session, "write");
        String read = createToken(session, "read");
        assertThat(write).startsWith("cst_");
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = :t or prefix = :t")
                .param("t", write).query(Long.class).single()).isZero();
        assertThat(mvc.get().uri("/account").with(session).exchange()).bodyText().doesNotContain(write);

        long columbus = read("/api/contributions?project=iss&partner=esa").path("items").get(0).path("id").asLong();
        JsonNode current = read("/api/contributions/" + columbus);
        String change = """
                {"projectId": "iss", "partnerId": "esa", "kind": "hardware", "element": "Columbus (token edit)",
                 "sourceUrl": "https://example.org/t", "version": %d}""".formatted(current.path("version").asLong());
        assertThat(bearer(read, change, columbus)).hasStatus(403);
        assertThat(bearer(write, change, columbus)).hasStatusOk();
        assertThat(jdbc.sql("select count(*) from api_token where last_used_at is not null").query(Long.class).single())
                .isEqualTo(2);

        long id = jdbc.sql("select id from api_token where scope = 'write'").query(Long.class).single();
        assertThat(mvc.post().uri("/account/tokens/" + id + "/revoke").with(session).exchange())
                .hasStatus3xxRedirection();
        MvcTestResult revoked = bearer(write, change, columbus);
        assertThat(revoked).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/projects/iss").header(HttpHeaders.AUTHORIZATION, "Bearer cst_unknown")
                .exchange()).hasStatus(401);
    }

    @Test
    void aDeactivatedUsersTokensStopWorking() {
        UserAccount user = user("leaver", List.of("esa"));
        String token = createToken(Users.session("leaver", List.of(Access.PARTNER + "esa")), "read");
        assertThat(mvc.get().uri("/api/projects/iss").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange())
                .hasStatusOk();
        accounts.setActive(user.id(), false);
        assertThat(mvc.get().uri("/api/projects/iss").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange())
                .hasStatus(401);
    }

    @Test
    void everyWritePathLeavesAnAuditEventWithWhoAndBeforeAndAfter() {
        long columbus = read("/api/contributions?project=iss&partner=esa").path("items").get(0).path("id").asLong();
        JsonNode current = read("/api/contributions/" + columbus);
        assertThat(as(Users.member("esa")).put("/api/contributions/" + columbus, """
                {"projectId": "iss", "partnerId": "esa", "kind": "hardware", "element": "Columbus (API edit)",
                 "sourceUrl": "https://example.org/a", "version": %d}""".formatted(current.path("version").asLong())))
                .hasStatusOk();
        assertThat(mvc.post().uri("/projects/iss/contributions/" + columbus + "/edit").with(Users.member("esa"))
                .param("partnerId", "esa").param("kind", "hardware").param("element", "Columbus (page edit)")
                .param("currency", "USD").param("sourceUrl", "https://example.org/p")
                .param("version", String.valueOf(current.path("version").asLong() + 1)).exchange())
                .hasStatus3xxRedirection();

        List<AuditEvent> events = audit.all(new AuditQuery("iss", "esa", "contribution", null));
        assertThat(events).hasSize(2);
        AuditEvent page = events.get(0);
        AuditEvent api = events.get(1);
        assertThat(api.channel()).isEqualTo("api");
        assertThat(page.channel()).isEqualTo("page");
        assertThat(api.actor()).isEqualTo("member-of-esa");
        assertThat(api.action()).isEqualTo("update");
        assertThat(api.before()).contains("Columbus laboratory");
        assertThat(api.after()).contains("Columbus (API edit)");
        assertThat(api.changes()).extracting(AuditEvent.FieldChange::field).contains("element", "sourceUrl")
                .doesNotContain("version", "kind");
        assertThat(api.changes()).contains(new AuditEvent.FieldChange("element", "Columbus laboratory",
                "Columbus (API edit)"));
        assertThat(page.before()).contains("Columbus (API edit)");
        assertThat(page.after()).contains("Columbus (page edit)");

        // a call from inside the process (command line, import) is recorded as such
        accounts.create(new UserRequest("cli-made", "CLI", PASSWORD, false, List.of(), List.of()));
        AuditEvent cli = audit.all(new AuditQuery(null, null, "user", null)).get(0);
        assertThat(cli.channel()).isEqualTo("cli");
        assertThat(cli.actor()).startsWith("cli:");
        assertThat(cli.after()).contains("cli-made").doesNotContain(PASSWORD).doesNotContain("bcrypt");

        MvcTestResult csv = mvc.get().uri("/audit.csv?project=iss").with(Users.observer()).exchange();
        assertThat(csv).hasStatusOk().bodyText()
                .startsWith("id,at,actor,channel,action,entity,entity_id,project_id,partner_id,before,after")
                .contains("member-of-esa", "Columbus (page edit)");
        assertThat(mvc.get().uri("/audit?partner=esa").with(Users.observer()).exchange()).hasStatusOk().bodyText()
                .contains("update contribution " + columbus);
    }

    private String createToken(RequestPostProcessor session, String scope) {
        MvcTestResult created = mvc.post().uri("/account/tokens").with(session).param("name", scope + " token")
                .param("scope", scope).exchange();
        assertThat(created).hasStatus3xxRedirection();
        Object secret = created.getMvcResult().getFlashMap().get("newToken");
        assertThat(secret).as("the new token in the flash").isNotNull();
        return secret.toString();
    }

    private MvcTestResult bearer(String token, String body, long contribution) {
        return mvc.put().uri("/api/contributions/" + contribution).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content(body).exchange();
    }
}
