package space.consortium.insights.engine;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking a claim, in the sense of the FEVER task (supported / refuted / not enough information),
 * with the evidence rows it rests on.
 *
 * @param computed     the computed number (count, share as a fraction, figure), or null
 * @param computedText the computed answer in words (a signature date, a launch year), or null
 * @param rule         the rule applied, in words
 * @param reason       why the claim is not computable (null otherwise)
 */
public record Verdict(Outcome outcome, @Nullable Double computed, @Nullable String computedText, String rule,
                      @Nullable String reason, List<String> caveats, List<EvidenceRow> evidence) {

    public Verdict {
        caveats = List.copyOf(caveats);
        evidence = List.copyOf(evidence);
        if (outcome == Outcome.NOT_COMPUTABLE && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("say why a claim is not computable");
        }
    }

    /** The four verdicts; {@link #word()} is the JSON and page spelling. */
    public enum Outcome {
        SUPPORTED("supported"), CONTRADICTED("contradicted"), IMPRECISE("imprecise"),
        /** Spelled {@code "not computable"} (two words, lower case) in JSON. */
        NOT_COMPUTABLE("not computable");

        private final String word;

        Outcome(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    static Verdict notComputable(String rule, String reason, List<String> caveats, List<EvidenceRow> evidence) {
        return new Verdict(Outcome.NOT_COMPUTABLE, null, null, rule, reason, caveats, evidence);
    }

    static Verdict notComputable(String rule, String reason) {
        return notComputable(rule, reason, List.of(), List.of());
    }

    /** A number as people write it: 12627, 0.8125, 13.5 (no trailing zeros, no exponent). */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
