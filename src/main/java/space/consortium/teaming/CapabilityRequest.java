package space.consortium.teaming;

import org.jspecify.annotations.Nullable;

/** What a client sends to add or change a capability; {@code id} only when adding, {@code version} only when changing. */
public record CapabilityRequest(@Nullable String id, @Nullable String name, @Nullable String group,
                                @Nullable String description, @Nullable Double unitCostUsdMillions,
                                @Nullable String unitCostSourceUrl, @Nullable Long version) {
}
