package space.consortium.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one cumulative count of signatories: by date and by year, each party once. */
class SignatoryGrowthTests {

    private static SignatoryGrowth.Party party(String key, String signed) {
        return new SignatoryGrowth.Party(key, key, null, signed);
    }

    @Test
    void eightFirstSignatoriesThenTwoIn2021AndAMonthOnlyOne() {
        // the Accords' first day (13 Oct 2020, eight countries), then Ukraine (14 Nov 2020), Korea (24 May 2021),
        // New Zealand (31 May 2021), and a party whose source gives only the month
        List<SignatoryGrowth.Party> parties = new java.util.ArrayList<>();
        for (String c : List.of("Australia", "Canada", "Italy", "Japan", "Luxembourg", "UAE", "UK", "US")) {
            parties.add(party(c, "2020-10-13"));
        }
        parties.add(party("Ukraine", "2020-11-14"));
        parties.add(party("Korea", "2021-05-24"));
        parties.add(party("New Zealand", "2021-05-31"));
        parties.add(party("Someland", "2022-03"));
        SignatoryGrowth growth = SignatoryGrowth.of(parties);

        assertThat(growth.signatories()).hasSize(12);
        assertThat(growth.signatories().get(0).rank()).isEqualTo(1);
        assertThat(growth.signatories().get(0).name()).isEqualTo("Australia");
        assertThat(growth.steps()).extracting(SignatoryGrowth.Step::date, SignatoryGrowth.Step::total)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2020-10-13", 8),
                        org.assertj.core.groups.Tuple.tuple("2020-11-14", 9),
                        org.assertj.core.groups.Tuple.tuple("2021-05-24", 10),
                        org.assertj.core.groups.Tuple.tuple("2021-05-31", 11),
                        org.assertj.core.groups.Tuple.tuple("2022-03-01", 12));
        assertThat(growth.steps().get(0).names()).hasSize(8).startsWith("Australia");
        assertThat(growth.steps().get(4).monthOnly()).isTrue();
        assertThat(growth.years()).containsExactly(new SignatoryGrowth.Year("2020", 9, 9),
                new SignatoryGrowth.Year("2021", 2, 11), new SignatoryGrowth.Year("2022", 1, 12));
    }

    @Test
    void aPartyListedTwiceCountsOnceOnItsEarliestDate() {
        SignatoryGrowth growth = SignatoryGrowth.of(List.of(party("Japan", "2020-10-13"), party("Japan", "2021-01-01"),
                party("Brazil", "2021-06-15")));
        assertThat(growth.steps()).extracting(SignatoryGrowth.Step::total).containsExactly(1, 2);
        assertThat(growth.years()).containsExactly(new SignatoryGrowth.Year("2020", 1, 1),
                new SignatoryGrowth.Year("2021", 1, 2));
    }

    @Test
    void noPartiesNoSteps() {
        SignatoryGrowth growth = SignatoryGrowth.of(List.of());
        assertThat(growth.steps()).isEmpty();
        assertThat(growth.years()).isEmpty();
    }
}
