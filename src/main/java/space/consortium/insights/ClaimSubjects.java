package space.consortium.insights;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import space.consortium.insights.engine.ClaimSubject;
import space.consortium.shared.Problems;

/**
 * Reads a claim's {@code subject} (a JSON object) into the engine's {@link ClaimSubject} of its kind, naming every
 * wrong field as {@code subject.<name>}.
 */
final class ClaimSubjects {

    /** The kinds, in the order the form offers them. */
    static final List<String> KINDS = List.of("signature", "count", "share", "date", "external");

    /** The kinds that state a value to compare (the others state who signed or when). */
    static final Set<String> STATING_A_VALUE = Set.of("count", "share", "external");

    /** What a count can be of, and the filters each accepts. */
    static final Map<String, Set<String>> COUNTS = ClaimSubject.Count.FILTERS;

    private ClaimSubjects() {
    }

    /** The subject, or null when {@code problems} got at least one. */
    static @Nullable ClaimSubject parse(String kind, @Nullable Map<String, Object> subject, Problems problems) {
        if (!KINDS.contains(kind)) {
            problems.add("kind", "'" + kind + "' is not a kind of claim; kinds: " + String.join(", ", KINDS));
            return null;
        }
        if (subject == null) {
            problems.add("subject", "is required: what the " + kind + " claim is about");
            return null;
        }
        Reader r = new Reader(subject, problems);
        ClaimSubject parsed = switch (kind) {
            case "signature" -> signature(r);
            case "count" -> count(r);
            case "share" -> share(r);
            case "date" -> date(r);
            default -> external(r);
        };
        return problems.isEmpty() ? parsed : null;
    }

    private static @Nullable ClaimSubject signature(Reader r) {
        r.allow("agreement", "country", "countries", "partner", "year", "before", "on");
        String agreement = r.required("agreement");
        List<String> countries = new ArrayList<>();
        String country = r.optional("country");
        if (country != null) {
            countries.add(country);
        }
        countries.addAll(r.list("countries"));
        String partner = r.optional("partner");
        int named = (country != null ? 1 : 0) + (r.has("countries") ? 1 : 0) + (partner != null ? 1 : 0);
        if (named == 0) {
            r.problems.add("subject.country", "name who signed: country (ISO 3166 alpha-2), countries or partner");
        } else if (named > 1) {
            r.problems.add("subject.partner", "name only one of country, countries and partner");
        }
        for (String c : countries) {
            if (!c.matches("[A-Za-z]{2}")) {
                r.problems.add(r.has("countries") ? "subject.countries" : "subject.country",
                        "'" + c + "' is not an ISO 3166 alpha-2 code (such as JP)");
            }
        }
        ClaimSubject.When when = r.when();
        if (!r.problems.isEmpty()) {
            return null;
        }
        return new ClaimSubject.Signature(agreement,
                countries.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList(), partner, when);
    }

    private static @Nullable ClaimSubject count(Reader r) {
        String of = r.required("of");
        if (of == null) {
            return null;
        }
        Set<String> filters = COUNTS.get(of);
        if (filters == null) {
            r.problems.add("subject.of", "cannot count '" + of + "'; counts: " + String.join(", ", COUNTS.keySet()));
            return null;
        }
        List<String> allowed = new ArrayList<>(new java.util.TreeSet<>(filters));
        allowed.add(0, "of");
        r.allow(allowed.toArray(String[]::new));
        Map<String, String> values = new LinkedHashMap<>();
        for (String f : filters) {
            String v = r.optional(f);
            if (v != null) {
                values.put(f, v);
            }
        }
        if (of.equals("agreement-parties") && !values.containsKey("agreement")) {
            r.problems.add("subject.agreement", "is required for a count of agreement parties");
        }
        if (of.equals("metric") && !values.containsKey("metric")) {
            r.problems.add("subject.metric", "is required for a count of a metric");
        }
        if (values.containsKey("launchYear") && !values.get("launchYear").matches("\\d{4}")) {
            r.problems.add("subject.launchYear", "must be a year such as 2023");
        }
        if (values.containsKey("asOf")) {
            r.date("asOf", values.get("asOf"));
        }
        return r.problems.isEmpty() ? new ClaimSubject.Count(of, values) : null;
    }

    private static @Nullable ClaimSubject share(Reader r) {
        r.allow("population", "property");
        String population = r.required("population");
        String property = r.optional("property");
        return r.problems.isEmpty() ? new ClaimSubject.Share(population, property == null ? "international" : property)
                : null;
    }

    private static @Nullable ClaimSubject date(Reader r) {
        r.allow("project", "agreement", "event", "year", "before", "on");
        String project = r.optional("project");
        String agreement = r.optional("agreement");
        if ((project == null) == (agreement == null)) {
            r.problems.add("subject.project", "name either a project or an agreement");
        }
        String event = r.optional("event");
        if (event == null) {
            event = project != null ? "launch" : "signature";
        }
        ClaimSubject.When when = r.when();
        return r.problems.isEmpty() ? new ClaimSubject.EventDate(project, agreement, event, when) : null;
    }

    private static @Nullable ClaimSubject external(Reader r) {
        r.allow("figure");
        String figure = r.required("figure");
        return r.problems.isEmpty() ? new ClaimSubject.External(figure) : null;
    }

    /** The subject in words: its fields in order, e.g. "agreement artemis-accords, country JP, on 2020-10-13". */
    static String describe(Map<String, Object> subject) {
        List<String> parts = new ArrayList<>();
        subject.forEach((k, v) -> parts.add(k + " " + (v instanceof List<?> l
                ? String.join(", ", l.stream().map(String::valueOf).toList()) : v)));
        return String.join(", ", parts);
    }

    /** Reads fields of one subject, recording problems under {@code subject.<name>}. */
    private static final class Reader {

        private final Map<String, Object> subject;
        private final Problems problems;

        Reader(Map<String, Object> subject, Problems problems) {
            this.subject = subject;
            this.problems = problems;
        }

        boolean has(String name) {
            return subject.get(name) != null;
        }

        void allow(String... names) {
            List<String> known = List.of(names);
            for (String key : subject.keySet()) {
                if (!known.contains(key)) {
                    problems.add("subject." + key, "is not a field of this subject; fields: " + String.join(", ", known));
                }
            }
        }

        @Nullable String optional(String name) {
            Object v = subject.get(name);
            if (v == null) {
                return null;
            }
            if (v instanceof Map<?, ?> || v instanceof List<?>) {
                problems.add("subject." + name, "must be a single value");
                return null;
            }
            String s = String.valueOf(v).trim();
            if (s.isEmpty()) {
                problems.add("subject." + name, "must not be blank");
                return null;
            }
            if (s.length() > 200) {
                problems.add("subject." + name, "is longer than 200 characters");
                return null;
            }
            return s;
        }

        String required(String name) {
            if (!has(name)) {
                problems.add("subject." + name, "is required");
                return "";
            }
            String v = optional(name);
            return v == null ? "" : v;
        }

        List<String> list(String name) {
            Object v = subject.get(name);
            if (v == null) {
                return List.of();
            }
            if (!(v instanceof List<?> l) || l.isEmpty()) {
                problems.add("subject." + name, "must be a non-empty list such as [\"US\", \"RU\"]");
                return List.of();
            }
            return l.stream().map(String::valueOf).map(String::trim).toList();
        }

        @Nullable LocalDate date(String name, String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problems.add("subject." + name, "'" + value + "' is not a date YYYY-MM-DD");
                return null;
            }
        }

        ClaimSubject.When when() {
            List<String> given = new ArrayList<>();
            for (String k : List.of("year", "before", "on")) {
                if (has(k)) {
                    given.add(k);
                }
            }
            if (given.size() > 1) {
                problems.add("subject." + given.get(1), "give at most one of year, before and on (also given: "
                        + given.get(0) + ")");
                return ClaimSubject.When.ANY;
            }
            Integer year = null;
            String y = optional("year");
            if (y != null) {
                if (y.matches("\\d{4}")) {
                    year = Integer.valueOf(y);
                } else {
                    problems.add("subject.year", "must be a year such as 2020");
                }
            }
            String before = optional("before");
            String on = optional("on");
            LocalDate beforeDate = before == null ? null : date("before", before);
            LocalDate onDate = on == null ? null : date("on", on);
            return new ClaimSubject.When(year, beforeDate, onDate);
        }
    }
}
