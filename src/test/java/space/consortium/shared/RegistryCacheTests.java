package space.consortium.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Values are computed once per registry state, also when several requests ask at once. */
class RegistryCacheTests {

    /** A cache whose registry state the test sets. */
    static final class Fixed extends RegistryCache {
        volatile String state = "1";

        Fixed() {
            super(mock(JdbcClient.class));
        }

        @Override
        String fingerprint() {
            return state;
        }
    }

    @Test
    void concurrentRequestsComputeOnceAndAChangeRecomputes() throws Exception {
        Fixed cache = new Fixed();
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<String> first = pool.submit(() -> cache.get("plan", () -> {
                computed.incrementAndGet();
                started.countDown();
                await(release);
                return "value-" + computed.get();
            }));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            Future<String> second = pool.submit(() -> cache.get("plan", () -> "value-" + computed.incrementAndGet()));
            Future<String> third = pool.submit(() -> cache.get("plan", () -> "value-" + computed.incrementAndGet()));
            Thread.sleep(200);
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("value-1");
            assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("value-1");
            assertThat(third.get(10, TimeUnit.SECONDS)).isEqualTo("value-1");
            assertThat(computed).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
        cache.state = "2";
        assertThat(cache.<String>get("plan", () -> "value-" + computed.incrementAndGet())).isEqualTo("value-2");
        assertThat(cache.<String>get("plan", () -> "value-" + computed.incrementAndGet())).isEqualTo("value-2");
    }

    @Test
    void aFailedComputationIsNotKept() {
        Fixed cache = new Fixed();
        assertThatThrownBy(() -> cache.get("plan", () -> {
            throw new InvalidInput("days", "too many");
        })).isInstanceOf(InvalidInput.class);
        assertThat(cache.<String>get("plan", () -> "computed")).isEqualTo("computed");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
