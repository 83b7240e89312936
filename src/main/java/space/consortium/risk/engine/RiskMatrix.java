package space.consortium.risk.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A 5 × 5 risk matrix: likelihood levels 1–5 (shown with their codes, "1".."5" on the NASA scale or "A".."E" on the
 * ECSS scale) against consequence (severity) levels 1–5, and the zone of each cell. The zoning is data: 25 zone codes
 * listed row by row from likelihood 5 down to 1, each row from consequence 1 to 5, as the published matrices are
 * drawn.
 *
 * @param likelihoodLabels  five names, level 1 first
 * @param consequenceLabels five names, level 1 first
 * @param likelihoodCodes   five short codes, level 1 first ("1".."5" or "A".."E")
 * @param zoning            25 zone codes (see {@link Zone})
 */
public record RiskMatrix(List<String> likelihoodLabels, List<String> consequenceLabels, List<String> likelihoodCodes,
                         List<Zone> zoning) {

    public static final int LEVELS = 5;

    /** The zones a cell can be in, lowest first; {@code R} ("red", NASA's highest) ranks with very high. */
    public enum Zone {
        VL("very low"), L("low"), M("medium"), H("high"), VH("very high"), R("red");

        private final String label;

        Zone(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** 0 (very low) to 4 (very high / red). */
        public int rank() {
            return this == R ? 4 : ordinal();
        }
    }

    public RiskMatrix {
        likelihoodLabels = List.copyOf(likelihoodLabels);
        consequenceLabels = List.copyOf(consequenceLabels);
        likelihoodCodes = List.copyOf(likelihoodCodes);
        zoning = List.copyOf(zoning);
        if (likelihoodLabels.size() != LEVELS || consequenceLabels.size() != LEVELS || likelihoodCodes.size() != LEVELS) {
            throw new IllegalArgumentException("a risk matrix has five likelihood and five consequence levels");
        }
        if (zoning.size() != LEVELS * LEVELS) {
            throw new IllegalArgumentException("the zoning needs 25 cells, found " + zoning.size());
        }
    }

    /**
     * Reads a zoning written as 25 codes separated by spaces (or commas, or "/" between rows).
     *
     * @throws IllegalArgumentException naming the first bad code or the wrong count
     */
    public static List<Zone> parseZoning(String text) {
        String[] tokens = text.trim().isEmpty() ? new String[0] : text.trim().split("[\\s,;/|]+");
        if (tokens.length != LEVELS * LEVELS) {
            throw new IllegalArgumentException("needs 25 zone codes (5 rows of 5, likelihood 5 first), found "
                    + tokens.length);
        }
        List<Zone> zones = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            String code = tokens[i].toUpperCase(Locale.ROOT);
            try {
                zones.add(Zone.valueOf(code));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cell " + (i + 1) + " (likelihood " + (LEVELS - i / LEVELS)
                        + ", consequence " + (i % LEVELS + 1) + ") has '" + tokens[i] + "'; zone codes are "
                        + Arrays.toString(Zone.values()));
            }
        }
        return zones;
    }

    /** The zoning as text, rows separated by " / ". */
    public static String formatZoning(List<Zone> zoning) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < zoning.size(); i++) {
            if (i > 0) {
                text.append(i % LEVELS == 0 ? " / " : " ");
            }
            text.append(zoning.get(i).name());
        }
        return text.toString();
    }

    /** The zone of a cell; both levels 1–5. */
    public Zone zone(int likelihood, int consequence) {
        check(likelihood, "likelihood");
        check(consequence, "consequence");
        return zoning.get((LEVELS - likelihood) * LEVELS + consequence - 1);
    }

    /** The cell's index as people write it: "4D"-style (severity, likelihood code) on a letter scale, else "L4×C3". */
    public String index(int likelihood, int consequence) {
        String code = likelihoodCodes.get(likelihood - 1);
        return Character.isLetter(code.charAt(0)) ? consequence + code : "L" + code + "×C" + consequence;
    }

    private static void check(int level, String name) {
        if (level < 1 || level > LEVELS) {
            throw new IllegalArgumentException(name + " must be 1 to 5, was " + level);
        }
    }
}
