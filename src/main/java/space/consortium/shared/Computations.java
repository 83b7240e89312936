package space.consortium.shared;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Runs the open computations of the web edge (allocations, teaming, JCL, fleet, relay) within bounds: each gets the
 * {@link Work} of its caller (anonymous or signed-in limits, see {@link ComputationSettings}); at most
 * {@code pool-size} run at once and {@code queue-size} more wait for a slot, a request beyond them is refused with
 * {@link Busy} (429, {@code Retry-After}); a computation is stopped ({@link Cancelled}) at its next
 * {@link Checkpoint} once its time limit is up or its client has disconnected.
 *
 * <p>Implementation notes: a computation runs on its request's own thread, so that it keeps the request's
 * transaction and security context; a fair semaphore is the pool. A client's disconnect is seen by one watcher thread
 * that looks up, every {@code disconnect-check-millis}, the TCP connection of each running request in the kernel's
 * table ({@code /proc/net/tcp}, {@code /proc/net/tcp6}): a connection that is no longer ESTABLISHED has been closed by
 * the client. Where that table does not exist (not Linux), or the request has no socket (tests with a mock request),
 * only the time limit applies.
 */
@Component
public class Computations {

    private static final List<Path> TCP_TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));

    private final ComputationSettings settings;
    private final int slots;
    private final Semaphore pool;
    private final AtomicInteger waiting = new AtomicInteger();
    private final Set<Running> watched = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService watcher;

    public Computations(ComputationSettings settings) {
        this.settings = settings;
        this.slots = settings.getPoolSize() > 0 ? settings.getPoolSize() : Runtime.getRuntime().availableProcessors();
        this.pool = new Semaphore(slots, true);
        this.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "computation-watcher");
            t.setDaemon(true);
            return t;
        });
        watcher.scheduleWithFixedDelay(this::checkConnections, settings.getDisconnectCheckMillis(),
                settings.getDisconnectCheckMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        watcher.shutdownNow();
    }

    /** Computations that can run at once. */
    public int slots() {
        return slots;
    }

    /** Computations running now. */
    public int running() {
        return slots - pool.availablePermits();
    }

    /** The work allowed to the current caller (without running anything), e.g. to show the limits on a page. */
    public Work work() {
        return work(Checkpoint.NONE);
    }

    /**
     * Runs a computation with the current caller's limits, in a slot of the pool.
     *
     * @param task receives the {@link Work}; it checks its bounds with {@link Work#check} before it starts the engine
     *             and hands the work's checkpoint to the engine
     * @throws Busy      when every slot is taken and the queue is full (or the wait for a slot is too long)
     * @throws Cancelled when the time limit is up or the client disconnected
     * @throws OverLimit when the task finds it asks for too much
     */
    public <T> T run(Function<Work, T> task) {
        Running running = new Running(limits().timeLimitSeconds(), signedIn());
        Work work = work(running);
        acquire();
        try {
            Connection connection = connection();
            if (connection != null && established(Set.of(connection)).contains(connection)) {
                running.connection = connection;
                watched.add(running);
            }
            return task.apply(work);
        } finally {
            watched.remove(running);
            pool.release();
        }
    }

    private void acquire() {
        if (pool.tryAcquire()) {
            return;
        }
        if (waiting.incrementAndGet() > settings.getQueueSize()) {
            waiting.decrementAndGet();
            throw new Busy(slots, settings.getRetryAfterSeconds());
        }
        try {
            if (!pool.tryAcquire(settings.getMaxWaitSeconds(), TimeUnit.SECONDS)) {
                throw new Busy(slots, settings.getRetryAfterSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy(slots, settings.getRetryAfterSeconds());
        } finally {
            waiting.decrementAndGet();
        }
    }

    private Work work(Checkpoint checkpoint) {
        return signedIn()
                ? new Work(settings.getSignedIn().limits(), "signed-in users", null, checkpoint)
                : new Work(settings.getAnonymous().limits(), "anonymous users", settings.getSignedIn().limits(),
                        checkpoint);
    }

    private WorkLimits limits() {
        return signedIn() ? settings.getSignedIn().limits() : settings.getAnonymous().limits();
    }

    private static boolean signedIn() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.isAuthenticated() && !(a instanceof AnonymousAuthenticationToken);
    }

    /** One running computation: its deadline, its connection, and why it must stop (once it must). */
    private final class Running implements Checkpoint {
        private final long deadline;
        private final long seconds;
        private final boolean signedIn;
        private final AtomicLong done = new AtomicLong();
        private volatile @Nullable String stop;
        private volatile @Nullable Connection connection;

        Running(long seconds, boolean signedIn) {
            this.seconds = seconds;
            this.signedIn = signedIn;
            long nanos = TimeUnit.SECONDS.toNanos(Math.min(seconds, TimeUnit.NANOSECONDS.toSeconds(Long.MAX_VALUE) / 4));
            this.deadline = System.nanoTime() + nanos;
        }

        @Override
        public void reached(long units) {
            done.set(units);
            String reason = stop;
            if (reason == null && System.nanoTime() - deadline > 0) {
                long more = settings.getSignedIn().getTimeLimitSeconds();
                reason = String.format(Locale.ROOT, "The computation ran past its time limit of %,d s for %s%s; ask "
                        + "for less work", seconds, signedIn ? "signed-in users" : "anonymous users",
                        !signedIn && more > seconds ? String.format(Locale.ROOT, " (sign in for %,d s)", more) : "");
                stop = reason;
            }
            if (reason != null) {
                throw new Cancelled(reason);
            }
        }
    }

    /** The TCP connection of a request, by its ports. */
    private record Connection(int localPort, int remotePort) {
    }

    private static @Nullable Connection connection() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        HttpServletRequest request = attributes.getRequest();
        int local = request.getLocalPort();
        int remote = request.getRemotePort();
        return local > 0 && remote > 0 ? new Connection(local, remote) : null;
    }

    private void checkConnections() {
        if (watched.isEmpty()) {
            return;
        }
        Set<Connection> asked = new HashSet<>();
        watched.forEach(r -> {
            Connection c = r.connection;
            if (c != null) {
                asked.add(c);
            }
        });
        Set<Connection> alive = established(asked);
        for (Running r : watched) {
            Connection c = r.connection;
            if (c != null && !alive.contains(c) && r.stop == null) {
                r.stop = "The client disconnected";
            }
        }
    }

    /** Which of the connections are ESTABLISHED in the kernel's TCP tables (none where the tables cannot be read). */
    private static Set<Connection> established(Set<Connection> asked) {
        Set<Connection> found = new HashSet<>();
        boolean readable = false;
        for (Path table : TCP_TABLES) {
            List<String> lines;
            try {
                lines = Files.readAllLines(table);
            } catch (IOException | SecurityException | UnsupportedOperationException e) {
                continue;
            }
            readable = true;
            for (int i = 1; i < lines.size(); i++) {
                String[] f = lines.get(i).trim().split("\\s+");
                if (f.length < 4 || !f[3].equals("01")) {
                    continue;
                }
                Connection c = new Connection(port(f[1]), port(f[2]));
                if (asked.contains(c)) {
                    found.add(c);
                }
            }
        }
        return readable ? found : asked;
    }

    private static int port(String address) {
        int colon = address.lastIndexOf(':');
        try {
            return Integer.parseInt(address.substring(colon + 1), 16);
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            return -1;
        }
    }
}
