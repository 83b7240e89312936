package space.consortium.projects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a client sends to create or replace a share table; the entries' percentages must add up to exactly 100. The
 * body {@code GET /api/share-tables/{id}} answers is accepted as it is ({@code id} must then match the address; the
 * partners' names are ignored).
 */
public record ShareTableRequest(
        @Nullable Long id,
        @NotBlank(message = "is required: the id of the project") String projectId,
        @NotBlank @Size(max = 100) String name,
        @NotEmpty(message = "must list at least one partner share") List<@Valid @NotNull Entry> entries,
        @NotBlank @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String sourceUrl,
        @Nullable Long version) {

    /** The same request without an id (the id of a stored table comes from the address). */
    public ShareTableRequest(String projectId, String name, List<Entry> entries, String sourceUrl,
                             @Nullable Long version) {
        this(null, projectId, name, entries, sourceUrl, version);
    }

    /** One partner's share in percent. */
    @JsonIgnoreProperties({"partnerName"})
    public record Entry(
            @NotBlank(message = "is required: the id of the partner") String partnerId,
            @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
            @DecimalMax(value = "100", message = "must be at most 100")
            @Digits(integer = 3, fraction = 3, message = "must have at most 3 decimal places") BigDecimal percent) {
    }
}
