package space.consortium.discussion.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import space.consortium.discussion.MarkdownRenderer;

/**
 * What accounts and discussion cost per request: rendering one comment (commonmark + OWASP sanitiser; a thread page
 * renders every comment on each view) and checking one password (bcrypt, cost 10: deliberately slow, paid once per
 * sign-in).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xms256m", "-Xmx256m"})
public class CommentRenderBenchmark {

    private static final String COMMENT = """
            The **Columbus** integration review moved to *Friday*; see [the schedule](https://esa.int/schedule).

            - power budget: `2.5 kW`
            - thermal: closed

            > Agreed by the ISS coordinators.

            <script>alert('xss')</script> [x](javascript:alert(1))
            """;

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final String hash = encoder.encode("correct horse battery");

    @Benchmark
    public String renderOneComment() {
        return MarkdownRenderer.render(COMMENT);
    }

    @Benchmark
    public boolean checkOnePassword() {
        return encoder.matches("correct horse battery", hash);
    }
}
