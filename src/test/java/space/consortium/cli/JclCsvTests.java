package space.consortium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import space.consortium.ConsortiumApplication;

/** {@code jcl --format csv} writes plain decimals: a cost of 191,930,000 is not printed as {@code 1.9193E8}. */
class JclCsvTests {

    @TempDir Path temp;

    @Test
    void largeCostsArePlainDecimalsEqualToTheJsonFigures() throws Exception {
        Path plan = Files.writeString(temp.resolve("big.json"), """
                {"activities": [{"id": "A", "duration": {"dist": "fixed", "value": 10},
                                 "cost": {"fixed": {"dist": "fixed", "value": 191930000}}}]}""");
        String csv = run(plan.toString(), "--format", "csv");
        List<String> cost = List.of(csv.lines().filter(l -> l.startsWith("cost,")).findFirst().orElseThrow()
                .split(","));
        assertThat(cost).hasSize(7);
        assertThat(String.join(",", cost)).doesNotContain("E");
        // a fixed cost: every figure is the cost itself
        assertThat(cost.subList(1, 7)).allSatisfy(v -> assertThat(new BigDecimal(v))
                .isEqualByComparingTo("191930000"));
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = ConsortiumCommand.commandLine(ConsortiumApplication.class);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        String[] all = new String[args.length + 1];
        all[0] = "jcl";
        System.arraycopy(args, 0, all, 1, args.length);
        assertThat(cli.execute(all)).isZero();
        return out.toString();
    }
}
