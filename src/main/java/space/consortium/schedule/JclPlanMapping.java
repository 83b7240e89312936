package space.consortium.schedule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import space.consortium.risk.DistributionSpec;
import space.consortium.risk.RiskEvent;
import space.consortium.schedule.engine.Activity;
import space.consortium.schedule.engine.Correlation;
import space.consortium.schedule.engine.DiscreteRisk;
import space.consortium.schedule.engine.Distribution;
import space.consortium.schedule.engine.InvalidDistribution;
import space.consortium.schedule.engine.Link;
import space.consortium.schedule.engine.LinkType;
import space.consortium.schedule.engine.Plan;
import space.consortium.shared.Problems;

/**
 * Maps a {@link JclPlan} to the engine's {@link Plan}, reporting every problem of the file with its field path
 * ({@code activities[3].duration.min}) to one {@link Problems} collector. A wrong entry does not stop the mapping: it
 * gets a neutral stand-in (a fixed zero duration, no link), so that the engine's own checks (unknown predecessors,
 * cycles, correlations) still run on the rest and their problems are reported together, under the plan's field
 * names. An engine problem on a field already reported here is left out.
 */
final class JclPlanMapping {

    private static final Pattern ENGINE_FIELD = Pattern.compile("(activities|risks|correlations)\\[(\\d+)](.*)");
    private static final Pattern ENGINE_LINK = Pattern.compile("\\.links\\[(\\d+)](.*)");

    private final Problems problems;
    private final Set<String> reported = new HashSet<>();
    // engine index → the plan's field of the entry (entries are skipped when null)
    private final List<String> activityFields = new ArrayList<>();
    private final List<List<String>> linkFields = new ArrayList<>();
    private final List<String> riskFields = new ArrayList<>();
    private final List<String> correlationFields = new ArrayList<>();
    private @Nullable Plan plan;

    private JclPlanMapping(Problems problems) {
        this.problems = problems;
    }

    /** Maps the plan; every problem goes to {@code problems}. */
    static JclPlanMapping of(JclPlan plan, Problems problems) {
        JclPlanMapping m = new JclPlanMapping(problems);
        m.map(plan);
        return m;
    }

    /** The engine's plan, or null when the plan has no activity at all or too many. */
    @Nullable Plan plan() {
        return plan;
    }

    /** Reports an engine problem under the plan's field name, unless that field has a problem already. */
    void report(String engineField, String message) {
        String field = planField(engineField);
        for (String r : reported) {
            if (r.startsWith(field) || field.startsWith(r)) {
                return;
            }
        }
        problems.add(field, message);
    }

    private void problem(String field, String message) {
        reported.add(field);
        problems.add(field, message);
    }

    private String planField(String engineField) {
        Matcher m = ENGINE_FIELD.matcher(engineField);
        if (!m.matches()) {
            return engineField;
        }
        int k = Integer.parseInt(m.group(2));
        String rest = m.group(3);
        List<String> fields = switch (m.group(1)) {
            case "activities" -> activityFields;
            case "risks" -> riskFields;
            default -> correlationFields;
        };
        if (k >= fields.size()) {
            return engineField;
        }
        Matcher link = ENGINE_LINK.matcher(rest);
        if (m.group(1).equals("activities") && link.matches()) {
            int j = Integer.parseInt(link.group(1));
            List<String> links = linkFields.get(k);
            return j < links.size() ? links.get(j) + link.group(2) : fields.get(k) + rest;
        }
        return fields.get(k) + rest;
    }

    private void map(JclPlan p) {
        if (p.startDate() != null && p.start() == null) {
            problem("startDate", "must be an ISO date like 2027-01-04, was '" + p.startDate() + "'");
        }
        if (p.calendar() != null) {
            WorkCalendar.workingDays(p.calendar(), this::problem);
            WorkCalendar.holidays(p.calendar(), this::problem);
        }
        if (p.activities() == null || p.activities().isEmpty()) {
            problem("activities", "a plan needs at least one activity");
            return;
        }
        if (p.activities().size() > JclService.MAX_ACTIVITIES) {
            problem("activities", String.format(Locale.ROOT, "at most %,d activities", JclService.MAX_ACTIVITIES));
            return;
        }
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < p.activities().size(); i++) {
            JclPlan.ActivitySpec a = p.activities().get(i);
            String at = "activities[" + i + "]";
            if (a == null) {
                problem(at, "must not be null");
                continue;
            }
            activityFields.add(at);
            activities.add(activity(a, at));
        }
        List<DiscreteRisk> risks = new ArrayList<>();
        if (p.risks() != null) {
            for (int i = 0; i < p.risks().size(); i++) {
                RiskEvent r = p.risks().get(i);
                String at = "risks[" + i + "]";
                if (r == null) {
                    problem(at, "must not be null");
                    continue;
                }
                riskFields.add(at);
                risks.add(risk(r, at));
            }
        }
        List<Correlation> correlations = new ArrayList<>();
        if (p.correlations() != null) {
            for (int i = 0; i < p.correlations().size(); i++) {
                Correlation c = correlation(p.correlations().get(i), "correlations[" + i + "]");
                if (c != null) {
                    correlationFields.add("correlations[" + i + "]");
                    correlations.add(c);
                }
            }
        }
        Double finish = p.targets() == null ? null : p.targets().finish();
        Double cost = p.targets() == null ? null : p.targets().cost();
        if (finish != null && !(Double.isFinite(finish) && finish >= 0)) {
            problem("targets.finish", "must be a number of days from the start, zero or more");
        }
        if (cost != null && !(Double.isFinite(cost) && cost >= 0)) {
            problem("targets.cost", "must be an amount, zero or more");
        }
        plan = new Plan(activities, risks, correlations, finish, cost, Boolean.TRUE.equals(p.repairCorrelations()));
    }

    private Activity activity(JclPlan.ActivitySpec a, String at) {
        if (a.id() == null || a.id().isBlank()) {
            problem(at + ".id", "give every activity an id");
        }
        Distribution duration;
        if (Boolean.TRUE.equals(a.milestone())) {
            duration = Distribution.fixed(0);
            if (a.duration() != null) {
                problem(at + ".duration", "a milestone has no duration");
            }
        } else if (a.duration() == null) {
            problem(at + ".duration", "give a duration distribution, or \"milestone\": true");
            duration = Distribution.fixed(0);
        } else {
            nonNegative(a.duration(), at + ".duration", "a duration cannot be negative");
            duration = distribution(a.duration(), at + ".duration");
        }
        List<Link> links = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        if (a.after() != null) {
            for (int j = 0; j < a.after().size(); j++) {
                String p = a.after().get(j);
                if (p == null || p.isBlank()) {
                    problem(at + ".after[" + j + "]", "must name an activity");
                } else {
                    links.add(Link.after(p));
                    fields.add(at + ".after[" + j + "]");
                }
            }
        }
        if (a.links() != null) {
            for (int j = 0; j < a.links().size(); j++) {
                Link link = link(a.links().get(j), at + ".links[" + j + "]");
                if (link != null) {
                    links.add(link);
                    fields.add(at + ".links[" + j + "]");
                }
            }
        }
        linkFields.add(fields);
        Distribution fixed = Distribution.fixed(0);
        Distribution rate = Distribution.fixed(0);
        if (a.cost() != null) {
            if (a.cost().fixed() != null) {
                fixed = distribution(a.cost().fixed(), at + ".cost.fixed");
            }
            if (a.cost().rate() != null) {
                rate = distribution(a.cost().rate(), at + ".cost.rate");
            }
        }
        String id = a.id() == null ? "" : a.id().strip();
        return new Activity(id, a.name() == null || a.name().isBlank() ? id : a.name(),
                a.owner() == null ? "" : a.owner().strip(), duration, links, fixed, rate);
    }

    private @Nullable Link link(JclPlan.@Nullable LinkSpec l, String at) {
        if (l == null || l.from() == null || l.from().isBlank()) {
            problem(at + ".from", "must name the predecessor");
            return null;
        }
        LinkType type = LinkType.FS;
        if (l.type() != null) {
            try {
                type = LinkType.valueOf(l.type().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem(at + ".type", "'" + l.type() + "' is not a link type: FS, SS or FF");
            }
        }
        double lag = l.lag() == null ? 0 : l.lag();
        if (!Double.isFinite(lag)) {
            problem(at + ".lag", "must be a number of days");
            lag = 0;
        }
        return new Link(l.from(), type, lag);
    }

    private DiscreteRisk risk(RiskEvent r, String at) {
        if (r.id() == null || r.id().isBlank()) {
            problem(at + ".id", "give every risk an id");
        }
        if (r.probability() == null) {
            problem(at + ".probability", "give the probability of occurrence, in [0, 1]");
        }
        Distribution delay = null;
        if (r.delay() != null) {
            nonNegative(r.delay(), at + ".delay", "a delay cannot be negative");
            delay = distribution(r.delay(), at + ".delay");
        }
        Distribution cost = r.cost() == null ? null : distribution(r.cost(), at + ".cost");
        String id = r.id() == null ? "" : r.id().strip();
        return new DiscreteRisk(id, r.name() == null ? id : r.name(), r.probability() == null ? 0 : r.probability(),
                r.affects() == null ? List.of() : r.affects().stream().map(s -> s == null ? "" : s).toList(),
                delay, cost);
    }

    private @Nullable Correlation correlation(JclPlan.@Nullable CorrelationSpec c, String at) {
        if (c == null || c.activities() == null) {
            problem(at + ".activities", "name two or more activities");
            return null;
        }
        if (c.rho() == null) {
            problem(at + ".rho", "give the correlation, in [-1, 1]");
            return null;
        }
        Correlation.Target on = Correlation.Target.DURATION;
        if (c.on() != null) {
            switch (c.on().toLowerCase(Locale.ROOT)) {
                case "duration" -> on = Correlation.Target.DURATION;
                case "cost" -> on = Correlation.Target.COST;
                default -> problem(at + ".on", "'" + c.on() + "' is neither duration nor cost");
            }
        }
        return new Correlation(c.activities().stream().map(s -> s == null ? "" : s).toList(), c.rho(), on);
    }

    /** A duration or delay cannot go below zero: its fixed value or minimum must be zero or more (normal excepted). */
    private void nonNegative(DistributionSpec d, String at, String message) {
        if (d.dist() == null) {
            return;
        }
        switch (d.dist().toLowerCase(Locale.ROOT)) {
            case "fixed" -> {
                if (d.value() != null && d.value() < 0) {
                    problem(at + ".value", message + ": " + d.value());
                }
            }
            case "uniform", "triangular", "pert" -> {
                if (d.min() != null && d.min() < 0) {
                    problem(at + ".min", message + ": the minimum is " + d.min());
                }
            }
            default -> {
                // normal: sampled values below zero count as zero; lognormal is positive
            }
        }
    }

    private Distribution distribution(DistributionSpec d, String at) {
        if (d.dist() == null) {
            problem(at + ".dist", "name the distribution: " + String.join(", ", Distribution.NAMES));
            return Distribution.fixed(0);
        }
        String dist = d.dist().toLowerCase(Locale.ROOT);
        List<String> missing = new ArrayList<>();
        switch (dist) {
            case "fixed" -> need(d.value(), "value", missing);
            case "uniform" -> {
                need(d.min(), "min", missing);
                need(d.max(), "max", missing);
            }
            case "triangular", "pert" -> {
                need(d.min(), "min", missing);
                need(d.mode(), "mode", missing);
                need(d.max(), "max", missing);
            }
            case "normal", "lognormal" -> {
                need(d.mean(), "mean", missing);
                need(d.sd(), "sd", missing);
            }
            default -> {
                problem(at + ".dist", "'" + d.dist() + "' is not a distribution: "
                        + String.join(", ", Distribution.NAMES));
                return Distribution.fixed(0);
            }
        }
        if (!missing.isEmpty()) {
            missing.forEach(name -> problem(at + "." + name, "is required for this distribution"));
            return Distribution.fixed(0);
        }
        try {
            return switch (dist) {
                case "fixed" -> Distribution.fixed(d.value());
                case "uniform" -> Distribution.uniform(d.min(), d.max());
                case "triangular" -> Distribution.triangular(d.min(), d.mode(), d.max());
                case "pert" -> Distribution.pert(d.min(), d.mode(), d.max());
                case "normal" -> Distribution.normal(d.mean(), d.sd());
                default -> Distribution.lognormal(d.mean(), d.sd());
            };
        } catch (InvalidDistribution e) {
            problem(at + "." + e.parameter(), e.getMessage());
            return Distribution.fixed(0);
        }
    }

    private static void need(@Nullable Double value, String name, List<String> missing) {
        if (value == null) {
            missing.add(name);
        }
    }
}
