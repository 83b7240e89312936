package space.consortium.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import space.consortium.accounts.AccountService;

/**
 * The sign-in page; Spring Security handles its POST, the throttling and sign-out. The navigation's "Sign in" link
 * names the page it was on ({@code /login?continue=/projects/iss}): sign-in returns there, as after a form page.
 */
@Controller
class LoginPageController {

    /** A path of this site: one leading slash (not "//host"), no scheme, no backslash. */
    private static final Pattern SITE_PATH = Pattern.compile("/(?![/\\\\])[^\\\\\\s]*");

    private final AccountService accounts;

    LoginPageController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login")
    String login(@RequestParam(name = "continue", required = false) @Nullable String next, Model model,
                 HttpServletRequest request, HttpServletResponse response) {
        if (next != null && SITE_PATH.matcher(next).matches() && !next.startsWith("/login")
                && !next.startsWith("/logout")) {
            try {
                new FormPageRequestCache().saveRequest(new FormPageRequestCache.AsGet(request, URI.create(next)), response);
            } catch (IllegalArgumentException e) {
                // not a valid address: sign-in goes to the dashboard, as without one
            }
        }
        model.addAttribute("noUsers", accounts.count() == 0);
        return "accounts/login";
    }
}
