package space.consortium.insights.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import space.consortium.insights.engine.Facts.AgreementFact;
import space.consortium.insights.engine.Facts.Member;
import space.consortium.insights.engine.Facts.PartnerFact;
import space.consortium.insights.engine.Facts.Party;
import space.consortium.insights.engine.Facts.Population;
import space.consortium.insights.engine.Facts.ProjectFact;
import space.consortium.insights.engine.Facts.ReferenceFigure;

/**
 * Each kind of claim against a small hand-made registry: a supported, a contradicted and a not-computable case, with
 * the evidence rows checked by hand. The figures are the IAU's (iau.org member statistics, July 2017: 12,563 members,
 * 10,014 active; distribution table of 1 June 2023: 12,627) and 13,701 for 2018 (Wikipedia, citing the IAU).
 */
class ClaimRulesTests {

    private static final String S = "https://example.org/source";

    private static final List<PartnerFact> PARTNERS = List.of(
            new PartnerFact("nasa", "NASA", "US", S), new PartnerFact("jpl", "JPL", "US", S),
            new PartnerFact("esa", "ESA", "ESA member states", S), new PartnerFact("jaxa", "JAXA", "JP", S),
            new PartnerFact("roscosmos", "Roscosmos", "RU", S), new PartnerFact("dlr", "DLR", "DE", S));

    private static final List<ProjectFact> PROJECTS = List.of(
            new ProjectFact("juice", "Juice", "operating", "Jupiter", 2023, "esa", List.of("esa", "nasa", "jaxa"), S),
            new ProjectFact("gaia", "Gaia", "completed", "Sun-Earth L2", 2013, "esa", List.of("esa"), S),
            new ProjectFact("rosetta", "Rosetta", "completed", "Comet 67P", 2004, "esa", List.of("esa", "dlr"), S),
            new ProjectFact("msl", "Curiosity", "operating", "Mars", 2011, "nasa", List.of("nasa", "jpl"), S),
            new ProjectFact("lisa", "LISA", "planned", "Heliocentric", 2035, "esa", List.of("esa", "nasa"), S));

    private static final AgreementFact ACCORDS = new AgreementFact("artemis-accords", "Artemis Accords", "2020-10-13", S,
            List.of(new Party(null, "US", "United States", "2020-10-13", S),
                    new Party(null, "JP", "Japan", "2020-10-13", S),
                    new Party(null, "UA", "Ukraine", "2020-11-12", S),
                    new Party(null, "IS", "Iceland", "2023-10", S)));

    private static final AgreementFact IGA = new AgreementFact("iss-iga-1988", "IGA 1988", "1988-09-29", S,
            List.of(new Party(null, "US", "United States", "1988-09-29", S),
                    new Party("esa", null, "ESA", "1988-09-29", S)));

    private static final List<ReferenceFigure> FIGURES = List.of(
            new ReferenceFigure("iau-individual-members", "IAU members", 12563.0, null, null, "members", "2017-07", null, S),
            new ReferenceFigure("iau-individual-members", "IAU active members", 10014.0, null, null, "members", "2017-07", null, S),
            new ReferenceFigure("iau-individual-members", "IAU members", 13701.0, null, null, "members", "2018", null, S),
            new ReferenceFigure("iau-individual-members", "IAU members", 12627.0, null, null, "members", "2023-06-01", null, S));

    private static final Population COMPLETE = new Population("esa-science", "ESA science", "every one", true, S,
            List.of(new Member("juice", S), new Member("gaia", S), new Member("rosetta", S), new Member("lisa", S)));
    private static final Population SAMPLE = new Population("esa-sample", "Led or joined by ESA", "a curated sample",
            false, S, List.of(new Member("juice", S), new Member("gaia", S)));

    private static final Facts FACTS = new Facts(PROJECTS, PARTNERS, List.of(ACCORDS, IGA), FIGURES,
            List.of(COMPLETE, SAMPLE), null);

    private static Stated stated(String comparator, double value) {
        return new Stated(ClaimComparator.ofSymbol(comparator).orElseThrow(), value, 0);
    }

    private static ClaimSubject.When on(String day) {
        return new ClaimSubject.When(null, null, LocalDate.parse(day));
    }

    private static ClaimSubject.When in(int year) {
        return new ClaimSubject.When(year, null, null);
    }

    private static List<String> ids(Verdict v) {
        return v.evidence().stream().map(EvidenceRow::id).toList();
    }

    // ---- signature

    @Test
    void japanSigningTheAccordsOnTheirFirstDayIsSupportedByItsPartyRow() {
        Verdict v = new ClaimSubject.Signature("artemis-accords", List.of("JP"), null, on("2020-10-13"))
                .check(Stated.NONE, FACTS);
        assertThat(v.outcome()).isEqualTo(Verdict.Outcome.SUPPORTED);
        assertThat(ids(v)).containsExactly("artemis-accords", "artemis-accords/JP");
        assertThat(v.evidence().get(1).url()).isEqualTo("/agreements/artemis-accords");
        assertThat(v.evidence().get(1).sourceUrl()).isEqualTo(S);
    }

    @Test
    void theUsAndRussiaSigningIn2020IsContradictedBecauseRussiaIsNoParty() {
        Verdict v = new ClaimSubject.Signature("artemis-accords", List.of("US", "RU"), null, in(2020))
                .check(Stated.NONE, FACTS);
        assertThat(v.outcome()).isEqualTo(Verdict.Outcome.CONTRADICTED);
        assertThat(v.computedText()).contains("US: signed 2020-10-13", "RU: not a party");
        assertThat(ids(v)).containsExactly("artemis-accords", "artemis-accords/US");
    }

    @Test
    void aPartnerMatchesItsCountrysRowAndRoscosmosIsNoParty() {
        assertThat(new ClaimSubject.Signature("artemis-accords", List.of(), "roscosmos", ClaimSubject.When.ANY)
                .check(Stated.NONE, FACTS).outcome()).isEqualTo(Verdict.Outcome.CONTRADICTED);
        Verdict jaxa = new ClaimSubject.Signature("artemis-accords", List.of(), "jaxa", ClaimSubject.When.ANY)
                .check(Stated.NONE, FACTS);
        assertThat(jaxa.outcome()).isEqualTo(Verdict.Outcome.SUPPORTED);
        assertThat(jaxa.caveats()).anyMatch(c -> c.contains("through the party row of its country Japan"));
        assertThat(new ClaimSubject.Signature("iss-iga-1988", List.of(), "esa", in(1988)).check(Stated.NONE, FACTS)
                .outcome()).isEqualTo(Verdict.Outcome.SUPPORTED);
    }

    @Test
    void aSignatureKnownToTheMonthOnlyCannotConfirmADayAndAnUnknownAgreementIsNotComputable() {
        Verdict v = new ClaimSubject.Signature("artemis-accords", List.of("IS"), null, on("2023-10-15"))
                .check(Stated.NONE, FACTS);
        assertThat(v.outcome()).isEqualTo(Verdict.Outcome.NOT_COMPUTABLE);
        assertThat(v.reason()).contains("only the month");
        assertThat(new ClaimSubject.Signature("artemis-accords", List.of("IS"), null, in(2023))
                .check(Stated.NONE, FACTS).outcome()).isEqualTo(Verdict.Outcome.SUPPORTED);
        assertThat(new ClaimSubject.Signature("artemis-accords", List.of("UA"), null,
                new ClaimSubject.When(null, LocalDate.parse("2020-11-01"), null)).check(Stated.NONE, FACTS).outcome())
                .isEqualTo(Verdict.Outcome.CONTRADICTED);
        Verdict unknown = new ClaimSubject.Signature("moon-pact", List.of("US"), null, ClaimSubject.When.ANY)
                .check(Stated.NONE, FACTS);
        assertThat(unknown.outcome()).isEqualTo(Verdict.Outcome.NOT_COMPUTABLE);
        assertThat(unknown.reason()).contains("no agreement 'moon-pact'");
    }

    // ---- count

    @Test
    void partiesAsOfTheFirstDayAreCountedFromTheirRows() {
        Verdict v = new ClaimSubject.Count("agreement-parties", Map.of("agreement", "artemis-accords",
                "asOf", "2020-10-13")).check(stated("=", 2), FACTS);
        assertThat(v.outcome()).isEqualTo(Verdict.Outcome.SUPPORTED);
        assertThat(v.computed()).isEqualTo(2.0);
        assertThat(ids(v)).containsExactly("artemis-accords", "artemis-accords/US", "artemis-accords/JP");
    }

    @Test
    void anOverstatedProjectCountIsContradictedWithTheCountedRows() {
        Verdict v = new ClaimSubject.Count("projects", Map.of("lead", "esa", "status", "completed"))
                .check(stated(">=", 3), FACTS);
        assertThat(v.outcome()).isEqualTo(Verdict.Outcome.CONTRADICTED);
        assertThat(v.computed()).isEqualTo(2.0);
        assertThat(ids(v)).containsExactly("gaia", "rosetta");
        assertThat(v.evidence().get(0).url()).isEqualTo("/projects/gaia");
    }

    @Test
    void aCountOfAnUnknownPartnersProjectsOrOfTheNetworkWithoutMetricsIsNotComputable() {
        assertThat(new ClaimSubject.Count("projects", Map.of("partner", "nobody")).check(stated("=", 1), FACTS)
                .reason()).contains("no partner 'nobody'");
        assertThat(new ClaimSubject.Count("communities", Map.of()).check(stated("=", 3), FACTS).outcome())
                .isEqualTo(Verdict.Outcome.NOT_COMPUTABLE);
        assertThat(new ClaimSubject.Count("metric", Map.of("metric", "internationalShare", "partner", "esa"))
                .check(stated(">", 0.8), FACTS).reason()).contains("curated sample");
    }

    // ---- share

    @Test
    void aShareOverACompletePopulationCountsItsInternationalMembers() {
        // juice (esa with nasa, jaxa), rosetta (esa with dlr), lisa (esa with nasa): international; gaia alone: not
        Verdict over80 = new ClaimSubject.Share("esa-science", "international").check(stated(">", 0.8), FACTS);
        assertThat(over80.outcome()).isEqualTo(Verdict.Outcome.CONTRADICTED);
        assertThat(over80.computed()).isEqualTo(0.75);
        assertThat(ids(over80)).containsExactly("esa-science", "juice", "gaia", "rosetta", "lisa");
        assertThat(over80.evidence().get(2).label()).contains("not international");
        assertThat(new ClaimSubject.Share("esa-science", "international").check(stated(">=", 0.7), FACTS).outcome())
                .isEqualTo(Verdict.Outcome.SUPPORTED);
    }

    @Test
    void twoAgenciesOfOneCountryDoNotMakeAProjectInternational() {
        Population us = new Population("us", "US", "all", true, S, List.of(new Member("msl", S)));
        Facts facts = new Facts(PROJECTS, PARTNERS, List.of(), List.of(), List.of(us), null);
        Verdict v = new ClaimSubject.Share("us", "international").check(stated("=", 0), facts);
        assertThat(v.outcome()).isEqualTo(Verdict.Outcome.SUPPORTED);
        assertThat(v.computed()).isZero();
    }

    @Test
    void aShareOverACuratedSampleIsNotComputableAndSaysWhy() {
        Verdict v = new ClaimSubject.Share("esa-sample", "international").check(stated(">", 0.8), FACTS);
        assertThat(v.outcome()).isEqualTo(Verdict.Outcome.NOT_COMPUTABLE);
        assertThat(v.reason()).contains("2 projects in 'Led or joined by ESA'", "curated sample");
        assertThat(v.computed()).isNull();
    }

    // ---- date

    @Test
    void aLaunchInItsYearIsSupportedInAnotherContradictedAndOnADayNotComputable() {
        assertThat(new ClaimSubject.EventDate("juice", null, "launch", in(2023)).check(Stated.NONE, FACTS).outcome())
                .isEqualTo(Verdict.Outcome.SUPPORTED);
        Verdict wrong = new ClaimSubject.EventDate("juice", null, "launch", in(2022)).check(Stated.NONE, FACTS);
        assertThat(wrong.outcome()).isEqualTo(Verdict.Outcome.CONTRADICTED);
        assertThat(wrong.computedText()).isEqualTo("launched in 2023");
        assertThat(ids(wrong)).containsExactly("juice");
        Verdict day = new ClaimSubject.EventDate("juice", null, "launch", on("2023-04-14")).check(Stated.NONE, FACTS);
        assertThat(day.outcome()).isEqualTo(Verdict.Outcome.NOT_COMPUTABLE);
        assertThat(day.reason()).contains("launch year only");
        assertThat(new ClaimSubject.EventDate("juice", null, "landing", in(2031)).check(Stated.NONE, FACTS).reason())
                .contains("no 'landing' dates");
        assertThat(new ClaimSubject.EventDate("lisa", null, "launch", in(2035)).check(Stated.NONE, FACTS).reason())
                .contains("has not launched");
    }

    @Test
    void anAgreementsFirstSignatureIsCheckedToTheDay() {
        assertThat(new ClaimSubject.EventDate(null, "iss-iga-1988", "signature", on("1988-09-29"))
                .check(Stated.NONE, FACTS).outcome()).isEqualTo(Verdict.Outcome.SUPPORTED);
        assertThat(new ClaimSubject.EventDate(null, "iss-iga-1988", "signature", on("1988-09-28"))
                .check(Stated.NONE, FACTS).outcome()).isEqualTo(Verdict.Outcome.CONTRADICTED);
    }

    // ---- external

    @Test
    void overThirteenThousandFiveHundredIauMembersIsImpreciseWithTheSourcedRange() {
        Verdict v = new ClaimSubject.External("iau-individual-members").check(stated(">", 13500), FACTS);
        assertThat(v.outcome()).isEqualTo(Verdict.Outcome.IMPRECISE);
        assertThat(v.computed()).isEqualTo(12627.0);
        assertThat(v.caveats()).anyMatch(c -> c.contains("10014–13701 members") && c.contains("as of 2023-06-01"));
        assertThat(v.evidence()).hasSize(4).allMatch(e -> e.type().equals("reference-figure"));
    }

    @Test
    void aFigureCloseToTheLatestIsSupportedOneOutsideTheRangeContradictedAndAnUnknownOneNotComputable() {
        assertThat(new ClaimSubject.External("iau-individual-members")
                .check(new Stated(ClaimComparator.APPROXIMATELY, 12600.0, 100), FACTS).outcome())
                .isEqualTo(Verdict.Outcome.SUPPORTED);
        assertThat(new ClaimSubject.External("iau-individual-members").check(stated("=", 20000), FACTS).outcome())
                .isEqualTo(Verdict.Outcome.CONTRADICTED);
        assertThat(new ClaimSubject.External("un-members").check(stated("=", 193), FACTS).outcome())
                .isEqualTo(Verdict.Outcome.NOT_COMPUTABLE);
    }

    @Test
    void whenTakesAtMostOneConstraint() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new ClaimSubject.When(2020, null, LocalDate.parse("2020-10-13")));
    }
}
