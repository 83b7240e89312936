package space.consortium.insights.engine;

/** A project and the number of distinct partners taking part in it. */
public record ProjectReach(String projectId, int partners) {

    public ProjectReach {
        if (partners < 0) {
            throw new IllegalArgumentException("a partner count is not negative, got " + partners);
        }
    }
}
