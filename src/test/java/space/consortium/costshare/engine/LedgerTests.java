package space.consortium.costshare.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The barter ledger: exact obligations, net positions that add up to zero, and its input rules. */
class LedgerTests {

    /** The ISS common system operating cost shares of the 1998 agreements. */
    private static final List<LedgerInput.Share> ISS = List.of(share("nasa", "76.6"), share("jaxa", "12.8"),
            share("esa", "8.3"), share("csa", "2.3"));

    @Test
    void issCommonCostsAreSplitByTheAgreedShares() {
        LedgerResult result = Ledger.compute(new LedgerInput("USD", ISS,
                List.of(new LedgerInput.Period("2024", usd("1000000000"))), List.of()));

        assertThat(obligations(result)).containsExactly(usd("766000000.00"), usd("128000000.00"), usd("83000000.00"),
                usd("23000000.00"));
        assertThat(result.unfunded()).isEqualByComparingTo("1000000000");
        assertThat(result.positions()).allSatisfy(p -> assertThat(p.net()).isZero());
        assertThat(result.transfers()).isEmpty();
    }

    @Test
    void tenCentsAreRoundedByLargestRemainderAndStillAddUp() {
        // quotas 0.0766, 0.0128, 0.0083, 0.0023: floors give 0.08 in all; the two cents left go to the largest
        // remainders, ESA's 0.0083 and NASA's 0.0066
        LedgerResult result = Ledger.compute(new LedgerInput("USD", ISS,
                List.of(new LedgerInput.Period("2024", usd("0.10"))), List.of()));

        assertThat(obligations(result)).containsExactly(usd("0.08"), usd("0.01"), usd("0.01"), usd("0.00"));
    }

    @Test
    void yenHaveNoMinorUnitSoTheLeftoverYenGoesToTheLargestRemainder() {
        List<LedgerInput.Share> thirds = List.of(share("a", "33.333"), share("b", "33.333"), share("c", "33.334"));
        LedgerResult result = Ledger.compute(new LedgerInput("JPY", thirds,
                List.of(new LedgerInput.Period("2024", new BigDecimal("100"))), List.of()));

        assertThat(obligations(result)).containsExactly(new BigDecimal("33"), new BigDecimal("33"), new BigDecimal("34"));
    }

    @Test
    void esaInKindCreditMakesTheOthersOweEsaTheirShareOfIt() {
        LedgerResult result = Ledger.compute(new LedgerInput("USD", ISS,
                List.of(new LedgerInput.Period("2024", usd("1000000000"))),
                List.of(new LedgerInput.Credit("esa", "ATV flights", usd("500000000")))));

        assertThat(result.delivered()).isEqualByComparingTo("500000000");
        assertThat(result.unfunded()).isEqualByComparingTo("500000000");
        // share of what was delivered: 76.6 %, 12.8 %, 8.3 %, 2.3 % of 500 M
        assertThat(result.positions()).extracting(LedgerResult.Position::shareOfDelivered)
                .containsExactly(usd("383000000.00"), usd("64000000.00"), usd("41500000.00"), usd("11500000.00"));
        assertThat(result.positions()).extracting(LedgerResult.Position::net)
                .containsExactly(usd("-383000000.00"), usd("-64000000.00"), usd("458500000.00"), usd("-11500000.00"));
        assertThat(result.positions().get(2).balance()).isEqualByComparingTo("417000000");
        assertThat(result.transfers()).containsExactly(
                new Transfer("nasa", "esa", usd("383000000.00")),
                new Transfer("jaxa", "esa", usd("64000000.00")),
                new Transfer("csa", "esa", usd("11500000.00")));
    }

    @Test
    void obligationsOfSeveralPeriodsAddUpPeriodByPeriod() {
        LedgerResult result = Ledger.compute(new LedgerInput("USD", ISS, List.of(
                new LedgerInput.Period("2023", usd("0.10")), new LedgerInput.Period("2024", usd("0.10"))), List.of()));

        assertThat(result.cost()).isEqualByComparingTo("0.20");
        assertThat(result.periods()).hasSize(2).allSatisfy(p ->
                assertThat(p.obligations().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("0.10"));
        assertThat(obligations(result)).containsExactly(usd("0.16"), usd("0.02"), usd("0.02"), usd("0.00"));
    }

    @Test
    void invariantsHoldOnRandomLedgers() {
        SplittableRandom random = new SplittableRandom(20250101L);
        for (int trial = 0; trial < 2000; trial++) {
            LedgerInput input = randomInput(random);
            LedgerResult result = Ledger.compute(input);

            BigDecimal cost = input.periods().stream().map(LedgerInput.Period::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal delivered = input.credits().stream().map(LedgerInput.Credit::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum(result.positions(), LedgerResult.Position::obligation)).as("obligations add up to the cost")
                    .isEqualByComparingTo(cost);
            assertThat(sum(result.positions(), LedgerResult.Position::credit)).isEqualByComparingTo(delivered);
            assertThat(sum(result.positions(), LedgerResult.Position::shareOfDelivered)).isEqualByComparingTo(delivered);
            assertThat(sum(result.positions(), LedgerResult.Position::net)).as("net positions add up to zero").isZero();
            assertThat(result.unfunded()).isEqualByComparingTo(cost.subtract(delivered));
            for (LedgerResult.PeriodObligations p : result.periods()) {
                assertThat(p.obligations().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(p.cost());
            }
            for (LedgerResult.Position p : result.positions()) {
                assertThat(p.balance()).isEqualByComparingTo(p.credit().subtract(p.obligation()));
                assertThat(p.net()).isEqualByComparingTo(p.balance().add(p.obligation().subtract(p.shareOfDelivered())));
                BigDecimal exactShare = cost.multiply(p.percent()).movePointLeft(2);
                assertThat(p.obligation().subtract(exactShare).abs())
                        .as("rounding moves an obligation by less than one cent per period")
                        .isLessThan(new BigDecimal("0.01").multiply(BigDecimal.valueOf(input.periods().size())));
            }
            Map<String, BigDecimal> nets = new LinkedHashMap<>();
            result.positions().forEach(p -> nets.put(p.partner(), p.net()));
            SettlementTests.assertSettles(nets, result.transfers());
        }
    }

    @Test
    void sharesThatDoNotAddUpToOneHundredAreRejected() {
        assertThatThrownBy(() -> new LedgerInput("USD", List.of(share("a", "60"), share("b", "39")),
                List.of(new LedgerInput.Period("2024", usd("1"))), List.of()))
                .isInstanceOfSatisfying(InvalidLedger.class, e -> {
                    assertThat(e.field()).isEqualTo("shares");
                    assertThat(e.getMessage()).contains("add up to 99");
                });
    }

    @Test
    void negativeCostsAndCreditsAreRejectedNamingTheField() {
        assertThatThrownBy(() -> new LedgerInput("USD", ISS, List.of(new LedgerInput.Period("2024", usd("-1"))),
                List.of()))
                .isInstanceOfSatisfying(InvalidLedger.class, e -> assertThat(e.field()).isEqualTo("periods[0].cost"));
        assertThatThrownBy(() -> new LedgerInput("USD", ISS, List.of(new LedgerInput.Period("2024", usd("1"))),
                List.of(new LedgerInput.Credit("esa", "ATV", usd("-5")))))
                .isInstanceOfSatisfying(InvalidLedger.class, e -> assertThat(e.field()).isEqualTo("credits[0].amount"));
    }

    @Test
    void amountsFinerThanTheMinorUnitAndCreditsOfPartnersWithoutShareAreRejected() {
        assertThatThrownBy(() -> new LedgerInput("JPY", ISS, List.of(new LedgerInput.Period("2024", usd("1.5"))),
                List.of()))
                .isInstanceOfSatisfying(InvalidLedger.class, e -> assertThat(e.getMessage()).contains("JPY"));
        assertThatThrownBy(() -> new LedgerInput("USD", ISS, List.of(new LedgerInput.Period("2024", usd("1"))),
                List.of(new LedgerInput.Credit("asi", "MPLM", usd("5")))))
                .isInstanceOfSatisfying(InvalidLedger.class, e -> {
                    assertThat(e.field()).isEqualTo("credits[0].partner");
                    assertThat(e.getMessage()).contains("asi", "0 %");
                });
    }

    private static LedgerInput randomInput(SplittableRandom random) {
        int n = 1 + random.nextInt(8);
        // shares in basis points adding up to 10 000, some of them zero
        int[] bp = new int[n];
        int left = 10_000;
        for (int i = 0; i < n - 1; i++) {
            bp[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(left + 1);
            left -= bp[i];
        }
        bp[n - 1] = left;
        List<LedgerInput.Share> shares = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            shares.add(new LedgerInput.Share("p" + i, BigDecimal.valueOf(bp[i], 2)));
        }
        List<LedgerInput.Period> periods = new ArrayList<>();
        for (int t = 0, m = 1 + random.nextInt(4); t < m; t++) {
            periods.add(new LedgerInput.Period(String.valueOf(2020 + t), BigDecimal.valueOf(random.nextLong(1_000_000_000_000L), 2)));
        }
        List<LedgerInput.Credit> credits = new ArrayList<>();
        for (int c = 0, m = random.nextInt(6); c < m; c++) {
            credits.add(new LedgerInput.Credit("p" + random.nextInt(n), "credit " + c,
                    BigDecimal.valueOf(random.nextLong(500_000_000_000L), 2)));
        }
        return new LedgerInput("USD", shares, periods, credits);
    }

    private static BigDecimal sum(List<LedgerResult.Position> positions,
                                  java.util.function.Function<LedgerResult.Position, BigDecimal> value) {
        return positions.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<BigDecimal> obligations(LedgerResult result) {
        return result.positions().stream().map(LedgerResult.Position::obligation).toList();
    }

    private static LedgerInput.Share share(String partner, String percent) {
        return new LedgerInput.Share(partner, new BigDecimal(percent));
    }

    private static BigDecimal usd(String amount) {
        return new BigDecimal(amount);
    }
}
