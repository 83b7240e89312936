package space.consortium.schedule.web;

import org.jspecify.annotations.Nullable;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.Problems;

/**
 * The run form of the Schedule &amp; JCL tab (the Run button and the CSV / spreadsheet buttons) as typed: trials and
 * seed as text, blank meaning the plan's or the default. One parser for both, so that both read "10,000" and both
 * refuse "lots" the same way.
 */
record RunForm(@Nullable String trials, @Nullable String seed) {

    /** The trials and seed as numbers, null when left blank. */
    record Parsed(@Nullable Integer trials, @Nullable Long seed) {
    }

    /** @throws InvalidInput naming {@code trials} and {@code seed} when they are not whole numbers */
    Parsed parse() {
        Problems problems = new Problems();
        Long n = whole(trials, "trials", problems);
        Long s = whole(seed, "seed", problems);
        problems.check(n == null || (n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE), "trials",
                "'" + trials + "' is too large");
        problems.throwIfAny();
        return new Parsed(n == null ? null : n.intValue(), s);
    }

    private static @Nullable Long whole(@Nullable String text, String field, Problems problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip().replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            problems.add(field, "'" + text + "' is not a whole number");
            return null;
        }
    }
}
