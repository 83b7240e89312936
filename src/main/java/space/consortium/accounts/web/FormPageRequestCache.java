package space.consortium.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * Remembers, in a cookie, the page to return to after sign-in. For a GET that is the page itself; for a form posted
 * without a session (it expired while the user typed) it is the page the form was on, read from the same-origin
 * {@code Referer}: a GET of the form's action would not show the form. The page's script (js/forms.js) puts the
 * typed input back.
 */
final class FormPageRequestCache extends CookieRequestCache {

    @Override
    public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
        if (HttpMethod.GET.matches(request.getMethod()) || SecurityConfiguration.isApi(request)) {
            super.saveRequest(request, response);
            return;
        }
        URI formPage = sameOriginReferer(request);
        if (formPage != null) {
            super.saveRequest(new AsGet(request, formPage), response);
        }
    }

    private static @Nullable URI sameOriginReferer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            boolean sameOrigin = request.getServerName().equalsIgnoreCase(uri.getHost())
                    && request.getServerPort() == (uri.getPort() == -1 ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort());
            String path = uri.getRawPath();
            return sameOrigin && path != null && path.startsWith(request.getContextPath()) && !path.endsWith("/login")
                    ? uri : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A request seen as a GET of another page of the site (the page a form was on, the page to return to). */
    static final class AsGet extends HttpServletRequestWrapper {

        private final URI page;

        AsGet(HttpServletRequest request, URI page) {
            super(request);
            this.page = page;
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getRequestURI() {
            return page.getRawPath();
        }

        @Override
        public @Nullable String getQueryString() {
            return page.getRawQuery();
        }

        @Override
        public StringBuffer getRequestURL() {
            return new StringBuffer(getScheme()).append("://").append(getServerName()).append(':')
                    .append(getServerPort()).append(page.getRawPath());
        }
    }
}
