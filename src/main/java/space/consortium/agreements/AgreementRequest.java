package space.consortium.agreements;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a client sends to create or update an agreement; the parties list replaces the stored one. */
public record AgreementRequest(
        @Nullable @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}", message = "must be a slug of lowercase letters, digits and '-' (at most 60)") String id,
        @NotBlank @Pattern(regexp = "intergovernmental|MOU|barter|accords",
                message = "must be one of: intergovernmental, MOU, barter, accords") String kind,
        @NotBlank @Size(max = 300) String title,
        @Nullable @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be an ISO date YYYY-MM-DD") String signedOn,
        @Nullable @Size(max = 2000) String description,
        @Nullable @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}", message = "must be a project id (a slug such as 'iss')") String projectId,
        @NotBlank @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String sourceUrl,
        @Nullable Long version,
        @Nullable List<@Valid @NotNull Party> parties) {

    public static final List<String> KINDS = List.of("intergovernmental", "MOU", "barter", "accords");

    public AgreementRequest {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    /** A signatory: give a partner id, or a country name (with its ISO code), or both; the partner's name is ignored. */
    @JsonIgnoreProperties({"partnerName"})
    public record Party(
            @Nullable String partnerId,
            @Nullable @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as CA") String countryCode,
            @Nullable @Size(max = 100) String countryName,
            @Nullable @Pattern(regexp = "\\d{4}-\\d{2}(-\\d{2})?", message = "must be YYYY-MM-DD, or YYYY-MM when only the month is known") String signed,
            @NotBlank @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String sourceUrl) {
    }
}
