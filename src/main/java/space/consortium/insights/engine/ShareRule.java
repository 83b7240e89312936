package space.consortium.insights.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Share claims: the fraction of a named population's projects that have a property. Computed only over a population
 * the registry holds completely; over a curated sample the verdict is "not computable", with the reason.
 */
final class ShareRule {

    /**
     * The definition of "international": at least one partner other than the lead takes part in the project (as a
     * partner or contributor), and that partner is from another country than the lead, or is another organisation
     * where either has no single country (an intergovernmental body such as ESA).
     */
    static final String INTERNATIONAL = "international: at least one partner other than the lead takes part, from "
            + "another country than the lead's (an intergovernmental body such as ESA counts as its own country)";

    static final List<String> PROPERTIES = List.of("international");

    private ShareRule() {
    }

    static Verdict check(ClaimSubject.Share s, Stated stated, Facts facts) {
        String rule = "share of the population's projects that are " + INTERNATIONAL;
        if (!PROPERTIES.contains(s.property())) {
            return Verdict.notComputable(rule, "unknown property '" + s.property() + "'; properties: " + PROPERTIES);
        }
        Optional<Facts.Population> found = facts.population(s.population());
        if (found.isEmpty()) {
            return Verdict.notComputable(rule, "no population '" + s.population() + "' in the registry");
        }
        Facts.Population population = found.get();
        List<EvidenceRow> evidence = new ArrayList<>(List.of(Rows.population(population)));
        if (!population.complete()) {
            return Verdict.notComputable(rule, population.members().size() + " projects in '" + population.name()
                    + "', a curated sample, not a complete population (" + population.definition()
                    + "): a share over it says nothing about the whole", List.of(), evidence);
        }
        if (population.members().isEmpty()) {
            return Verdict.notComputable(rule, "the population '" + population.name() + "' has no members",
                    List.of(), evidence);
        }
        if (stated.value() == null) {
            return Verdict.notComputable(rule, "a share claim needs a stated value (a fraction 0..1)", List.of(),
                    evidence);
        }
        List<String> missing = new ArrayList<>();
        int international = 0;
        for (Facts.Member m : population.members()) {
            Optional<Facts.ProjectFact> project = facts.project(m.projectId());
            if (project.isEmpty()) {
                missing.add(m.projectId());
                continue;
            }
            Facts.ProjectFact p = project.get();
            List<String> foreign = foreignPartners(p, facts);
            if (!foreign.isEmpty()) {
                international++;
            }
            evidence.add(Rows.project(p, p.name() + (foreign.isEmpty()
                    ? ": not international (no partner from another country than the lead " + p.leadPartnerId() + ")"
                    : ": international (" + p.leadPartnerId() + " with " + String.join(", ", foreign) + ")")));
        }
        if (!missing.isEmpty()) {
            return Verdict.notComputable(rule, "members of '" + population.name() + "' missing from the registry: "
                    + String.join(", ", missing), List.of(), evidence);
        }
        double share = (double) international / population.members().size();
        List<String> caveats = List.of(international + " of " + population.members().size() + " projects of '"
                + population.name() + "' are international.", "Definition used: " + INTERNATIONAL + ".");
        Verdict.Outcome outcome = stated.holds(share) ? Verdict.Outcome.SUPPORTED : Verdict.Outcome.CONTRADICTED;
        return new Verdict(outcome, share, null, rule, null, caveats, evidence);
    }

    /** The partners other than the lead whose country differs from the lead's (see {@link #INTERNATIONAL}). */
    static List<String> foreignPartners(Facts.ProjectFact p, Facts facts) {
        String leadCountry = facts.partner(p.leadPartnerId()).map(Facts.PartnerFact::country).orElse(null);
        List<String> foreign = new ArrayList<>();
        for (String id : p.participants()) {
            if (id.equals(p.leadPartnerId())) {
                continue;
            }
            String country = facts.partner(id).map(Facts.PartnerFact::country).orElse(null);
            if (leadCountry == null || country == null || !Objects.equals(leadCountry, country)) {
                foreign.add(id);
            }
        }
        return foreign;
    }
}
