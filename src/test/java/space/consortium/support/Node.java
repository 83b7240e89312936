package space.consortium.support;

import java.net.URI;
import org.springframework.context.ConfigurableApplicationContext;

/** One running instance of the application in a {@link Cluster}. */
public record Node(String name, ConfigurableApplicationContext context, URI base) {

    /** The absolute URI of a path on this node, e.g. {@code uri("/account")}. */
    public URI uri(String path) {
        return base.resolve(path);
    }

    /** A bean of this node, e.g. a service to prepare data or a scheduler to inspect. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Whether the node still runs. */
    public boolean running() {
        return context.isActive();
    }

    /** Stops the node (its web server, its scheduled work, its database pool); the others carry on. */
    public void stop() {
        if (context.isActive()) {
            context.close();
        }
    }
}
