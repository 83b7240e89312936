package space.consortium.teaming.engine;

/**
 * One reason a problem is infeasible: a requirement no allowed partner can meet, or a member of a minimal set of
 * constraint groups that cannot hold together.
 *
 * @param subject what it is about: a capability id, a partner id, a pair {@code a+b}, or {@code maxPartners}
 */
public record Conflict(Kind kind, String subject, String message) {

    public enum Kind {
        /** No allowed partner offers the capability at the minimum maturity. */
        NO_CAPABLE_PARTNER,
        /** Fewer allowed capable partners than the redundancy asks for. */
        TOO_FEW_CAPABLE_PARTNERS,
        /** The requirement (one provider, redundancy) as part of a conflicting set. */
        REQUIREMENT,
        REQUIRED_PARTNER,
        EXCLUDED_PARTNER,
        INCOMPATIBLE_PAIR,
        MAX_PARTNERS,
        BUDGET_CAP
    }
}
