package space.consortium.teaming;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A ready-made mission built from the catalogue, to start from on the page or in the API. */
public record MissionTemplate(String id, String name, String description,
                              List<MissionRequest.RequirementSpec> requirements, @Nullable Integer maxPartners) {

    public MissionTemplate {
        requirements = List.copyOf(requirements);
    }

    /** The template as a request (catalogue partners, min-cost). */
    public MissionRequest request() {
        return new MissionRequest(requirements, null, new MissionRequest.ConstraintSpec(null, null, null, maxPartners,
                null), "min-cost", null, null, null, null);
    }
}
