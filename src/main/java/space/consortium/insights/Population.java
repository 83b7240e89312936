package space.consortium.insights;

import java.util.List;

/**
 * A named set of projects that share claims are computed over.
 *
 * @param complete   whether the registry holds every member as defined; a share over an incomplete population (a
 *                   curated sample) is not computed
 * @param projectIds the members
 */
public record Population(String id, String name, String definition, boolean complete, String sourceUrl,
                         List<String> projectIds) {

    public Population {
        projectIds = List.copyOf(projectIds);
    }
}
