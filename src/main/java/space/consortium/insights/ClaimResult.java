package space.consortium.insights;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A claim checked against the registry.
 *
 * @param verdict  {@code supported}, {@code contradicted} or {@code not computable}
 * @param computed the value computed from the registry (absent when not computable)
 * @param rowsUsed how many registry rows the computed value rests on
 * @param reason   why the claim is not computable
 * @param caveats  the dataset's documented caveats that bear on this claim
 */
public record ClaimResult(StoredClaim claim, String verdict, @Nullable Double computed, @Nullable Integer rowsUsed,
                          @Nullable String reason, List<String> caveats) {

    public ClaimResult {
        caveats = List.copyOf(caveats);
    }
}
