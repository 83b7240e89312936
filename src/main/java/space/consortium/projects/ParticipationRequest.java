package space.consortium.projects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a client sends to add or change a participation. */
public record ParticipationRequest(
        @NotBlank(message = "is required: the id of the project") String projectId,
        @NotBlank(message = "is required: the id of the partner") String partnerId,
        @NotBlank @Pattern(regexp = "lead|partner|contributor", message = "must be one of: lead, partner, contributor") String role,
        @NotBlank @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String sourceUrl,
        @Nullable Long version) {

    public static final List<String> ROLES = List.of("lead", "partner", "contributor");
}
