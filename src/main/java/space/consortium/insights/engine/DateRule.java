package space.consortium.insights.engine;

import java.util.List;
import java.util.Optional;

/**
 * Date claims: a project's launch (the registry holds its launch year) or an agreement's first signature (a day) on,
 * in or before a date.
 */
final class DateRule {

    static final List<String> PROJECT_EVENTS = List.of("launch");
    static final List<String> AGREEMENT_EVENTS = List.of("signature");

    private DateRule() {
    }

    static Verdict check(ClaimSubject.EventDate d, Facts facts) {
        if (d.project() != null) {
            return launch(d, facts);
        }
        return signature(d, facts);
    }

    private static Verdict launch(ClaimSubject.EventDate d, Facts facts) {
        String rule = "date: the project's launch year in the registry";
        if (!PROJECT_EVENTS.contains(d.event())) {
            return Verdict.notComputable(rule, "the registry holds no '" + d.event() + "' dates of projects; "
                    + "events it holds: " + PROJECT_EVENTS + " of projects, " + AGREEMENT_EVENTS + " of agreements");
        }
        Optional<Facts.ProjectFact> found = facts.project(d.project());
        if (found.isEmpty()) {
            return Verdict.notComputable(rule, "no project '" + d.project() + "' in the registry");
        }
        Facts.ProjectFact p = found.get();
        List<EvidenceRow> evidence = List.of(Rows.project(p, p.name() + ": launch year "
                + (p.launchYear() == null ? "not recorded" : p.launchYear())
                + (p.status() == null ? "" : ", status " + p.status())));
        if (p.launchYear() == null) {
            return Verdict.notComputable(rule, p.name() + " has no launch year in the registry", List.of(), evidence);
        }
        if ("planned".equals(p.status()) || "cancelled".equals(p.status())) {
            return Verdict.notComputable(rule, p.name() + " has not launched (status " + p.status() + "; "
                    + p.launchYear() + " is a plan)", List.of(), evidence);
        }
        int year = p.launchYear();
        String computed = "launched in " + year;
        ClaimSubject.When when = d.when();
        Verdict.Outcome outcome;
        if (when.year() != null) {
            outcome = when.year() == year ? Verdict.Outcome.SUPPORTED : Verdict.Outcome.CONTRADICTED;
        } else if (when.on() != null) {
            if (when.on().getYear() != year) {
                outcome = Verdict.Outcome.CONTRADICTED;
            } else {
                return new Verdict(Verdict.Outcome.NOT_COMPUTABLE, null, computed, rule,
                        "the registry holds the launch year only, not the day", List.of(), evidence);
            }
        } else if (when.before() != null) {
            if (year < when.before().getYear()) {
                outcome = Verdict.Outcome.SUPPORTED;
            } else if (year > when.before().getYear() || when.before().getDayOfYear() == 1) {
                outcome = Verdict.Outcome.CONTRADICTED;
            } else {
                return new Verdict(Verdict.Outcome.NOT_COMPUTABLE, null, computed, rule,
                        "the registry holds the launch year only, not the day", List.of(), evidence);
            }
        } else {
            outcome = Verdict.Outcome.SUPPORTED;
        }
        return new Verdict(outcome, null, computed, rule, null, List.of(), evidence);
    }

    private static Verdict signature(ClaimSubject.EventDate d, Facts facts) {
        String rule = "date: the agreement's first signature in the registry";
        if (!AGREEMENT_EVENTS.contains(d.event())) {
            return Verdict.notComputable(rule, "the registry holds no '" + d.event() + "' dates of agreements; "
                    + "events it holds: " + PROJECT_EVENTS + " of projects, " + AGREEMENT_EVENTS + " of agreements");
        }
        Optional<Facts.AgreementFact> found = facts.agreement(d.agreement());
        if (found.isEmpty()) {
            return Verdict.notComputable(rule, "no agreement '" + d.agreement() + "' in the registry");
        }
        Facts.AgreementFact a = found.get();
        List<EvidenceRow> evidence = List.of(Rows.agreement(a));
        if (a.signedOn() == null) {
            return Verdict.notComputable(rule, a.title() + " has no signature date in the registry", List.of(),
                    evidence);
        }
        String computed = "first signed " + a.signedOn();
        return switch (SignatureRule.within(a.signedOn(), d.when())) {
            case SIGNED -> new Verdict(Verdict.Outcome.SUPPORTED, null, computed, rule, null, List.of(), evidence);
            case OUTSIDE_DATE, NOT_A_PARTY -> new Verdict(Verdict.Outcome.CONTRADICTED, null, computed, rule, null,
                    List.of(), evidence);
            case UNDECIDED -> new Verdict(Verdict.Outcome.NOT_COMPUTABLE, null, computed, rule,
                    "the registry holds the month only", List.of(), evidence);
        };
    }
}
