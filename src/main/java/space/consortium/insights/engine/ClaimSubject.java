package space.consortium.insights.engine;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a claim is about, one record per kind; each kind is checked by its own rule. Adding a kind is one record here
 * (and its rule class): the interface is sealed, so every {@code switch} over kinds is checked by the compiler.
 */
public sealed interface ClaimSubject {

    /** The kind's name in JSON: {@code signature}, {@code count}, {@code share}, {@code date}, {@code external}. */
    String kind();

    /** Checks the claim against the facts; never throws for a claim it cannot check (that is "not computable"). */
    Verdict check(Stated stated, Facts facts);

    /**
     * A date constraint: at most one of a year, a day before which, or the day on which.
     *
     * @param before exclusive
     */
    record When(@Nullable Integer year, @Nullable LocalDate before, @Nullable LocalDate on) {

        public static final When ANY = new When(null, null, null);

        public When {
            int given = (year == null ? 0 : 1) + (before == null ? 0 : 1) + (on == null ? 0 : 1);
            if (given > 1) {
                throw new IllegalArgumentException("give at most one of year, before and on");
            }
        }

        boolean any() {
            return year == null && before == null && on == null;
        }

        String describe() {
            return year != null ? " in " + year : before != null ? " before " + before : on != null ? " on " + on : "";
        }
    }

    /**
     * "X signed agreement Y (in / before / on a date)": every named country (ISO 3166 alpha-2) or the partner must be a
     * party of the agreement, signed within the date constraint.
     *
     * @param countries one or more ISO 3166 alpha-2 codes (empty when a partner is named)
     * @param partner   a partner id (null when countries are named)
     */
    record Signature(String agreement, List<String> countries, @Nullable String partner, When when)
            implements ClaimSubject {
        public Signature {
            countries = List.copyOf(countries);
            if (countries.isEmpty() == (partner == null)) {
                throw new IllegalArgumentException("name either countries or a partner");
            }
        }

        @Override
        public String kind() {
            return "signature";
        }

        @Override
        public Verdict check(Stated stated, Facts facts) {
            return SignatureRule.check(this, facts);
        }
    }

    /**
     * A count over the registry: {@code of} is {@code projects} (filters status, destination, lead, partner,
     * launchYear), {@code partners} (filters project, country), {@code agreement-parties} (agreement, asOf) or
     * {@code communities}; or a legacy {@code metric} of the first claims (see {@link ClaimCheck#METRICS}).
     *
     * @param filters the filters by name, values as given
     */
    record Count(String of, java.util.Map<String, String> filters) implements ClaimSubject {

        /** What a count can be of, and the filters each accepts. */
        public static final java.util.Map<String, java.util.Set<String>> FILTERS = CountRule.COUNTS;

        public Count {
            filters = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(filters));
        }

        @Override
        public String kind() {
            return "count";
        }

        @Override
        public Verdict check(Stated stated, Facts facts) {
            return CountRule.check(this, stated, facts);
        }
    }

    /**
     * The share (a fraction 0..1) of a named population's projects that have a property; the one property so far
     * is {@code international} (see {@link ShareRule#INTERNATIONAL}).
     */
    record Share(String population, String property) implements ClaimSubject {
        @Override
        public String kind() {
            return "share";
        }

        @Override
        public Verdict check(Stated stated, Facts facts) {
            return ShareRule.check(this, stated, facts);
        }
    }

    /**
     * An event of a project ({@code launch}) or of an agreement ({@code signature}) on / in / before a date.
     *
     * @param project   a project id, or null when an agreement is named
     * @param agreement an agreement id, or null when a project is named
     */
    record EventDate(@Nullable String project, @Nullable String agreement, String event, When when)
            implements ClaimSubject {
        public EventDate {
            if ((project == null) == (agreement == null)) {
                throw new IllegalArgumentException("name either a project or an agreement");
            }
        }

        @Override
        public String kind() {
            return "date";
        }

        @Override
        public Verdict check(Stated stated, Facts facts) {
            return DateRule.check(this, facts);
        }
    }

    /** A figure the registry does not compute, checked against the reference figures stored with their sources. */
    record External(String figure) implements ClaimSubject {
        @Override
        public String kind() {
            return "external";
        }

        @Override
        public Verdict check(Stated stated, Facts facts) {
            return ExternalRule.check(this, stated, facts);
        }
    }
}
