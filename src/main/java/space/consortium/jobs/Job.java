package space.consortium.jobs;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A job and how far it is.
 *
 * @param kind     {@code jcl}, {@code relay} or {@code fleet}
 * @param status   {@code queued}, {@code running}, {@code done} or {@code failed}
 * @param done     units of work done (trials for JCL and fleet, time steps of the window search for relay), updated
 *                 while it runs
 * @param total    units of work of the whole job
 * @param attempts how many times a node started it (more than one when a node died while running it)
 * @param node     the node that ran it last
 * @param result   the answer once done: what the direct endpoint answers ({@code POST /api/jcl},
 *                 {@code /api/relay/plan}, {@code /api/fleet/simulate})
 * @param error    why it failed
 */
public record Job(String id, String kind, String status, long done, long total, int attempts, @Nullable String node,
                  @Nullable JsonNode result, @Nullable String error, @Nullable String createdBy, Instant createdAt,
                  Instant updatedAt) {
}
