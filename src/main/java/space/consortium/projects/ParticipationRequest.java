package space.consortium.projects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a client sends to add or change a participation: the body {@code GET /api/participations/{id}} answers is
 * accepted as it is ({@code id} must then match the address; the derived names are ignored).
 */
@JsonIgnoreProperties({"projectName", "partnerName"})
public record ParticipationRequest(
        @Nullable Long id,
        @NotBlank(message = "is required: the id of the project") String projectId,
        @NotBlank(message = "is required: the id of the partner") String partnerId,
        @NotBlank @Pattern(regexp = "lead|partner|contributor", message = "must be one of: lead, partner, contributor") String role,
        @NotBlank @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String sourceUrl,
        @Nullable Long version) {

    public static final List<String> ROLES = List.of("lead", "partner", "contributor");

    /** The same request without an id (the id of a stored participation comes from the address). */
    public ParticipationRequest(String projectId, String partnerId, String role, String sourceUrl,
                                @Nullable Long version) {
        this(null, projectId, partnerId, role, sourceUrl, version);
    }
}
