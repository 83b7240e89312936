package space.consortium.relay.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import space.consortium.relay.RelayRequest;
import space.consortium.shared.FormProblems;

/**
 * The relay page's form as the browser sends it (GET parameters, so a plan can be bookmarked), and its one mapping to
 * the {@link RelayRequest} the API and the command take. Fields left out take the page's defaults.
 *
 * @param orbiter    chosen orbiters (registry ids)
 * @param lander     chosen landers (registry ids)
 * @param lose       orbiters taken out for the what-if
 * @param start      first day, {@code 2026-01-01}
 * @param days       length of the period, whole days, 1 to {@link #MAX_DAYS}
 * @param mask       elevation mask, degrees
 * @param propagator propagator name
 * @param policy     the partner policies switched on (ids)
 */
record RelayForm(@Nullable List<String> orbiter, @Nullable List<String> lander, @Nullable List<String> lose,
                 @Nullable String start, @Nullable String days, @Nullable String mask, @Nullable String propagator,
                 @Nullable List<String> policy) {

    static final int MAX_DAYS = 14;
    static final String DEFAULT_START = "2026-01-01";
    /** The page without parameters: the registry's active orbiters and landers. */
    static RelayForm first(List<String> orbiters, List<String> landers) {
        return new RelayForm(orbiters, landers, List.of(), null, null, null, null, null);
    }

    boolean isEmpty() {
        return orbiter == null && lander == null && lose == null && start == null && days == null && mask == null
                && propagator == null && policy == null;
    }

    List<String> policies() {
        return policy == null ? List.of() : policy;
    }

    List<String> orbiters() {
        return orbiter == null ? List.of() : orbiter;
    }

    List<String> landers() {
        return lander == null ? List.of() : lander;
    }

    List<String> lost() {
        return lose == null ? List.of() : lose;
    }

    String startText() {
        return start == null ? DEFAULT_START : start;
    }

    String daysText() {
        return days == null ? "3" : days;
    }

    String maskText() {
        return mask == null ? "10" : mask;
    }

    String propagatorName() {
        return propagator == null ? "auto" : propagator;
    }

    /**
     * The request; what the form itself gets wrong (a date, a number) is added to {@code problems} under the form's
     * field names, and left out of the request. {@code policies} are the ids of the policies switched on.
     */
    RelayRequest toRequest(List<String> policies, FormProblems problems) {
        Instant from = null;
        try {
            from = LocalDate.parse(startText().trim()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            problems.add("start", "'" + startText() + "' is not a date such as 2026-01-01");
        }
        Integer dayCount = integer(daysText());
        Instant to = null;
        if (dayCount == null || dayCount < 1 || dayCount > MAX_DAYS) {
            problems.add("days", "must be a whole number of days from 1 to " + MAX_DAYS);
        } else if (from != null) {
            to = from.plusSeconds(86_400L * dayCount);
        }
        Double maskDeg = number(maskText());
        if (maskDeg == null) {
            problems.add("minElevationDeg", "must be a number of degrees");
        }
        List<String> lostChosen = lost().stream().filter(orbiters()::contains).toList();
        return RelayRequest.of(from, to, maskDeg, propagatorName(), orbiters(), landers(), lostChosen, policies);
    }

    private static @Nullable Integer integer(String text) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable Double number(String text) {
        try {
            double d = Double.parseDouble(text.trim());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
