package space.consortium.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import space.consortium.support.PersistenceContract;

/**
 * The sign-in throttle keeps its counts in the database: two throttles on one database stand for two nodes behind a
 * load balancer, and each sees the failures the other recorded. Run on H2 and on PostgreSQL.
 */
abstract class LoginThrottleContract extends PersistenceContract {

    /** A clock the test moves forward. */
    static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovingClock clock = new MovingClock();

    /** Five failures per name within 15 minutes, three per address within 5 minutes. */
    private LoginThrottle node() {
        return new LoginThrottle(jdbc, clock, 5, Duration.ofMinutes(15), 3, Duration.ofMinutes(5));
    }

    @Test
    void failuresRecordedOnOneNodeCountOnTheOther() {
        LoginThrottle a = node();
        LoginThrottle b = node();
        a.failed("192.0.2.10", "alice");
        b.failed("192.0.2.10", "bob");
        assertThat(a.refuses("192.0.2.10", "carol")).isFalse();
        a.failed("192.0.2.10", "carol");
        assertThat(b.refuses("192.0.2.10", "dave")).as("three failures from the address, on two nodes").isTrue();
        assertThat(a.refuses("192.0.2.11", "dave")).as("another address").isFalse();

        for (int i = 0; i < 5; i++) {
            (i % 2 == 0 ? a : b).failed("198.51.100." + i, "Erin ");
        }
        assertThat(b.refuses("198.51.100.200", "erin")).as("five failures for one name from five addresses").isTrue();
        assertThat(a.refuses("198.51.100.200", "ERIN")).as("names compare without case and spaces").isTrue();
    }

    @Test
    void countsExpireWithTheirWindowAndOldRowsAreDeleted() {
        LoginThrottle a = node();
        LoginThrottle b = node();
        for (int i = 0; i < 3; i++) {
            a.failed("192.0.2.20", "frank");
        }
        assertThat(b.refuses("192.0.2.20", "someone")).isTrue();
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(b.refuses("192.0.2.20", "someone")).as("the address window has passed").isFalse();
        a.failed("192.0.2.21", "frank");
        a.failed("192.0.2.22", "frank");
        assertThat(b.refuses("192.0.2.23", "frank")).as("five failures for the name within 15 minutes").isTrue();
        clock.advance(Duration.ofMinutes(10));
        assertThat(b.refuses("192.0.2.23", "frank")).as("the first three left the name's window").isFalse();
        clock.advance(Duration.ofMinutes(6));
        b.failed("192.0.2.30", "grace");
        assertThat(count("select count(*) from login_failure where username = 'frank'"))
                .as("rows older than the longest window are deleted").isZero();
        assertThat(count("select count(*) from login_failure")).isEqualTo(1);
    }

    @Test
    void aSuccessClearsTheNameButNotTheAddress() {
        LoginThrottle a = node();
        LoginThrottle b = node();
        for (int i = 0; i < 4; i++) {
            a.failed("192.0.2.4" + i, "heidi");
        }
        a.failed("192.0.2.50", "ivan");
        a.failed("192.0.2.50", "heidi");
        assertThat(a.refuses("192.0.2.49", "heidi")).isTrue();
        b.succeeded("heidi");
        assertThat(a.refuses("192.0.2.49", "heidi")).as("the name's failures are cleared").isFalse();
        a.failed("192.0.2.50", "judy");
        assertThat(b.refuses("192.0.2.50", "judy")).as("the address still counts the cleared failure").isTrue();
    }
}
