package space.consortium.projects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import space.consortium.shared.MoneyRequest;

/**
 * What a client sends to add or change a contribution: the body {@code GET /api/contributions/{id}} answers is accepted
 * as it is ({@code id} must then match the address; the derived names are ignored).
 *
 * @param value the agreed or reported value as money ({@code {amount, currency, priceYear}}, amount in units of the
 *              currency, not millions; the price year is optional, nominal when absent); null: none stated
 */
@JsonIgnoreProperties({"projectName", "partnerName"})
public record ContributionRequest(
        @Nullable Long id,
        @NotBlank(message = "is required: the id of the project") String projectId,
        @NotBlank(message = "is required: the id of the contributing partner") String partnerId,
        @NotBlank @Pattern(regexp = "hardware|instrument|launch|service|funding|crew",
                message = "must be one of: hardware, instrument, launch, service, funding, crew") String kind,
        @NotBlank @Size(max = 500) String element,
        @Nullable @Valid MoneyRequest value,
        @NotBlank @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String sourceUrl,
        @Nullable Long version) {

    public static final List<String> KINDS = List.of("hardware", "instrument", "launch", "service", "funding", "crew");

    /** The same request without an id (the id of a stored contribution comes from the address). */
    public ContributionRequest(String projectId, String partnerId, String kind, String element,
                               @Nullable MoneyRequest value, String sourceUrl, @Nullable Long version) {
        this(null, projectId, partnerId, kind, element, value, sourceUrl, version);
    }
}
