package space.consortium.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import space.consortium.accounts.Access;
import space.consortium.accounts.AccountService;
import space.consortium.accounts.TokenService;

/**
 * Who may send which request. Reading is open to anonymous visitors unless {@code consortium.security.anonymous-read}
 * is false; every other write under {@code /api/**} needs a signed-in session or a {@code write} token, and every
 * page form a signed-in session with its CSRF token. Which user may change which record is then decided by the
 * services through {@link Access}.
 *
 * <p>A session starts only at sign-in: anonymous visitors get their CSRF token and the page they wanted to reach in
 * cookies. Behind a TLS-terminating proxy (see docs/accounts.md, "Production behind TLS") requests count as secure
 * once forwarded headers are trusted, and then get HSTS and {@code Secure} cookies.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * Pure computations that store nothing: anyone may POST to them, without a session, token or CSRF token.
     * Add a new computing endpoint here (and only such endpoints).
     */
    static final String[] OPEN_COMPUTATIONS = {
            "/api/allocations",
            "/api/claims/{id}/check",
            "/api/claims/check", // checks a claim without storing it
            "/api/teaming/solve",
            "/api/jcl",
            "/api/relay/plan",
            "/api/fleet/simulate",
            "/api/fleet/compare",
            "/risk/fleet", // the fleet page's form: computes only (its CSRF token is still checked)
    };

    /** Always readable, whatever {@code anonymous-read} says. */
    private static final String[] PUBLIC = {
            "/", "/login", "/error", "/error/**", "/favicon.svg", "/favicon.ico", "/css/**", "/js/**", "/images/**",
            "/webjars/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health/**",
    };

    /** Content Security Policy: scripts and styles only from this site; no inline script, no framing. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** One year, the value HSTS preload lists ask for. */
    static final long HSTS_MAX_AGE = 31_536_000;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, TokenService tokens, AccountService accounts,
            @Value("${consortium.security.anonymous-read:true}") boolean anonymousRead) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        RequestMatcher api = path.matcher("/api/**");
        LoginUrlAuthenticationEntryPoint toLogin = new LoginUrlAuthenticationEntryPoint("/login");
        RequestMatcher open = new OrRequestMatcher(java.util.Arrays.stream(OPEN_COMPUTATIONS)
                .map(p -> (RequestMatcher) path.matcher(HttpMethod.POST, p)).toList());
        RequestMatcher openForms = path.matcher(HttpMethod.POST, "/risk/fleet");
        http
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers(PUBLIC).permitAll();
                    auth.requestMatchers(open).permitAll();
                    auth.requestMatchers("/actuator/prometheus").hasAuthority(Access.ADMIN); // metrics: docs/operations.md
                    auth.requestMatchers("/account/**", "/admin/**", "/audit/**", "/audit").authenticated();
                    // a form page sends an anonymous visitor to sign in first, and back to the form after
                    auth.requestMatchers(SecurityConfiguration::isFormPage).authenticated();
                    if (anonymousRead) {
                        auth.requestMatchers(HttpMethod.GET, "/**").permitAll();
                        auth.requestMatchers(HttpMethod.HEAD, "/**").permitAll();
                    } else {
                        auth.requestMatchers(HttpMethod.GET, "/**").hasAuthority(Access.READ);
                        auth.requestMatchers(HttpMethod.HEAD, "/**").hasAuthority(Access.READ);
                    }
                    auth.requestMatchers(api).hasAuthority(Access.WRITE);
                    auth.anyRequest().hasAuthority(Access.WRITE);
                })
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SessionRefreshFilter(accounts), UsernamePasswordAuthenticationFilter.class)
                .csrf(csrf -> csrf
                        // the token lives in a cookie and is issued with every page, before the page is rendered: a
                        // form far down a long page must not need a new session after the response is committed
                        .csrfTokenRepository(csrfCookie())
                        .csrfTokenRequestHandler(eagerCsrf())
                        .ignoringRequestMatchers(request -> open.matches(request) && !openForms.matches(request),
                                BearerTokenFilter::hasBearer,
                        // an API call that carries no session cookie cannot ride on a signed-in session
                        request -> isApi(request) && request.getRequestedSessionId() == null))
                // no session before sign-in: the page a visitor wanted is remembered in a cookie, not in a session
                .requestCache(cache -> cache.requestCache(new FormPageRequestCache()))
                .formLogin(form -> form
                        .loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof LockedException ? "/login?locked" : "/login?error"))))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signed-out"))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> {
                            if (isApi(request)) {
                                problem(response, 401, "Unauthorized", "Sign in or send 'Authorization: Bearer <token>' "
                                        + "with a token created on the Account page");
                            } else {
                                toLogin.commence(request, response, e);
                            }
                        })
                        .defaultAccessDeniedHandlerFor((request, response, e) ->
                                problem(response, 403, "Forbidden", "This request needs a signed-in session with its "
                                        + "CSRF token, or a token with the 'write' scope"), api))
                .headers(headers -> headers
                        // sent only on secure requests (directly over TLS, or through a trusted proxy that says so)
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE).includeSubDomains(true))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    private static CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }

    private static XorCsrfTokenRequestAttributeHandler eagerCsrf() {
        XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();
        handler.setCsrfRequestAttributeName(null); // load the token on every request (no deferred token)
        return handler;
    }

    static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
    }

    /**
     * A page that shows a form to change data: a GET of a path ending in {@code /new} or {@code /edit}, or of the
     * catalogue's partner-capability form.
     */
    static boolean isFormPage(HttpServletRequest request) {
        if (!HttpMethod.GET.matches(request.getMethod()) || isApi(request)) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.endsWith("/new") || path.endsWith("/edit")
                || path.matches("/teaming/catalogue/partner-capabilities/\\d+");
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
    }
}
