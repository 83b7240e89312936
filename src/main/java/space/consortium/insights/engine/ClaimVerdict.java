package space.consortium.insights.engine;

/** The outcome of checking a {@link Claim}. */
public sealed interface ClaimVerdict {

    /**
     * The registry supports the claim.
     *
     * @param computed the value computed from the registry
     * @param rowsUsed how many registry rows (projects, signatures, ...) the value rests on
     */
    record Supported(double computed, int rowsUsed) implements ClaimVerdict {
    }

    /** The registry contradicts the claim; fields as in {@link Supported}. */
    record Contradicted(double computed, int rowsUsed) implements ClaimVerdict {
    }

    /** The claim cannot be checked against the registry, and why. */
    record NotComputable(String reason) implements ClaimVerdict {
        public NotComputable {
            if (reason.isBlank()) {
                throw new IllegalArgumentException("say why a claim is not computable");
            }
        }
    }
}
