package space.consortium.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import space.consortium.shared.InUse;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.Money;
import space.consortium.shared.MoneyRequest;
import space.consortium.shared.NotFound;
import space.consortium.shared.StaleVersion;
import space.consortium.support.PersistenceContract;

/** Partners as stored: optimistic locking, references that block a delete, exact budgets. */
abstract class PartnerPersistenceContract extends PersistenceContract {

    private static final String SOURCE = "https://en.wikipedia.org/wiki/List_of_government_space_agencies";

    @Autowired PartnerRepository repository;
    @Autowired PartnerService partners;

    @Test
    void repositoryUpdatesOnlyTheVersionItWasGiven() {
        long version = partners.get("jaxa").version();

        assertThat(repository.update("jaxa", version, jaxa("JAXA (first change)", version))).isEqualTo(1);
        assertThat(repository.update("jaxa", version, jaxa("JAXA (second change)", version))).isZero();

        assertThat(partners.get("jaxa").name()).isEqualTo("JAXA (first change)");
        assertThat(partners.get("jaxa").version()).isEqualTo(version + 1);
    }

    @Test
    void secondUpdateWithTheSameVersionThrowsStaleVersionAndKeepsTheFirstChange() {
        long version = partners.get("jaxa").version();
        partners.update("jaxa", jaxa("JAXA (first change)", version));

        assertThatThrownBy(() -> partners.update("jaxa", jaxa("JAXA (second change)", version)))
                .isInstanceOf(StaleVersion.class).hasMessageContaining("jaxa");

        Partner stored = partners.get("jaxa");
        assertThat(stored.name()).isEqualTo("JAXA (first change)");
        assertThat(stored.version()).isEqualTo(version + 1);
    }

    @Test
    void updateOfAMissingPartnerIsNotFoundRatherThanStale() {
        assertThatThrownBy(() -> partners.update("no-such-agency", jaxa("Ghost", 0)))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void referencedPartnerCannotBeDeletedAndStaysStored() {
        assertThat(repository.references("esa")).containsKeys("projects led", "participations", "contributions",
                "share-table entries");

        assertThatThrownBy(() -> partners.delete("esa")).isInstanceOf(InUse.class).hasMessageContaining("esa");

        assertThat(count("select count(*) from partner where id = 'esa'")).isEqualTo(1);
    }

    @Test
    void unreferencedPartnerIsDeleted() {
        partners.create(new PartnerRequest("lone-test", "Lone agency", "academia", null, null, null, SOURCE,
                null));
        assertThat(repository.references("lone-test")).isEmpty();

        partners.delete("lone-test");

        assertThat(count("select count(*) from partner where id = 'lone-test'")).isZero();
    }

    @Test
    void budgetsAreMoneyInUnitsAndRoundTripExactly() {
        // the shipped agencies.csv gives NASA's 2025 budget as 25.4 billion US dollars
        assertThat(partners.get("nasa").budget()).isEqualTo(new Money(new BigDecimal("25400000000"), "USD", 2025));
        partners.create(new PartnerRequest("budget-test", "Budgeted", "company", "ZZ", 2020,
                new MoneyRequest(new BigDecimal("123456789012345678.34"), "USD", 2024), SOURCE, null));
        assertThat(partners.get("budget-test").budget())
                .isEqualTo(new Money(new BigDecimal("123456789012345678.34"), "USD", 2024));
        assertThat(jdbc.sql("select budget_amount from partner where id = 'budget-test'").query(BigDecimal.class)
                .single()).isEqualByComparingTo("123456789012345678.34");
    }

    @Test
    void aBudgetInAnotherCurrencyIsRefusedNamingTheField() {
        assertThatThrownBy(() -> partners.create(new PartnerRequest("euro-test", "Euro", "company", "FR", 2020,
                new MoneyRequest(new BigDecimal("1000000"), "EUR", 2024), SOURCE, null)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("budget.currency").hasMessageContaining("USD");
    }

    private static PartnerRequest jaxa(String name, long version) {
        return new PartnerRequest(null, name, "national agency", "JP", 2003,
                new MoneyRequest(new BigDecimal("2388000000"), "USD", 2022), SOURCE, version);
    }
}
