package space.consortium.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins in the database, so that every node behind a load balancer sees the same count, and refuses
 * further attempts before any password hash is computed:
 * <ul>
 *   <li>per address: {@code consortium.security.login-address-failures} failures (default 20) within
 *       {@code consortium.security.login-address-window} (default 5 minutes) pause every sign-in from that address;
 *   <li>per user name: {@code consortium.security.login-failures} failures (default 5) within
 *       {@code consortium.security.login-lockout} (default 15 minutes) pause sign-in with that name, whether or not a
 *       user of that name exists (so the pause tells an attacker nothing).
 * </ul>
 * A refused attempt is not recorded, so an address holds at most its limit of rows; rows older than the longer window
 * are deleted as new failures arrive. Windows slide: a pause ends when the oldest counted failure leaves its window.
 */
@Component
class LoginThrottle {

    /** The name of failures whose user has since signed in: trimmed names never start with a space. */
    private static final String CLEARED = " cleared";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxUserFailures;
    private final Duration userWindow;
    private final int maxAddressFailures;
    private final Duration addressWindow;

    @Autowired
    LoginThrottle(JdbcClient jdbc,
                  @Value("${consortium.security.login-failures:5}") int maxUserFailures,
                  @Value("${consortium.security.login-lockout:PT15M}") Duration userWindow,
                  @Value("${consortium.security.login-address-failures:20}") int maxAddressFailures,
                  @Value("${consortium.security.login-address-window:PT5M}") Duration addressWindow) {
        this(jdbc, Clock.systemUTC(), maxUserFailures, userWindow, maxAddressFailures, addressWindow);
    }

    LoginThrottle(JdbcClient jdbc, Clock clock, int maxUserFailures, Duration userWindow, int maxAddressFailures,
                  Duration addressWindow) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxUserFailures = maxUserFailures;
        this.userWindow = userWindow;
        this.maxAddressFailures = maxAddressFailures;
        this.addressWindow = addressWindow;
    }

    /** True when sign-in from this address or with this name is paused (two indexed counts, no hashing). */
    boolean refuses(String address, String username) {
        Instant now = Instant.now(clock);
        long byAddress = jdbc.sql("select count(*) from login_failure where address = :a and failed_at > :since")
                .param("a", address(address)).param("since", Timestamp.from(now.minus(addressWindow)))
                .query(Long.class).single();
        if (byAddress >= maxAddressFailures) {
            return true;
        }
        long byName = jdbc.sql("select count(*) from login_failure where username = :u and failed_at > :since")
                .param("u", name(username)).param("since", Timestamp.from(now.minus(userWindow)))
                .query(Long.class).single();
        return byName >= maxUserFailures;
    }

    /** Records a failed attempt and forgets failures that have left both windows. */
    void failed(String address, String username) {
        Instant now = Instant.now(clock);
        jdbc.sql("delete from login_failure where failed_at < :expired")
                .param("expired", Timestamp.from(now.minus(userWindow.compareTo(addressWindow) > 0
                        ? userWindow : addressWindow)))
                .update();
        jdbc.sql("insert into login_failure (address, username, failed_at) values (:a, :u, :at)")
                .param("a", address(address)).param("u", name(username)).param("at", Timestamp.from(now)).update();
    }

    /**
     * A successful sign-in clears the name's failures, but not the address's (one right password does not excuse many
     * guesses): the rows stay, under a name no sign-in can have (names are trimmed), until they expire.
     */
    void succeeded(String username) {
        jdbc.sql("update login_failure set username = :cleared where username = :u")
                .param("cleared", CLEARED).param("u", name(username)).update();
    }

    private static String name(String username) {
        String key = username.trim().toLowerCase(Locale.ROOT);
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    private static String address(String address) {
        return address.length() > 64 ? address.substring(0, 64) : address;
    }
}
