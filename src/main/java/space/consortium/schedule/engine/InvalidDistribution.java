package space.consortium.schedule.engine;

/** Parameters that describe no distribution (min above max, mode outside the range, negative spread). */
public final class InvalidDistribution extends RuntimeException {

    private final String parameter;

    InvalidDistribution(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The offending parameter's name in the plan file ({@code min}, {@code mode}, {@code sd}, ...). */
    public String parameter() {
        return parameter;
    }
}
