package space.consortium.insights;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A published claim to keep and check: "ESA's international share is over 0.8" is
 * {@code metric=internationalShare, partnerId=esa, comparator=">", stated=0.8}. A metric the platform cannot compute
 * is accepted and checked as "not computable".
 *
 * @param comparator one of {@code = >= <= > < ≈} ({@code ~} is read as {@code ≈})
 * @param stated     the stated value in the metric's unit (a share is a fraction 0..1)
 * @param tolerance  for {@code ≈}: the absolute tolerance (default 0)
 */
public record ClaimRequest(
        @NotBlank @Size(max = 1000) String statement,
        @NotBlank @Size(max = 60) String metric,
        @Nullable @Size(max = 40) String partnerId,
        @NotBlank @Pattern(regexp = "=|>=|<=|>|<|≈|~", message = "must be one of = >= <= > < ≈") String comparator,
        @NotNull BigDecimal stated,
        @Nullable @DecimalMin(value = "0", message = "must be zero or more") BigDecimal tolerance,
        @NotBlank @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String sourceUrl,
        @Nullable Long version) {
}
