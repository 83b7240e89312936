package space.consortium.risk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A risk to record or change. The statement is "given {@code condition}, there is a possibility that
 * {@code consequence}"; likelihood and consequence level are 1–5 on the project's matrix (likelihood 1–5 is A–E on an
 * ECSS matrix).
 *
 * @param domain        safety, technical, cost or schedule
 * @param disposition   accept, mitigate, watch, research, elevate or close
 * @param acceptedBy    the person who accepted the risk: required when the disposition is accept
 * @param activities    ids of the schedule activities the risk affects (free text ids)
 * @param probability   probability of occurrence 0–1 for the simulation (optional)
 * @param delayDays     schedule impact if it occurs, in days (optional)
 * @param cost          cost impact if it occurs, as money: a range with its currency and price year (optional; see
 *                      {@link CostImpact} for the currency and year it takes when they are left out)
 * @param changedBy     who makes this change (kept in the history)
 * @param changeNote    why (kept in the history)
 * @param version       required for an update: the version last read
 */
public record RiskRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 2000) String condition,
        @NotBlank @Size(max = 2000) String consequence,
        @NotBlank @Size(max = 40) String ownerPartnerId,
        @NotBlank String domain,
        @NotNull @Min(value = 1, message = "must be 1 to 5") @Max(value = 5, message = "must be 1 to 5") Integer likelihood,
        @NotNull @Min(value = 1, message = "must be 1 to 5") @Max(value = 5, message = "must be 1 to 5") Integer consequenceLevel,
        @NotBlank String disposition,
        @Nullable @Size(max = 200) String acceptedBy,
        @Nullable @Size(max = 4000) String mitigation,
        @Nullable List<String> activities,
        @Nullable @DecimalMin(value = "0", message = "must be between 0 and 1")
        @DecimalMax(value = "1", message = "must be between 0 and 1") BigDecimal probability,
        @Nullable @Valid Impact delayDays,
        @Nullable @Valid CostImpact cost,
        @Nullable @Size(max = 200) String changedBy,
        @Nullable @Size(max = 1000) String changeNote,
        @Nullable Long version) {

    public static final List<String> DOMAINS = List.of("safety", "technical", "cost", "schedule");
    public static final List<String> DISPOSITIONS = List.of("accept", "mitigate", "watch", "research", "elevate",
            "close");

    /**
     * A cost impact if the risk occurs: a triangular range of amounts (min ≤ mode ≤ max, in units of the currency, not
     * millions) in one currency at one price year, the same money shape as the rest of the API. Only {@code mode} is
     * required. Left out, the currency is the project's cost currency (USD when the project states no cost) and the
     * price year is the project's cost price year when the currency is the project's, otherwise the current year; a
     * stored risk always answers both.
     *
     * @param currency  ISO 4217 code, one of USD, EUR, JPY, CAD, RUB, GBP, INR, CNY
     * @param priceYear the year whose prices the amounts are in, 1900–2100
     */
    public record CostImpact(@Nullable @DecimalMin(value = "0", message = "must be zero or more") BigDecimal min,
                             @NotNull @DecimalMin(value = "0", message = "must be zero or more") BigDecimal mode,
                             @Nullable @DecimalMin(value = "0", message = "must be zero or more") BigDecimal max,
                             @Nullable @Pattern(regexp = "USD|EUR|JPY|CAD|RUB|GBP|INR|CNY",
                                     message = "must be one of USD, EUR, JPY, CAD, RUB, GBP, INR, CNY") String currency,
                             @Nullable @Min(value = 1900, message = "must be a year between 1900 and 2100")
                             @Max(value = 2100, message = "must be a year between 1900 and 2100") Integer priceYear) {

        /** A range without currency and year: they take the defaults when stored. */
        public CostImpact(@Nullable BigDecimal min, BigDecimal mode, @Nullable BigDecimal max) {
            this(min, mode, max, null, null);
        }

        public BigDecimal low() {
            return min == null ? mode : min;
        }

        public BigDecimal high() {
            return max == null ? mode : max;
        }

        /** The same range in the given currency and price year. */
        public CostImpact in(String newCurrency, @Nullable Integer newPriceYear) {
            return new CostImpact(min, mode, max, newCurrency, newPriceYear);
        }
    }

    /** The same request with another cost impact. */
    public RiskRequest withCost(@Nullable CostImpact newCost) {
        return new RiskRequest(title, condition, consequence, ownerPartnerId, domain, likelihood, consequenceLevel,
                disposition, acceptedBy, mitigation, activities, probability, delayDays, newCost, changedBy,
                changeNote, version);
    }

    /**
     * An impact if the risk occurs: a triangular range (min ≤ mode ≤ max), or one value when all three are equal.
     * Only {@code mode} is required; missing {@code min}/{@code max} take its value.
     */
    public record Impact(@Nullable @DecimalMin(value = "0", message = "must be zero or more") BigDecimal min,
                         @NotNull @DecimalMin(value = "0", message = "must be zero or more") BigDecimal mode,
                         @Nullable @DecimalMin(value = "0", message = "must be zero or more") BigDecimal max) {

        public BigDecimal low() {
            return min == null ? mode : min;
        }

        public BigDecimal high() {
            return max == null ? mode : max;
        }
    }
}
