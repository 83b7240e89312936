package space.consortium.insights.engine;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Evidence rows for the registry's records, linked to their pages. */
final class Rows {

    private Rows() {
    }

    static EvidenceRow project(Facts.ProjectFact p, String label) {
        return new EvidenceRow("project", p.id(), label, "/projects/" + p.id(), p.sourceUrl());
    }

    static EvidenceRow partner(Facts.PartnerFact p, String label) {
        return new EvidenceRow("partner", p.id(), label, "/partners/" + p.id(), p.sourceUrl());
    }

    static EvidenceRow agreement(Facts.AgreementFact a) {
        return new EvidenceRow("agreement", a.id(), a.title() + (a.signedOn() == null ? "" : ", first signed "
                + a.signedOn()) + ", " + a.parties().size() + " parties", "/agreements/" + a.id(), a.sourceUrl());
    }

    static EvidenceRow party(Facts.AgreementFact a, Facts.Party p) {
        String key = p.countryCode() != null ? p.countryCode() : String.valueOf(p.partnerId());
        return new EvidenceRow("agreement-party", a.id() + "/" + key,
                p.name() + (p.signed() == null ? " is a party to the " + a.title()
                        : " signed the " + a.title() + " on " + p.signed()),
                "/agreements/" + a.id(), p.sourceUrl());
    }

    static EvidenceRow figure(Facts.ReferenceFigure f) {
        String amount = f.value() != null ? Verdict.number(f.value())
                : Verdict.number(f.min()) + "–" + Verdict.number(f.max());
        return new EvidenceRow("reference-figure", f.figureId() + "@" + f.asOf(),
                f.label() + ": " + amount + " " + f.unit() + " as of " + f.asOf()
                        + (f.note() == null ? "" : " (" + f.note() + ")"),
                "/insights#figure-" + f.figureId(), f.sourceUrl());
    }

    static EvidenceRow population(Facts.Population p) {
        return new EvidenceRow("population", p.id(), p.name() + " (" + p.members().size() + " projects, "
                + (p.complete() ? "complete" : "not complete") + "): " + p.definition(),
                "/insights#population-" + p.id(), p.sourceUrl());
    }

    /** The partner's ISO 3166 alpha-2 country, when it has one (an intergovernmental body has none). */
    static Optional<String> isoCountry(Facts.@Nullable PartnerFact p) {
        if (p == null || p.country() == null) {
            return Optional.empty();
        }
        String c = p.country().trim();
        return c.matches("[A-Za-z]{2}") ? Optional.of(c.toUpperCase(Locale.ROOT)) : Optional.empty();
    }
}
