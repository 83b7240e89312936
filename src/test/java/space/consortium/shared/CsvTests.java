package space.consortium.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void readsQuotedCommasDoubledQuotesAndLineBreaksKeepingStartLines() {
        Csv.Table table = Csv.read(new StringReader(
                "a,b,c\n"
                + "1,\"x, y\",3\n"
                + "2,\"say \"\"hi\"\"\",\"two\n"
                + "lines\"\n"
                + "\n"
                + "4,,6\n"));
        assertThat(table.header()).containsExactly("a", "b", "c");
        assertThat(table.rows()).extracting(Csv.Row::line).containsExactly(2, 3, 6);
        assertThat(table.rows().get(0).getOrNull("b")).isEqualTo("x, y");
        assertThat(table.rows().get(1).getOrNull("b")).isEqualTo("say \"hi\"");
        assertThat(table.rows().get(1).cells().get("c")).isEqualTo("two\nlines");
        assertThat(table.rows().get(2).get("b")).isEmpty();
    }

    @Test
    void handlesWindowsLineEndsAndAByteOrderMark() {
        Csv.Table table = Csv.read(new StringReader("\uFEFFid,name\r\n1,one\r\n2,two"));
        assertThat(table.header()).containsExactly("id", "name");
        assertThat(table.rows()).extracting(r -> r.getOrNull("name")).containsExactly("one", "two");
    }

    @Test
    void rejectsARowWithTheWrongNumberOfFieldsNamingItsLine() {
        assertThatThrownBy(() -> Csv.read(new StringReader("a,b\n1,2\n3\n")))
                .isInstanceOfSatisfying(Csv.Malformed.class, e -> assertThat(e.line()).isEqualTo(3))
                .hasMessageContaining("has 1 fields, the header has 2");
    }

    @Test
    void rejectsAnUnclosedQuote() {
        assertThatThrownBy(() -> Csv.read(new StringReader("a,b\n1,\"open\n")))
                .isInstanceOfSatisfying(Csv.Malformed.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThatThrownBy(() -> Csv.read(new StringReader(""))).isInstanceOf(Csv.Malformed.class);
    }

    @Test
    void whatItWritesItReadsBack() {
        List<List<Object>> rows = List.of(
                Arrays.asList("plain", "with, comma", "with \"quote\"", "two\nlines", null, new java.math.BigDecimal("1E+3")));
        StringWriter out = new StringWriter();
        Csv.write(out, List.of("a", "b", "c", "d", "e", "f"), rows);
        Csv.Row row = Csv.read(new StringReader(out.toString())).rows().get(0);
        assertThat(row.cells()).containsExactly(
                java.util.Map.entry("a", "plain"), java.util.Map.entry("b", "with, comma"),
                java.util.Map.entry("c", "with \"quote\""), java.util.Map.entry("d", "two\nlines"),
                java.util.Map.entry("e", ""), java.util.Map.entry("f", "1000"));
    }

    @Test
    void writesNumbersInPlainDecimalsNeverInScientificNotation() {
        java.io.StringWriter out = new java.io.StringWriter();
        List<Object> row = List.of(1.9193E8, 2.5E-5, 0.1f, new java.math.BigDecimal("1E+3"), Double.NaN);
        Csv.write(out, List.of("a", "b", "c", "d", "e"), List.of(row));
        assertThat(out.toString()).isEqualTo("a,b,c,d,e\n191930000,0.000025,0.1,1000,NaN\n");
    }
}
