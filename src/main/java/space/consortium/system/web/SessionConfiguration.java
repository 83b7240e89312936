package space.consortium.system.web;

import jakarta.servlet.SessionTrackingMode;
import java.util.EnumSet;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Pages keep their session (it carries the flash message across the redirect after a form) in a cookie only: never
 * as {@code ;jsessionid=} in a URL, where it would leak into links, logs and bookmarks.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    ServletContextInitializer sessionsInCookiesOnly() {
        return servletContext -> servletContext.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
    }
}
