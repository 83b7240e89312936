package space.consortium.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;

/** A delete the schema refuses becomes the one "still referenced" failure, with the service's words. */
class InUseTests {

    @Test
    void aDeleteRefusedByAForeignKeyBecomesInUseWithTheReasonNotTheDatabasesText() {
        assertThatThrownBy(() -> InUse.guardDelete(() -> {
            throw new DataIntegrityViolationException("Referential integrity constraint violation: FK_RISK_PARTNER");
        }, "Partner 'esa' is still referenced by other records; remove those first"))
                .isInstanceOf(InUse.class)
                .hasMessage("Partner 'esa' is still referenced by other records; remove those first")
                .hasCauseInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aDeleteThatRunsOrFailsOtherwiseIsLeftAlone() {
        AtomicBoolean ran = new AtomicBoolean();
        InUse.guardDelete(() -> ran.set(true), "unused");
        assertThat(ran).isTrue();
        assertThatThrownBy(() -> InUse.guardDelete(() -> {
            throw new QueryTimeoutException("slow");
        }, "unused")).isInstanceOf(QueryTimeoutException.class);
    }
}
