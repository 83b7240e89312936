package space.consortium.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Refuses sign-in for a user name after {@code consortium.security.login-failures} failed passwords within
 * {@code consortium.security.login-lockout} (default 5 within 15 minutes), until the oldest failure leaves that
 * window. Kept in memory: a restart forgets it, and several servers each count their own.
 */
@Component
class LoginThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(@Value("${consortium.security.login-failures:5}") int maxFailures,
                  @Value("${consortium.security.login-lockout:PT15M}") Duration window) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = Clock.systemUTC();
    }

    boolean isLocked(String username) {
        Deque<Instant> list = failures.get(key(username));
        if (list == null) {
            return false;
        }
        synchronized (list) {
            prune(list);
            return list.size() >= maxFailures;
        }
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        Deque<Instant> list = failures.computeIfAbsent(key(event.getAuthentication().getName()),
                k -> new ArrayDeque<>());
        synchronized (list) {
            prune(list);
            list.addLast(Instant.now(clock));
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    private void prune(Deque<Instant> list) {
        Instant oldest = Instant.now(clock).minus(window);
        while (!list.isEmpty() && list.peekFirst().isBefore(oldest)) {
            list.removeFirst();
        }
    }

    private static String key(String username) {
        return username.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
