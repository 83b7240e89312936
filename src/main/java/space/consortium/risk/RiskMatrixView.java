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
}
