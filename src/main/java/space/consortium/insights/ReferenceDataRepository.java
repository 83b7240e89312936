package space.consortium.insights;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import space.consortium.insights.engine.Facts;

/** The reference figures ({@code reference_figure}) and named populations ({@code population}, its members). */
@Repository
class ReferenceDataRepository {

    private final JdbcClient jdbc;

    ReferenceDataRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Facts.ReferenceFigure> figures() {
        return jdbc.sql("select * from reference_figure order by figure_id, as_of").query((rs, n) ->
                new Facts.ReferenceFigure(rs.getString("figure_id"), rs.getString("label"),
                        number(rs.getBigDecimal("figure_value")), number(rs.getBigDecimal("min_value")),
                        number(rs.getBigDecimal("max_value")), rs.getString("unit"), rs.getString("as_of"),
                        rs.getString("note"), rs.getString("source_url"))).list();
    }

    List<Facts.Population> populations() {
        Map<String, List<Facts.Member>> members = new LinkedHashMap<>();
        jdbc.sql("select population_id, project_id, source_url from population_member order by population_id, project_id")
                .query(rs -> {
                    members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Facts.Member(rs.getString(2), rs.getString(3)));
                });
        return jdbc.sql("select * from population order by id").query((rs, n) -> new Facts.Population(
                rs.getString("id"), rs.getString("name"), rs.getString("definition"), rs.getBoolean("complete"),
                rs.getString("source_url"), members.getOrDefault(rs.getString("id"), List.of()))).list();
    }

    long figureCount() {
        return jdbc.sql("select count(*) from reference_figure").query(Long.class).single();
    }

    void insertFigure(String figureId, String asOf, String label, @Nullable BigDecimal value, @Nullable BigDecimal min,
                      @Nullable BigDecimal max, String unit, @Nullable String note, String sourceUrl) {
        jdbc.sql("""
                insert into reference_figure (figure_id, as_of, label, figure_value, min_value, max_value, unit, note,
                                              source_url)
                values (:id, :asOf, :label, :value, :min, :max, :unit, :note, :source)""")
                .param("id", figureId).param("asOf", asOf).param("label", label).param("value", value)
                .param("min", min).param("max", max).param("unit", unit).param("note", note)
                .param("source", sourceUrl).update();
    }

    boolean populationExists(String id) {
        return jdbc.sql("select count(*) from population where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    void insertPopulation(String id, String name, String definition, boolean complete, String sourceUrl) {
        jdbc.sql("insert into population (id, name, definition, complete, source_url) values (:id, :name, :d, :c, :s)")
                .param("id", id).param("name", name).param("d", definition).param("c", complete)
                .param("s", sourceUrl).update();
    }

    void insertMember(String populationId, String projectId, String sourceUrl) {
        jdbc.sql("insert into population_member (population_id, project_id, source_url) values (:p, :project, :s)")
                .param("p", populationId).param("project", projectId).param("s", sourceUrl).update();
    }

    private static @Nullable Double number(@Nullable BigDecimal d) {
        return d == null ? null : d.doubleValue();
    }
}
