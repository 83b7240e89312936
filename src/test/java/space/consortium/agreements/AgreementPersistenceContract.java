package space.consortium.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import space.consortium.shared.InUse;
import space.consortium.shared.StaleVersion;
import space.consortium.support.PersistenceContract;

/** Agreements as stored: dates known only to the month, optimistic locking and parties deleted with the agreement. */
abstract class AgreementPersistenceContract extends PersistenceContract {

    private static final String SOURCE = "https://example.org/agreement";

    @Autowired AgreementRepository repository;
    @Autowired AgreementService agreements;

    @Test
    void icelandsMonthOnlySignatureReadsBackAsAMonth() {
        Agreement.Party iceland = agreements.get("artemis-accords").parties().stream()
                .filter(p -> "IS".equals(p.countryCode())).findFirst().orElseThrow();
        assertThat(iceland.signed()).isEqualTo("2023-10");

        var row = jdbc.sql("""
                        select signed_on, signed_precision from agreement_party
                        where agreement_id = 'artemis-accords' and country_code = 'IS'""")
                .query((rs, n) -> List.of(rs.getDate(1).toLocalDate(), rs.getString(2))).single();
        assertThat(row).containsExactly(LocalDate.of(2023, 10, 1), "month");
    }

    @Test
    void monthAndDayPrecisionRoundTrip() {
        agreements.create(new AgreementRequest("precision-test", "MOU", "Precision", "2024-03-15", null, null, SOURCE, null,
                List.of(new AgreementRequest.Party(null, "TL", "Testland", "2024-03", SOURCE),
                        new AgreementRequest.Party("esa", null, null, "2024-03-01", SOURCE),
                        new AgreementRequest.Party(null, "TX", "Texland", null, SOURCE))));

        Agreement stored = agreements.get("precision-test");
        assertThat(stored.signedOn()).isEqualTo("2024-03-15");
        assertThat(stored.parties()).extracting(Agreement.Party::signed)
                .containsExactlyInAnyOrder("2024-03", "2024-03-01", null);
        assertThat(stored.parties()).filteredOn(p -> "TL".equals(p.countryCode()))
                .singleElement().extracting(Agreement.Party::signed).isEqualTo("2024-03");
    }

    @Test
    void secondUpdateWithTheSameVersionThrowsStaleVersionAndKeepsTheFirstChange() {
        long version = agreements.get("iss-iga").version();
        agreements.update("iss-iga", iga("IGA (first change)", version, List.of(
                new AgreementRequest.Party(null, "US", "United States", "1998-01-28", SOURCE))));

        assertThatThrownBy(() -> agreements.update("iss-iga", iga("IGA (second change)", version, List.of())))
                .isInstanceOf(StaleVersion.class);
        assertThat(repository.update("iss-iga", version, iga("IGA (third change)", version, List.of()))).isZero();

        Agreement stored = agreements.get("iss-iga");
        assertThat(stored.title()).isEqualTo("IGA (first change)");
        assertThat(stored.parties()).extracting(Agreement.Party::countryCode).containsExactly("US");
        assertThat(stored.version()).isEqualTo(version + 1);
    }

    @Test
    void deletingAnAgreementDeletesItsParties() {
        // the 1988 agreement: no shipped claim is about it (claims about the Accords and the 1998 IGA keep those)
        assertThat(count("select count(*) from agreement_party where agreement_id = 'iss-iga-1988'")).isPositive();

        agreements.delete("iss-iga-1988");

        assertThat(count("select count(*) from agreement where id = 'iss-iga-1988'")).isZero();
        assertThat(count("select count(*) from agreement_party where agreement_id = 'iss-iga-1988'")).isZero();
        assertThat(count("select count(*) from agreement_party where agreement_id = 'iss-iga'")).isEqualTo(15);
        assertThat(count("select count(*) from agreement_party where agreement_id = 'artemis-accords'")).isEqualTo(61);
    }

    @Test
    void anAgreementAClaimIsAboutIsNotDeleted() {
        assertThatThrownBy(() -> agreements.delete("artemis-accords")).isInstanceOf(InUse.class)
                .hasMessageContaining("is the subject of 3 claims");
        assertThat(count("select count(*) from agreement_party where agreement_id = 'artemis-accords'")).isEqualTo(61);
    }

    private static AgreementRequest iga(String title, long version, List<AgreementRequest.Party> parties) {
        return new AgreementRequest(null, "intergovernmental", title, "1998-01-28", null, null, SOURCE, version, parties);
    }
}
