package space.consortium.risk;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Tailors a project's matrix: start from a scale ({@code nasa} or {@code ecss}) and optionally change its labels and
 * zoning.
 *
 * @param zoning  25 zone codes (VL, L, M, H, VH, R), rows from likelihood 5 down to 1; empty keeps the scale's
 * @param version the version last read (0 for a project still on the default)
 */
public record RiskMatrixRequest(@NotBlank String scaleId, @Nullable List<String> likelihoodLabels,
                                @Nullable List<String> consequenceLabels, @Nullable String zoning,
                                @Nullable Long version) {
}
