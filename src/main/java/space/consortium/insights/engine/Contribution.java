package space.consortium.insights.engine;

/**
 * A partner's contribution to a project, by kind ("instrument", "launch", "ground segment", "funding", ...).
 */
public record Contribution(String projectId, String partnerId, String kind) {

    public Contribution {
        if (projectId.isBlank() || partnerId.isBlank() || kind.isBlank()) {
            throw new IllegalArgumentException("a contribution needs a project, a partner and a kind, got "
                    + projectId + " / " + partnerId + " / '" + kind + "'");
        }
    }
}
