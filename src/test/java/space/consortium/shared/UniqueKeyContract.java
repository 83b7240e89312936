package space.consortium.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import space.consortium.support.PersistenceContract;

/**
 * The path a service takes when two requests passed its check together: the database refuses the second insert,
 * {@link UniqueKey} rolls back to its savepoint, and the same transaction can still read the stored row to name it
 * (PostgreSQL would otherwise abort the whole transaction).
 */
abstract class UniqueKeyContract extends PersistenceContract {

    private int insertEsa() {
        return jdbc.sql("""
                insert into partner (id, name, kind, source_url)
                values ('esa', 'A second ESA', 'intergovernmental', 'https://example.org/esa')""").update();
    }

    @Test
    void aRefusedInsertBecomesAlreadyExistsNamingTheStoredRowReadInTheSameTransaction() {
        assertThatThrownBy(() -> UniqueKey.guard(this::insertEsa, () -> new AlreadyExists(
                "A partner with id 'esa' named '" + jdbc.sql("select name from partner where id = 'esa'")
                        .query(String.class).single() + "'", "/api/partners/esa", "")))
                .isInstanceOfSatisfying(AlreadyExists.class, e -> {
                    assertThat(e.existing()).isEqualTo("/api/partners/esa");
                    assertThat(e.getMessage()).contains("European Space Agency");
                });
        // the transaction is still usable, and the refused row was not stored
        assertThat(count("select count(*) from partner where id = 'esa'")).isEqualTo(1);
        assertThat(count("select count(*) from partner where name = 'A second ESA'")).isZero();
    }

    @Test
    void anInsertWithAFreeKeyIsStored() {
        int stored = UniqueKey.guard(() -> jdbc.sql("""
                insert into partner (id, name, kind, source_url)
                values ('unique-key-test', 'Test', 'other', 'https://example.org/t')""").update(),
                () -> new IllegalStateException("not expected"));
        assertThat(stored).isEqualTo(1);
        assertThat(count("select count(*) from partner where id = 'unique-key-test'")).isEqualTo(1);
    }
}
