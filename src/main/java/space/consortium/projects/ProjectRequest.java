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
 * What a client sends to create or update a project. {@code costAmount} is in units of {@code costCurrency} (not
 * millions); give all three cost fields or none of amount and currency.
 */
public record ProjectRequest(
        @Nullable @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}", message = "must be a slug of lowercase letters, digits and '-' (at most 60)") String id,
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 100) String destination,
        @Nullable @Pattern(regexp = "operating|completed|failed|planned|cancelled",
                message = "must be one of: operating, completed, failed, planned, cancelled") String status,
        @Nullable @Min(1957) @Max(2100) Integer launchYear,
        @NotBlank(message = "is required: the id of the lead partner") String leadPartnerId,
        @Nullable @DecimalMin("0")
        @Digits(integer = 18, fraction = 2, message = "must have at most 18 digits before the point and 2 after it") BigDecimal costAmount,
        @Nullable @Pattern(regexp = "USD|EUR|JPY|CAD|RUB|GBP|INR|CNY", message = "must be one of USD, EUR, JPY, CAD, RUB, GBP, INR, CNY") String costCurrency,
        @Nullable @Min(1900) @Max(2100) Integer costPriceYear,
        @Nullable @Size(max = 2000) String notes,
        @NotBlank @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String sourceUrl,
        @Nullable Long version) {

    public static final List<String> STATUSES = List.of("operating", "completed", "failed", "planned", "cancelled");
}
