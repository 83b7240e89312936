package space.consortium.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Notes, for {@link RequestLog}'s line, who sent the request. It runs after the security filter chain, the only
 * place where the signed-in user (or a token's owner) is known: the outer {@link RequestLog} writes its line after
 * security has cleared its context. Anonymous visitors have no remote user.
 */
final class RequestUser extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = request.getRemoteUser();
        if (user != null) {
            request.setAttribute(RequestLog.USER_ATTRIBUTE, user);
        }
        chain.doFilter(request, response);
    }
}
