package space.consortium.teaming;

import org.jspecify.annotations.Nullable;

/**
 * A capability of the catalogue.
 *
 * @param group                 launch, in-space, surface, communications, science or crew
 * @param unitCostUsdMillions   planning estimate per unit in millions of US dollars, used when a partner gives none;
 *                              null: none
 * @param unitCostSourceUrl     the page that states the unit cost; null: the cost is an illustrative placeholder,
 *                              which the coalition builder does not count in a coalition's cost (it marks it)
 */
public record Capability(String id, String name, String group, @Nullable String description,
                         @Nullable Double unitCostUsdMillions, @Nullable String unitCostSourceUrl, long version) {

    /** Whether the unit cost is a sourced figure (and so counts in a coalition's cost). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean costSourced() {
        return unitCostUsdMillions != null && unitCostSourceUrl != null;
    }
}
