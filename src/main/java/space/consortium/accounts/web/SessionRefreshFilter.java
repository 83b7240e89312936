package space.consortium.accounts.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import space.consortium.accounts.AccountService;

/**
 * Renews the roles of a signed-in session from the database on every request (three small queries), so that an
 * admin's change of roles applies at once and a deactivated user's session ends at their next request.
 */
final class SessionRefreshFilter extends OncePerRequestFilter {

    private final AccountService accounts;

    SessionRefreshFilter(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && !(current instanceof AnonymousAuthenticationToken) && current.isAuthenticated()) {
            Optional<Authentication> renewed = accounts.refresh(current);
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            if (renewed.isPresent()) {
                context.setAuthentication(renewed.get());
            } else {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
