package space.consortium.projects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import space.consortium.shared.MoneyRequest;

/**
 * What a client sends to create or update a project: the body {@code GET /api/projects/{id}} answers is accepted as it
 * is ({@code id} must then match the address; the lead's name, the partner count and the participants, contributions
 * and share tables, which are edited through their own resources, are ignored).
 *
 * @param cost total cost as money ({@code {amount, currency, priceYear}}, amount in units of the currency, not
 *             millions); null: no source states it
 */
@JsonIgnoreProperties({"leadPartnerName", "partnerCount", "participants", "contributions", "shareTables"})
public record ProjectRequest(
        @Nullable @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}", message = "must be a slug of lowercase letters, digits and '-' (at most 60)") String id,
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 100) String destination,
        @Nullable @Pattern(regexp = "operating|completed|failed|planned|cancelled",
                message = "must be one of: operating, completed, failed, planned, cancelled") String status,
        @Nullable @Min(1957) @Max(2100) Integer launchYear,
        @NotBlank(message = "is required: the id of the lead partner") String leadPartnerId,
        @Nullable @Valid MoneyRequest cost,
        @Nullable @Size(max = 2000) String notes,
        @NotBlank @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String sourceUrl,
        @Nullable Long version) {

    public static final List<String> STATUSES = List.of("operating", "completed", "failed", "planned", "cancelled");
}
