package space.consortium.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import space.consortium.schedule.JclService;
import space.consortium.schedule.ScheduleService;
import space.consortium.support.JclPlans;

/** The pool and the time limit without HTTP: a run past its time stops at its next checkpoint; a full pool refuses. */
class ComputationsTests {

    private Computations computations;

    @AfterEach
    void stop() {
        if (computations != null) {
            computations.stop();
        }
    }

    private Computations computations(int slots, int queue, int timeLimitSeconds) {
        ComputationSettings settings = new ComputationSettings();
        settings.setPoolSize(slots);
        settings.setQueueSize(queue);
        settings.setMaxWaitSeconds(1);
        settings.getAnonymous().setTimeLimitSeconds(timeLimitSeconds);
        computations = new Computations(settings);
        return computations;
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    @Test
    void aJclRunPastItsTimeLimitStopsAtItsNextCheckpointAndFreesItsCore() throws InterruptedException {
        Computations pool = computations(1, 0, 1);
        // 200,000 trials × 1,000 activities: about 10 s of two quiet cores
        var plan = ScheduleService.parse(JclPlans.chain(1_000));
        long start = System.nanoTime();
        assertThatThrownBy(() -> pool.run(work -> new JclService().run(plan, 200_000, 1L, 200_000, done -> { }, work)))
                .isInstanceOf(Cancelled.class)
                .hasMessageContaining("time limit of 1 s for anonymous users (sign in for 300 s)");
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("time limit 1 s → stopped after %.3f s%n", seconds);
        assertThat(seconds).as("seconds to the stop").isBetween(1.0, 2.5);
        assertThat(pool.running()).isZero();
        Thread.sleep(200);
        double before = cpuSeconds();
        Thread.sleep(1000);
        assertThat(cpuSeconds() - before).as("CPU seconds used in the second after").isLessThan(0.3);
    }

    @Test
    void aFullPoolWithoutQueueRefusesAtOnceWithRetryAfter() throws InterruptedException {
        Computations pool = computations(1, 0, 30);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> pool.run(work -> {
            started.countDown();
            try {
                return release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        holder.start();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(pool.running()).isEqualTo(1);
        long start = System.nanoTime();
        assertThatThrownBy(() -> pool.run(work -> "second")).isInstanceOfSatisfying(Busy.class, busy -> {
            assertThat(busy.getStatusCode().value()).isEqualTo(429);
            assertThat(busy.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        });
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(0.5);
        release.countDown();
        holder.join(5000);
        String after = pool.run(work -> "after");
        assertThat(after).isEqualTo("after");
    }

    @Test
    void aQueuedComputationRunsWhenASlotFreesAndWaitsNoLongerThanTheMaximum() throws InterruptedException {
        Computations pool = computations(1, 1, 30);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> pool.run(work -> {
            started.countDown();
            try {
                return release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        holder.start();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        // the queue's one place: waits its maximum of 1 s, then 429
        long start = System.nanoTime();
        assertThatThrownBy(() -> pool.run(work -> "waited")).isInstanceOf(Busy.class);
        assertThat((System.nanoTime() - start) / 1e9).isBetween(0.9, 3.0);
        // freed within the wait: it runs
        new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            release.countDown();
        }).start();
        String ran = pool.run(work -> "ran");
        assertThat(ran).isEqualTo("ran");
        holder.join(5000);
    }
}
