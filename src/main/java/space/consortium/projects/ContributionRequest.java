package space.consortium.projects;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a client sends to add or change a contribution. {@code amount} is in units of {@code currency} (not millions);
 * amount and currency go together, the price year is optional (nominal when absent).
 */
public record ContributionRequest(
        @NotBlank(message = "is required: the id of the project") String projectId,
        @NotBlank(message = "is required: the id of the contributing partner") String partnerId,
        @NotBlank @Pattern(regexp = "hardware|instrument|launch|service|funding|crew",
                message = "must be one of: hardware, instrument, launch, service, funding, crew") String kind,
        @NotBlank @Size(max = 500) String element,
        @Nullable @DecimalMin(value = "0", message = "must be zero or more")
        @Digits(integer = 18, fraction = 2, message = "must have at most 18 digits before the point and 2 after it") BigDecimal amount,
        @Nullable @Pattern(regexp = "USD|EUR|JPY|CAD|RUB|GBP|INR|CNY", message = "must be one of USD, EUR, JPY, CAD, RUB, GBP, INR, CNY") String currency,
        @Nullable @Min(1900) @Max(2100) Integer priceYear,
        @NotBlank @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String sourceUrl,
        @Nullable Long version) {

    public static final List<String> KINDS = List.of("hardware", "instrument", "launch", "service", "funding", "crew");
}
