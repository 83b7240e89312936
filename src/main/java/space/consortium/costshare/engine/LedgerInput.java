package space.consortium.costshare.engine;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the barter ledger is computed from, every amount already in one currency (the base currency, at the base price
 * year): who carries which share of the cost, the cost per period, and what each partner has delivered.
 *
 * @param currency ISO 4217 code of every amount; its minor unit (cents, or whole yen) is what obligations are rounded to
 * @param shares   each partner's share of the cost in percent, adding up to exactly 100 (a partner may hold 0 % and still
 *                 deliver credits)
 * @param periods  the cost to cover, per period (e.g. per year); at least one
 * @param credits  cash and in-kind deliveries at their agreed values; may be empty
 */
public record LedgerInput(String currency, List<Share> shares, List<Period> periods, List<Credit> credits) {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public LedgerInput {
        shares = List.copyOf(shares);
        periods = List.copyOf(periods);
        credits = List.copyOf(credits);
        int scale = Ledger.minorUnit(currency);
        if (shares.isEmpty()) {
            throw new InvalidLedger("shares", "the ledger needs at least one partner with a share");
        }
        Set<String> partners = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < shares.size(); i++) {
            Share s = shares.get(i);
            if (!partners.add(s.partner())) {
                throw new InvalidLedger("shares[" + i + "].partner", "partner '" + s.partner() + "' is listed twice");
            }
            sum = sum.add(s.percent());
        }
        if (sum.compareTo(HUNDRED) != 0) {
            throw new InvalidLedger("shares", "shares must add up to 100 %, they add up to "
                    + sum.stripTrailingZeros().toPlainString() + " %");
        }
        if (periods.isEmpty()) {
            throw new InvalidLedger("periods", "give the cost of at least one period");
        }
        for (int i = 0; i < periods.size(); i++) {
            checkMoney(periods.get(i).cost(), scale, currency, "periods[" + i + "].cost");
        }
        for (int i = 0; i < credits.size(); i++) {
            Credit c = credits.get(i);
            if (!partners.contains(c.partner())) {
                throw new InvalidLedger("credits[" + i + "].partner", "partner '" + c.partner()
                        + "' has no share; add it to the shares (with 0 % if it carries none)");
            }
            checkMoney(c.amount(), scale, currency, "credits[" + i + "].amount");
        }
    }

    private static void checkMoney(BigDecimal amount, int scale, String currency, String field) {
        if (amount.signum() < 0) {
            throw new InvalidLedger(field, "must be zero or more, got " + amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > scale) {
            throw new InvalidLedger(field, "has more decimals than " + currency + " has (" + scale + "): "
                    + amount.toPlainString() + "; round it to the minor unit first");
        }
    }

    /** A partner's share of the cost, in percent (0 to 100). */
    public record Share(String partner, BigDecimal percent) {

        public Share {
            if (partner.isBlank()) {
                throw new InvalidLedger("shares.partner", "a partner id must not be blank");
            }
            if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
                throw new InvalidLedger("shares." + partner, "a share must be between 0 and 100 %, got "
                        + percent.toPlainString());
            }
        }
    }

    /** The cost to cover in one period, e.g. {@code 2025}; the label only names it. */
    public record Period(String label, BigDecimal cost) {
    }

    /** A delivery credited to a partner at its agreed value; {@code label} says what it is, e.g. "ATV-1". */
    public record Credit(String partner, String label, BigDecimal amount) {
    }
}
