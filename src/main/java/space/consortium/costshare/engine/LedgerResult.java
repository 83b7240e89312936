package space.consortium.costshare.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * The barter ledger, every amount in {@link #currency()} rounded to its minor unit, so that every column adds up exactly.
 *
 * @param cost       the total cost to cover: the sum of the periods' costs
 * @param delivered  the total of all credits
 * @param unfunded   {@code cost − delivered}: what is still to be funded (negative when the partners delivered more
 *                   than the cost)
 * @param positions  one row per partner, in the order of the shares
 * @param periods    each period's obligations
 * @param transfers  the settlement that brings every net position to zero
 */
public record LedgerResult(String currency, BigDecimal cost, BigDecimal delivered, BigDecimal unfunded,
                           List<Position> positions, List<PeriodObligations> periods, List<Transfer> transfers) {

    public LedgerResult {
        positions = List.copyOf(positions);
        periods = List.copyOf(periods);
        transfers = List.copyOf(transfers);
    }

    /**
     * One partner's account.
     *
     * @param percent          its share of the cost, in percent
     * @param obligation       share × cost, summed over the periods (the obligations add up to the cost)
     * @param credit           what it delivered, at agreed values
     * @param balance          {@code credit − obligation}: its standing against the agreement (the balances add up to
     *                         {@code −unfunded})
     * @param shareOfDelivered share × delivered: what it would have delivered had everyone delivered in proportion
     *                         (these add up to {@code delivered})
     * @param net              {@code credit − shareOfDelivered}, equivalently {@code balance + share × unfunded}: the net
     *                         position among the partners; positive means the others owe it, negative that it owes.
     *                         The net positions add up to exactly zero.
     */
    public record Position(String partner, BigDecimal percent, BigDecimal obligation, BigDecimal credit,
                           BigDecimal balance, BigDecimal shareOfDelivered, BigDecimal net) {
    }

    /** One period's cost and the obligations it creates, in the order of the shares; they add up to the cost. */
    public record PeriodObligations(String label, BigDecimal cost, List<BigDecimal> obligations) {

        public PeriodObligations {
            obligations = List.copyOf(obligations);
        }
    }
}
