package space.consortium.projects;

import org.jspecify.annotations.Nullable;

/** Filters for the contribution list; null means no filter. */
public record ContributionQuery(@Nullable String project, @Nullable String partner, @Nullable String kind) {
}
