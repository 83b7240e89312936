package space.consortium.teaming;

import org.jspecify.annotations.Nullable;

/**
 * A documented policy that keeps two partners out of the same coalition (e.g. the Wolf Amendment); applied to
 * catalogue-based solves while {@code enabled}.
 */
public record Policy(String id, String partnerA, String partnerB, String title, @Nullable String description,
                     boolean enabled, String sourceUrl, long version) {
}
