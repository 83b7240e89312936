package space.consortium.teaming;

import org.jspecify.annotations.Nullable;

/**
 * A capability of the catalogue.
 *
 * @param group                 launch, in-space, surface, communications, science or crew
 * @param unitCostUsdMillions   illustrative planning estimate per unit in millions of US dollars, used when a
 *                              partner gives none; null: none
 */
public record Capability(String id, String name, String group, @Nullable String description,
                         @Nullable Double unitCostUsdMillions, long version) {
}
