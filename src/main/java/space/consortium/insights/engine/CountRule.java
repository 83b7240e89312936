package space.consortium.insights.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Count claims: a number of registry rows (projects, partners, parties of an agreement as of a date, network
 * communities) compared with the stated value; and the legacy metrics of the first claims.
 */
final class CountRule {

    /** What a count can be of, with the filters each accepts. */
    static final Map<String, Set<String>> COUNTS = counts();

    private CountRule() {
    }

    private static Map<String, Set<String>> counts() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("projects", Set.of("status", "destination", "lead", "partner", "launchYear"));
        m.put("partners", Set.of("project", "country"));
        m.put("agreement-parties", Set.of("agreement", "asOf"));
        m.put("communities", Set.of());
        m.put("metric", Set.of("metric", "partner"));
        return java.util.Collections.unmodifiableMap(m);
    }

    static Verdict check(ClaimSubject.Count c, Stated stated, Facts facts) {
        if (stated.value() == null) {
            return Verdict.notComputable("count", "a count claim needs a stated value");
        }
        return switch (c.of()) {
            case "projects" -> projects(c.filters(), stated, facts);
            case "partners" -> partners(c.filters(), stated, facts);
            case "agreement-parties" -> parties(c.filters(), stated, facts);
            case "communities" -> communities(stated, facts);
            case "metric" -> metric(c.filters(), stated, facts);
            default -> Verdict.notComputable("count", "cannot count '" + c.of() + "'; counts: " + COUNTS.keySet());
        };
    }

    private static Verdict compare(String rule, double computed, Stated stated, List<String> caveats,
                                   List<EvidenceRow> evidence) {
        Verdict.Outcome outcome = stated.holds(computed) ? Verdict.Outcome.SUPPORTED : Verdict.Outcome.CONTRADICTED;
        return new Verdict(outcome, computed, null, rule, null, caveats, evidence);
    }

    private static Verdict projects(Map<String, String> f, Stated stated, Facts facts) {
        Predicate<Facts.ProjectFact> keep = p -> true;
        List<String> described = new ArrayList<>();
        if (f.containsKey("status")) {
            String status = f.get("status").toLowerCase(Locale.ROOT);
            keep = keep.and(p -> status.equals(p.status()));
            described.add("status " + status);
        }
        if (f.containsKey("destination")) {
            String destination = f.get("destination").toLowerCase(Locale.ROOT);
            keep = keep.and(p -> p.destination() != null
                    && p.destination().toLowerCase(Locale.ROOT).contains(destination));
            described.add("destination containing '" + f.get("destination") + "'");
        }
        if (f.containsKey("lead")) {
            String lead = f.get("lead");
            keep = keep.and(p -> p.leadPartnerId().equals(lead));
            described.add("led by " + lead);
        }
        if (f.containsKey("partner")) {
            String partner = f.get("partner");
            keep = keep.and(p -> p.participants().contains(partner));
            described.add("with " + partner + " taking part");
        }
        if (f.containsKey("launchYear")) {
            Integer year = Integer.valueOf(f.get("launchYear"));
            keep = keep.and(p -> year.equals(p.launchYear()));
            described.add("launched (or planned) in " + year);
        }
        for (String partner : List.of("lead", "partner")) {
            if (f.containsKey(partner) && facts.partner(f.get(partner)).isEmpty()) {
                return Verdict.notComputable("count of projects", "no partner '" + f.get(partner)
                        + "' in the registry");
            }
        }
        List<Facts.ProjectFact> rows = facts.projects().stream().filter(keep).toList();
        String rule = "count of the registry's projects" + (described.isEmpty() ? "" : " " + String.join(", ", described));
        List<EvidenceRow> evidence = rows.stream().map(p -> Rows.project(p, p.name()
                + (p.status() == null ? "" : ", " + p.status()) + (p.launchYear() == null ? "" : ", " + p.launchYear())))
                .toList();
        return compare(rule, rows.size(), stated, List.of("The registry holds a curated set of "
                + facts.projects().size() + " projects, not every mission ever flown."), evidence);
    }

    private static Verdict partners(Map<String, String> f, Stated stated, Facts facts) {
        List<Facts.PartnerFact> rows = facts.partners();
        String rule = "count of the registry's partners";
        if (f.containsKey("project")) {
            Optional<Facts.ProjectFact> project = facts.project(f.get("project"));
            if (project.isEmpty()) {
                return Verdict.notComputable(rule, "no project '" + f.get("project") + "' in the registry");
            }
            List<String> ids = project.get().participants();
            rows = rows.stream().filter(p -> ids.contains(p.id())).toList();
            rule += " taking part in " + project.get().name() + " (lead, partners and contributors)";
        }
        if (f.containsKey("country")) {
            String country = f.get("country").toUpperCase(Locale.ROOT);
            rows = rows.stream().filter(p -> Rows.isoCountry(p).filter(country::equals).isPresent()).toList();
            rule += " of country " + country;
        }
        return compare(rule, rows.size(), stated, List.of(),
                rows.stream().map(p -> Rows.partner(p, p.name())).toList());
    }

    private static Verdict parties(Map<String, String> f, Stated stated, Facts facts) {
        String rule = "count of the parties of an agreement";
        if (!f.containsKey("agreement")) {
            return Verdict.notComputable(rule, "name the agreement");
        }
        Optional<Facts.AgreementFact> found = facts.agreement(f.get("agreement"));
        if (found.isEmpty()) {
            return Verdict.notComputable(rule, "no agreement '" + f.get("agreement") + "' in the registry");
        }
        Facts.AgreementFact a = found.get();
        List<Facts.Party> rows = a.parties();
        List<String> caveats = new ArrayList<>();
        rule = "count of the parties of the " + a.title();
        if (f.containsKey("asOf")) {
            LocalDate asOf = LocalDate.parse(f.get("asOf"));
            rule += " that signed on or before " + asOf;
            List<Facts.Party> kept = new ArrayList<>();
            for (Facts.Party p : rows) {
                String signed = p.signed() != null ? p.signed() : a.signedOn();
                if (signed == null) {
                    caveats.add(p.name() + " has no signature date and is not counted");
                } else if (signed.length() == 7) {
                    java.time.YearMonth month = java.time.YearMonth.parse(signed);
                    if (!month.atEndOfMonth().isAfter(asOf)) {
                        kept.add(p);
                    } else if (!month.atDay(1).isAfter(asOf)) {
                        caveats.add(p.name() + " signed in " + signed + " (day unknown) and is not counted");
                    }
                } else if (!LocalDate.parse(signed).isAfter(asOf)) {
                    kept.add(p);
                }
            }
            rows = kept;
        }
        List<EvidenceRow> evidence = new ArrayList<>(List.of(Rows.agreement(a)));
        rows.forEach(p -> evidence.add(Rows.party(a, p)));
        return compare(rule, rows.size(), stated, caveats, evidence);
    }

    private static Verdict communities(Stated stated, Facts facts) {
        String rule = "count of communities of the cooperation network (Louvain modularity)";
        if (facts.network() == null || facts.network().network() == null) {
            return Verdict.notComputable(rule, "the network metrics were not computed");
        }
        return compare(rule, facts.network().network().communities(), stated,
                List.of("Communities come from a heuristic (Louvain) over partners who share projects."), List.of());
    }

    /** The metrics of the first claims, kept so that claims stored before kinds existed still check. */
    private static Verdict metric(Map<String, String> f, Stated stated, Facts facts) {
        String metric = f.getOrDefault("metric", "");
        String partnerId = f.get("partner");
        String rule = "registry metric '" + metric + "'" + (partnerId == null ? "" : " of " + partnerId);
        if (metric.equals("internationalShare")) {
            return Verdict.notComputable(rule, "a share of the registry's projects of a partner is a share of a "
                    + "curated sample, not of the partner's portfolio: state it as a share claim over a named "
                    + "population");
        }
        if (facts.network() == null) {
            return Verdict.notComputable(rule, "the registry statistics were not computed");
        }
        Claim claim = new Claim(metric, partnerId, stated.comparator(), stated.value(), stated.tolerance());
        ClaimVerdict v = ClaimCheck.check(claim, facts.network());
        List<EvidenceRow> evidence = new ArrayList<>();
        if (partnerId != null) {
            facts.partner(partnerId).ifPresent(p -> evidence.add(Rows.partner(p, p.name())));
            facts.projects().stream().filter(p -> p.participants().contains(partnerId))
                    .forEach(p -> evidence.add(Rows.project(p, p.name())));
        } else if (metric.equals("artemisAccordsSignatories")) {
            facts.agreement("artemis-accords").ifPresent(a -> {
                evidence.add(Rows.agreement(a));
                a.parties().forEach(p -> evidence.add(Rows.party(a, p)));
            });
        }
        List<String> caveats = List.of("Computed over the " + facts.projects().size() + " projects in the registry, "
                + "not every mission ever flown.");
        if (v instanceof ClaimVerdict.Supported s) {
            return new Verdict(Verdict.Outcome.SUPPORTED, s.computed(), null, rule, null, caveats, evidence);
        }
        if (v instanceof ClaimVerdict.Contradicted c) {
            return new Verdict(Verdict.Outcome.CONTRADICTED, c.computed(), null, rule, null, caveats, evidence);
        }
        return Verdict.notComputable(rule, ((ClaimVerdict.NotComputable) v).reason(), caveats, evidence);
    }
}
