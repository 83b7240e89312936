package space.consortium.accounts.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import space.consortium.accounts.Access;

/**
 * Gives every page the signed-in user's name ({@code me}, null when anonymous), {@code access} (who may use which
 * control) and {@code currentPath} (where sign-in comes back to).
 */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

    private final Access access;

    CurrentUserAdvice(Access access) {
        this.access = access;
    }

    @ModelAttribute("me")
    @Nullable String me() {
        return access.current().orElse(null);
    }

    @ModelAttribute("access")
    Access access() {
        return access;
    }

    /** The page's own path and query, for the "Sign in" link to come back to. */
    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
