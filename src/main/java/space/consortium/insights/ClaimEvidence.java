package space.consortium.insights;

/**
 * One row a verdict rests on.
 *
 * @param type      {@code project}, {@code partner}, {@code agreement}, {@code agreement-party},
 *                  {@code reference-figure} or {@code population}
 * @param url       the record's page in this application
 * @param sourceUrl the row's own source
 */
public record ClaimEvidence(String type, String id, String label, String url, String sourceUrl) {
}
