package space.consortium.insights.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * External claims: a figure the registry does not compute, checked against the reference figures stored with their
 * sources and dates. Supported when the stated value holds against the latest sourced value; imprecise when it does
 * not but lies within the range of every sourced value (figures vary by year and by definition); contradicted
 * otherwise.
 */
final class ExternalRule {

    private ExternalRule() {
    }

    static Verdict check(ClaimSubject.External e, Stated stated, Facts facts) {
        String rule = "external: the reference figures stored with their sources; supported against the latest, "
                + "imprecise within the range of all sourced values";
        List<Facts.ReferenceFigure> rows = facts.figure(e.figure()).stream()
                .sorted(Comparator.comparing(Facts.ReferenceFigure::asOf)).toList();
        if (rows.isEmpty()) {
            return Verdict.notComputable(rule, "no reference figure '" + e.figure() + "'; figures: "
                    + facts.figures().stream().map(Facts.ReferenceFigure::figureId).distinct().toList());
        }
        List<EvidenceRow> evidence = rows.stream().map(Rows::figure).toList();
        if (stated.value() == null) {
            return Verdict.notComputable(rule, "an external claim needs a stated value", List.of(), evidence);
        }
        Facts.ReferenceFigure latest = rows.stream().filter(f -> f.value() != null)
                .reduce((a, b) -> b).orElse(null);
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Facts.ReferenceFigure f : rows) {
            low = Math.min(low, f.value() != null ? f.value() : f.min());
            high = Math.max(high, f.value() != null ? f.value() : f.max());
        }
        String unit = rows.get(0).unit();
        List<String> caveats = new ArrayList<>();
        String range = "Sourced values range " + Verdict.number(low) + "–" + Verdict.number(high) + " " + unit
                + ", depending on the year and the definition"
                + (latest == null ? "" : "; latest: " + Verdict.number(latest.value()) + " as of " + latest.asOf());
        caveats.add(range + ".");
        Double computed = latest == null ? null : latest.value();
        if (latest != null && stated.holds(latest.value())) {
            return new Verdict(Verdict.Outcome.SUPPORTED, computed, null, rule, null, caveats, evidence);
        }
        double v = stated.value();
        boolean inside = v >= low - stated.tolerance() && v <= high + stated.tolerance();
        if (inside) {
            return new Verdict(Verdict.Outcome.IMPRECISE, computed, null, rule, null, caveats, evidence);
        }
        return new Verdict(Verdict.Outcome.CONTRADICTED, computed, null, rule, null, caveats, evidence);
    }
}
