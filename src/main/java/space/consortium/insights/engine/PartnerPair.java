package space.consortium.insights.engine;

/**
 * Two partners who share projects; {@code first} sorts before {@code second}.
 *
 * @param sharedProjects the number of projects both take part in, at least 1
 */
public record PartnerPair(String first, String second, int sharedProjects) {

    public PartnerPair {
        if (first.compareTo(second) >= 0) {
            throw new IllegalArgumentException("a pair is ordered and of two partners, got " + first + ", " + second);
        }
        if (sharedProjects < 1) {
            throw new IllegalArgumentException("a pair shares at least one project, got " + sharedProjects);
        }
    }
}
