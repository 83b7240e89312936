package space.consortium.costshare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import space.consortium.support.ApiContract;
import space.consortium.support.Json;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/allocations}: the published reference cases and every kind of bad input. */
class AllocationApiTests extends ApiContract {

    @ParameterizedTest
    @ValueSource(strings = {"tva.json", "airport.json", "lemaire.json", "talmud200.json", "textbook4.json", "eec.json"})
    void referenceCasesMatchThePublishedAnswers(String file) throws Exception {
        MvcTestResult result = post("/api/allocations", game(file));
        assertThat(result).hasStatusOk();
        JsonNode report = Json.body(result);
        List<String> players = new ArrayList<>();
        report.path("players").values().forEach(p -> players.add(p.asString()));
        space.consortium.costshare.ReferenceCases.check(file, players,
                (method, player) -> report.path("allocations").path(method).path(player).asDouble(Double.NaN));
    }

    @Test
    void everyAllocationAddsUpExactlyToTheTotal() throws Exception {
        JsonNode report = Json.body(post("/api/allocations", game("tva.json")));
        java.math.BigDecimal total = report.path("total").decimalValue();
        for (JsonNode byPlayer : report.path("allocations").values()) {
            java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
            for (JsonNode share : byPlayer.values()) {
                sum = sum.add(share.decimalValue());
            }
            assertThat(sum).isEqualByComparingTo(total);
        }
    }

    @Test
    void aMissingCoalitionValueIsA400NamingIt() {
        JsonNode problem = assertInvalid(post("/api/allocations", """
                {"type": "cost", "players": ["a", "b", "c"],
                 "values": {"a": 1, "b": 1, "c": 1, "a+b": 2, "a+c": 2, "a+b+c": 3}}"""), "values");
        assertThat(problem.path("detail").asString()).contains("b+c");
    }

    @Test
    void badGamesAre400sNamingTheField() {
        assertInvalid(post("/api/allocations", """
                {"type": "shared", "players": ["a"], "values": {"a": 1}}"""), "type");
        assertInvalid(post("/api/allocations", """
                {"type": "cost", "players": ["a", "b"], "values": {"a": 1, "b": 1, "a+b": 2},
                 "model": {"airport": {"a": 1, "b": 2}}}"""), "values");
        assertInvalid(post("/api/allocations", """
                {"type": "cost", "players": ["a", "b"], "model": {"airport": {"a": 1, "z": 2}}}"""),
                "model.airport");
        assertInvalid(post("/api/allocations", """
                {"type": "profit", "players": ["a", "b"], "model": {"airport": {"a": 1, "b": 2}}}"""), "type");
        assertInvalid(post("/api/allocations", """
                {"type": "cost", "players": ["a", "b"], "values": {"a": 1, "b": 1, "a+b": 2}, "methods": ["magic"]}"""),
                "methods[0]");
        assertInvalid(post("/api/allocations", """
                {"type": "cost", "players": ["a", "b"], "values": {"a": 1, "b": 1, "a+b": 2}, "colour": "red"}"""),
                "colour");
    }

    private static String game(String file) throws Exception {
        return Files.readString(Path.of(AllocationApiTests.class.getResource("/costshare/" + file).toURI()));
    }
}
