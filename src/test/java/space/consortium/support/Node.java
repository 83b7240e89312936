package space.consortium.support;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One running instance of the application in a {@link Cluster}: either a Spring application inside the test's JVM
 * ({@link Cluster#start}, whose beans a test may use) or a separate JVM ({@link Cluster#startProcess}, which a test
 * may {@link #kill()} as a machine dies).
 */
public record Node(String name, URI base, @Nullable ConfigurableApplicationContext context,
                   @Nullable Process process) {

    /** The absolute URI of a path on this node, e.g. {@code uri("/account")}. */
    public URI uri(String path) {
        return base.resolve(path);
    }

    /** A bean of this node, e.g. a service to prepare data or a scheduler to inspect; in-JVM nodes only. */
    public <T> T bean(Class<T> type) {
        if (context == null) {
            throw new UnsupportedOperationException("Node " + name + " runs in its own JVM: start it with "
                    + "Cluster.start to use its beans");
        }
        return context.getBean(type);
    }

    /** Whether the node still runs. */
    public boolean running() {
        return context != null ? context.isActive() : process != null && process.isAlive();
    }

    /** Stops the node in order (graceful shutdown: requests and work in flight may finish); the others carry on. */
    public void stop() {
        if (context != null && context.isActive()) {
            context.close();
        }
        if (process != null && process.isAlive()) {
            process.destroy(); // SIGTERM: Spring's shutdown hooks run
            waitFor(process);
        }
    }

    /** Kills the node's JVM at once ({@code kill -9}): nothing of it gets to finish or clean up. */
    public void kill() {
        if (process == null) {
            throw new UnsupportedOperationException("Node " + name + " runs inside the test's JVM: start it with "
                    + "Cluster.startProcess to kill it");
        }
        process.destroyForcibly();
        waitFor(process);
    }

    private static void waitFor(Process process) {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
