package space.consortium.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Reading a JSON tree into a request record past its first wrong-typed value (no Spring). */
class JsonInputTests {

    record Part(@Nullable String id, @Nullable Double mass) {
    }

    record Order(@Nullable String name, @Nullable Integer count, @Nullable List<Part> parts) {
    }

    private static JsonNode tree(String json) {
        return JsonInput.mapper().readTree(json);
    }

    @Test
    void everyWrongTypedValueUnknownFieldAndRefusedTextIsNamedAndTheRestIsRead() {
        Problems problems = new Problems();
        Order order = JsonInput.convert(tree("""
                {"name": "bad\\u0000name", "count": "three", "colour": "red",
                 "parts": [{"id": "a", "mass": "heavy"}, {"id": "b", "mass": 2.5, "size": 1}, [1]]}"""),
                Order.class, problems.at("orders", 4));

        assertThat(problems.problems()).extracting(InvalidInput.FieldProblem::field).containsExactlyInAnyOrder(
                "orders[4].name", "orders[4].count", "orders[4].colour", "orders[4].parts[0].mass",
                "orders[4].parts[1].size", "orders[4].parts[2]");
        assertThat(problems.problems()).allSatisfy(p -> assertThat(JsonProblems.leaksInternals(p.message()))
                .as(p.message()).isFalse());
        assertThat(problems.problems()).filteredOn(p -> p.field().endsWith("count")).singleElement()
                .extracting(InvalidInput.FieldProblem::message).asString().contains("a whole number", "'three'");
        // what could be read is there, each offending value left out (a list keeps its indexes)
        assertThat(order).isNotNull();
        assertThat(order.name()).isNull();
        assertThat(order.count()).isNull();
        assertThat(order.parts()).hasSize(3);
        assertThat(order.parts().get(0)).isEqualTo(new Part("a", null));
        assertThat(order.parts().get(1)).isEqualTo(new Part("b", 2.5));
        assertThat(order.parts().get(2)).isNull();
    }

    @Test
    void aDocumentOfTheWrongShapeIsOneProblemOfTheBody() {
        Problems problems = new Problems();
        assertThat(JsonInput.convert(tree("[1, 2]"), Order.class, problems)).isNull();
        assertThat(problems.problems()).extracting(InvalidInput.FieldProblem::field).containsExactly("body");
    }

    @Test
    void aBodyThatIsNotThereOrCannotBeReadIsThrownAndOneThatCanKeepsItsProblems() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JsonInput.body(null, Order.class, new Problems()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(InvalidInput.FieldProblem::field).containsExactly("body"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JsonInput.body(tree("[1]"), Order.class, new Problems()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(InvalidInput.FieldProblem::field).containsExactly("body"));
        Problems reading = new Problems();
        Order order = JsonInput.body(tree("{\"name\": \"x\", \"count\": \"two\"}"), Order.class, reading);
        assertThat(order.name()).isEqualTo("x");
        assertThat(reading.problems()).extracting(InvalidInput.FieldProblem::field).containsExactly("count");
    }

    record Orbit(@Nullable String body, @Nullable Double periapsisKm) {
    }

    @Test
    void aFieldNamedBodyIsAFieldLikeAnyOther() {
        // the relay plan has a field "body" (the planet): a wrong value there must not stop the reading
        Problems problems = new Problems();
        Orbit orbit = JsonInput.convert(tree("""
                {"body": {"name": "Mars"}, "periapsisKm": "low", "colour": 1}"""), Orbit.class, problems);
        assertThat(problems.problems()).extracting(InvalidInput.FieldProblem::field)
                .containsExactlyInAnyOrder("body", "periapsisKm", "colour");
        assertThat(orbit).isEqualTo(new Orbit(null, null));
    }

    @Test
    void aLaterCheckSaysNothingMoreAboutAFieldTheReadingNamed() {
        List<InvalidInput.FieldProblem> reading = List.of(new InvalidInput.FieldProblem("parts[0].mass",
                "has a value of the wrong type: it must be a number"));
        List<InvalidInput.FieldProblem> checks = List.of(
                new InvalidInput.FieldProblem("parts[0].mass", "is required"),
                new InvalidInput.FieldProblem("parts[0].massive", "is not a mass"),
                new InvalidInput.FieldProblem("parts[1].mass", "is required"));
        assertThat(JsonInput.merge(reading, checks)).extracting(InvalidInput.FieldProblem::field)
                .containsExactly("parts[0].mass", "parts[0].massive", "parts[1].mass");
    }
}
