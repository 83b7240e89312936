package space.consortium.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatasetNotesTests {

    @Test
    void shippedNotesGiveTheCompilationDateAndEveryCaveat() {
        DatasetNotes notes = DatasetNotes.bundled();
        assertThat(notes.compiled()).startsWith("Compiled 2026-11-25");
        assertThat(notes.caveats()).anySatisfy(c -> assertThat(c).startsWith("Artemis Accords count beyond Oman"));
        assertThat(notes.caveats()).anySatisfy(c -> assertThat(c).contains("Juno"));
        assertThat(notes.caveats()).allSatisfy(c -> assertThat(c).doesNotContain("**"));
    }

    @Test
    void nestedListItemsJoinTheirParent() {
        DatasetNotes notes = DatasetNotes.parse("""
                # Title
                Compiled today.
                ## Conflicts and caveats
                - First item
                  continues here.
                - Second:
                  - sub one
                  - sub two
                ## Other
                - not a caveat
                """);
        assertThat(notes.caveats()).containsExactly("First item continues here.", "Second: · sub one · sub two");
    }
}
