package space.consortium.risk;

import java.util.List;

/**
 * A project's risk matrix: the scale it started from, its labels, and the zone of each cell.
 *
 * @param zoning 25 zone codes, rows from likelihood 5 down to 1, each from consequence 1 to 5
 * @param zones  the same as rows: {@code zones.get(0)} is likelihood 5
 * @param tailored true when the project changed the scale's labels or zoning
 */
public record RiskMatrixView(String projectId, String scaleId, String scaleName, String sourceUrl,
                             List<String> likelihoodLabels, List<String> consequenceLabels,
                             List<String> likelihoodCodes, String zoning, List<List<String>> zones, boolean tailored,
                             long version) {

    /** Likelihood and consequence levels of a matrix. */
    public static final int LEVELS = 5;

    /**
     * One cell of a project's matrix, as the register's pages show it.
     *
     * @param index     the cell as people write it ("4D" on a letter scale, else "L4×C3")
     * @param zone      the zone's name ("very low" … "red")
     * @param zoneRank  0 (very low) to 4 (very high or red)
     */
    public record Cell(int likelihood, int consequence, String index, String zone, int zoneRank) {
    }
}
