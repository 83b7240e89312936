package space.consortium.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import space.consortium.shared.InUse;
import space.consortium.shared.Money;
import space.consortium.shared.MoneyRequest;
import space.consortium.shared.NotFound;
import space.consortium.shared.StaleVersion;
import space.consortium.support.PersistenceContract;

/** Projects, participations, contributions and share tables as stored: locking, cascades and exact money. */
abstract class ProjectPersistenceContract extends PersistenceContract {

    private static final String SOURCE = "http://www.nasa.gov/mission_pages/station/structure/elements/partners.html";

    @Autowired ProjectRepository repository;
    @Autowired ProjectService projects;
    @Autowired ContributionRepository contributionRepository;
    @Autowired ContributionService contributions;

    @Test
    void repositoryUpdatesOnlyTheVersionItWasGiven() {
        long version = projects.get("iss").version();

        assertThat(repository.update("iss", version, iss("First change", version))).isEqualTo(1);
        assertThat(repository.update("iss", version, iss("Second change", version))).isZero();

        Project stored = projects.get("iss");
        assertThat(stored.name()).isEqualTo("First change");
        assertThat(stored.version()).isEqualTo(version + 1);
    }

    @Test
    void secondUpdateWithTheSameVersionThrowsStaleVersionAndKeepsTheFirstChange() {
        long version = projects.get("iss").version();
        projects.update("iss", iss("First change", version));

        assertThatThrownBy(() -> projects.update("iss", iss("Second change", version)))
                .isInstanceOf(StaleVersion.class).hasMessageContaining("iss");

        assertThat(projects.get("iss").name()).isEqualTo("First change");
        assertThat(count("select count(*) from project where name = 'Second change'")).isZero();
    }

    @Test
    void contributionUpdatesAreOptimisticallyLockedToo() {
        Contribution columbus = contributions.all().stream()
                .filter(c -> c.element().equals("Columbus laboratory")).findFirst().orElseThrow();
        long version = columbus.version();
        contributions.update(columbus.id(), contribution("iss", "esa", "Columbus (first change)", null, version));

        assertThatThrownBy(() -> contributions.update(columbus.id(),
                contribution("iss", "esa", "Columbus (second change)", null, version)))
                .isInstanceOf(StaleVersion.class);

        assertThat(contributions.get(columbus.id()).element()).isEqualTo("Columbus (first change)");
        assertThat(contributions.get(columbus.id()).version()).isEqualTo(version + 1);
    }

    @Test
    void deletingAProjectDeletesItsParticipationsContributionsAndShareTables() {
        List<Long> tables = jdbc.sql("select id from share_table where project_id = 'iss'").query(Long.class).list();
        assertThat(tables).hasSize(2);
        assertThat(count("select count(*) from participation where project_id = 'iss'")).isEqualTo(5);
        assertThat(count("select count(*) from contribution where project_id = 'iss'")).isPositive();
        long participations = count("select count(*) from participation");

        projects.delete("iss");

        assertThat(count("select count(*) from project where id = 'iss'")).isZero();
        assertThat(count("select count(*) from participation where project_id = 'iss'")).isZero();
        assertThat(count("select count(*) from contribution where project_id = 'iss'")).isZero();
        assertThat(count("select count(*) from share_table where project_id = 'iss'")).isZero();
        for (long table : tables) {
            assertThat(count("select count(*) from share_entry where share_table_id = :t", "t", table)).isZero();
        }
        assertThat(count("select count(*) from participation")).isEqualTo(participations - 5);
        assertThat(count("select count(*) from partner where id in ('nasa', 'esa', 'asi')"))
                .as("partners outlive the project").isEqualTo(3);
        assertThatThrownBy(() -> projects.detail("iss")).isInstanceOf(NotFound.class);
    }

    @Test
    void aProjectWithAssetsIsNotDeleted() {
        jdbc.sql("""
                insert into asset (id, name, kind, owner_partner_id, project_id, source_url)
                values ('kibo-test', 'Kibo', 'module', 'jaxa', 'iss', 'https://example.org/kibo')""").update();

        assertThatThrownBy(() -> projects.delete("iss")).isInstanceOf(InUse.class).hasMessageContaining("asset");

        assertThat(count("select count(*) from project where id = 'iss'")).isEqualTo(1);
        assertThat(count("select count(*) from participation where project_id = 'iss'")).isEqualTo(5);
    }

    @Test
    void moneyRoundTripsExactlyWithCurrencyAndPriceYear() {
        Map<Money, Long> created = new LinkedHashMap<>();
        for (Money money : List.of(
                new Money(new BigDecimal("123456789012345678.91"), "JPY", 2019),
                new Money(new BigDecimal("0.01"), "EUR", 1998),
                new Money(new BigDecimal("99.9"), "CAD", null),
                new Money(new BigDecimal("1200000000"), "USD", 2025))) {
            Contribution c = contributions.create(contribution("nisar", "isro", "Element worth " + money,
                    money, null));
            created.put(money, c.id());
        }
        created.forEach((money, id) -> assertThat(contributions.get(id).value()).isEqualTo(money));
        assertThat(contributions.get(created.get(new Money(new BigDecimal("0.01"), "EUR", 1998))).value().amount())
                .hasToString("0.01");
    }

    @Test
    void projectCostRoundTripsExactly() {
        Money cost = new Money(new BigDecimal("2000000000.5"), "EUR", 2018);
        projects.create(new ProjectRequest("costed-test", "Costed", "Mercury", "planned", 2040, "esa",
                MoneyRequest.of(cost), null, "https://example.org/costed", null));

        assertThat(projects.get("costed-test").cost()).isEqualTo(cost);
        BigDecimal stored = jdbc.sql("select cost_amount from project where id = 'costed-test'")
                .query(BigDecimal.class).single();
        assertThat(stored).isEqualByComparingTo("2000000000.50");
    }

    @Test
    void issSharePercentagesAreStoredExactlyLargestShareFirst() {
        Map<String, List<ShareTable.Entry>> tables = new LinkedHashMap<>();
        projects.shareTables("iss").forEach(t -> tables.put(t.name(), t.entries()));

        List<ShareTable.Entry> usSegment = tables.get("US-segment utilisation and common operating costs");
        assertThat(usSegment).extracting(ShareTable.Entry::partnerId).containsExactly("nasa", "jaxa", "esa", "csa");
        assertThat(usSegment).extracting(ShareTable.Entry::percent).containsExactly(
                new BigDecimal("76.6"), new BigDecimal("12.8"), new BigDecimal("8.3"), new BigDecimal("2.3"));
        List<ShareTable.Entry> columbus = tables.get("Columbus utilisation");
        assertThat(columbus).extracting(ShareTable.Entry::partnerId).containsExactly("esa", "nasa", "csa");
        assertThat(columbus).extracting(ShareTable.Entry::percent).containsExactly(
                new BigDecimal("51"), new BigDecimal("46.7"), new BigDecimal("2.3"));
    }

    private static ProjectRequest iss(String name, long version) {
        return new ProjectRequest(null, name, "LEO", "operating", 1998, "nasa", null,
                "five partner agencies; first module (Zarya) 1998", SOURCE, version);
    }

    private static ContributionRequest contribution(String project, String partner, String element, Money value,
                                                    Long version) {
        return new ContributionRequest(project, partner, "hardware", element,
                MoneyRequest.of(value), "https://example.org/element", version);
    }
}
