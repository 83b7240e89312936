package space.consortium.partners;

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
 * What a client sends to create or update a partner: the body {@code GET /api/partners/{id}} answers is accepted as it
 * is. On update {@code id} must match the path (or be left out) and {@code version} must be the version last read.
 *
 * @param budget annual budget in US dollars (units, not millions); its price year is the budget's year
 */
public record PartnerRequest(
        @Nullable @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "must be a slug of lowercase letters, digits and '-' (at most 40)") String id,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "national agency|intergovernmental|company|academia|other",
                message = "must be one of: national agency, intergovernmental, company, academia, other") String kind,
        @Nullable @Size(max = 100) String countryOrMembers,
        @Nullable @Min(1900) @Max(2100) Integer founded,
        @Nullable @Valid MoneyRequest budget,
        @NotBlank @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String sourceUrl,
        @Nullable Long version) {

    /** The kinds of partner. */
    public static final List<String> KINDS = List.of("national agency", "intergovernmental", "company", "academia", "other");

}
