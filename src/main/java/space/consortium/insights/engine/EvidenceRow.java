package space.consortium.insights.engine;

/**
 * One registry row a verdict rests on.
 *
 * @param type      {@code project}, {@code partner}, {@code agreement}, {@code agreement-party},
 *                  {@code reference-figure} or {@code population}
 * @param id        the row's id (for a party: {@code agreement/country-or-partner})
 * @param label     what the row says, in words
 * @param url       the page of the record in this application
 * @param sourceUrl the row's own source
 */
public record EvidenceRow(String type, String id, String label, String url, String sourceUrl) {
}
