package space.consortium.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import space.consortium.accounts.Access;

/**
 * Who sends a MockMvc request in a test: a signed-in session (with its CSRF token) of a user with the given roles,
 * built from the same authorities as a real sign-in ({@link Access}). No database row is needed.
 */
public final class Users {

    private Users() {
    }

    /** An administrator (the default of {@link ApiContract}'s post/put/delete). */
    public static RequestPostProcessor admin() {
        return session("test-admin", List.of(Access.ADMIN));
    }

    /** A signed-in user with no role: may read and discuss, may not change data. */
    public static RequestPostProcessor observer() {
        return session("test-observer", List.of());
    }

    /** A member of the given partners. */
    public static RequestPostProcessor member(String... partners) {
        List<String> authorities = new ArrayList<>();
        for (String p : partners) {
            authorities.add(Access.PARTNER + p);
        }
        return session("member-of-" + String.join("-", partners), authorities);
    }

    /** A coordinator of the given projects. */
    public static RequestPostProcessor coordinator(String... projects) {
        List<String> authorities = new ArrayList<>();
        for (String p : projects) {
            authorities.add(Access.COORDINATOR + p);
        }
        return session("coordinator-of-" + String.join("-", projects), authorities);
    }

    /** Nobody signed in (with the CSRF token a visitor's browser would have from the form's page). */
    public static RequestPostProcessor nobody() {
        RequestPostProcessor anonymous = anonymous();
        RequestPostProcessor csrf = csrf();
        return request -> csrf.postProcessRequest(anonymous.postProcessRequest(request));
    }

    /** A signed-in user with the given role authorities, and a valid CSRF token. */
    public static RequestPostProcessor session(String name, List<String> roles) {
        List<String> authorities = new ArrayList<>(roles);
        authorities.add(Access.USER);
        authorities.add(Access.READ);
        authorities.add(Access.WRITE);
        RequestPostProcessor user = user(name).authorities(authorities.stream()
                .map(org.springframework.security.core.authority.SimpleGrantedAuthority::new).toList());
        RequestPostProcessor csrf = csrf();
        return request -> csrf.postProcessRequest(user.postProcessRequest(request));
    }

    /** The same user as {@code who}, but without a CSRF token (to show that it is required). */
    public static RequestPostProcessor withoutCsrf(String name, List<String> roles) {
        List<String> authorities = new ArrayList<>(roles);
        authorities.add(Access.USER);
        authorities.add(Access.WRITE);
        return user(name).authorities(authorities.stream()
                .map(org.springframework.security.core.authority.SimpleGrantedAuthority::new).toList());
    }
}
