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
        return jdbc.sql("select * from reference_figure order by figure_id, as_of, label").query((rs, n) ->
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

    /** A stored reference figure with its exact numbers, as the dataset export writes it. */
    record FigureRow(String figureId, String asOf, String label, @Nullable BigDecimal value, @Nullable BigDecimal min,
                     @Nullable BigDecimal max, String unit, @Nullable String note, String sourceUrl) {

        String key() {
            return figureId + "|" + asOf + "|" + label;
        }
    }

    /** A stored population without its members. */
    record PopulationRow(String id, String name, String definition, boolean complete, String sourceUrl) {
    }

    /** A stored member of a population. */
    record MemberRow(String populationId, String projectId, String sourceUrl) {
    }

    List<FigureRow> figureRows() {
        return jdbc.sql("select * from reference_figure order by figure_id, as_of, label").query((rs, n) ->
                new FigureRow(rs.getString("figure_id"), rs.getString("as_of"), rs.getString("label"),
                        plain(rs.getBigDecimal("figure_value")), plain(rs.getBigDecimal("min_value")),
                        plain(rs.getBigDecimal("max_value")), rs.getString("unit"), rs.getString("note"),
                        rs.getString("source_url"))).list();
    }

    List<PopulationRow> populationRows() {
        return jdbc.sql("select * from population order by id").query((rs, n) -> new PopulationRow(rs.getString("id"),
                rs.getString("name"), rs.getString("definition"), rs.getBoolean("complete"), rs.getString("source_url")))
                .list();
    }

    List<MemberRow> memberRows() {
        return jdbc.sql("select * from population_member order by population_id, project_id").query((rs, n) ->
                new MemberRow(rs.getString("population_id"), rs.getString("project_id"), rs.getString("source_url")))
                .list();
    }

    void updateFigure(FigureRow f) {
        jdbc.sql("""
                update reference_figure set figure_value = :value, min_value = :min, max_value = :max, unit = :unit,
                  note = :note, source_url = :source
                where figure_id = :id and as_of = :asOf and label = :label""")
                .param("id", f.figureId()).param("asOf", f.asOf()).param("label", f.label()).param("value", f.value())
                .param("min", f.min()).param("max", f.max()).param("unit", f.unit()).param("note", f.note())
                .param("source", f.sourceUrl()).update();
    }

    void updatePopulation(PopulationRow p) {
        jdbc.sql("update population set name = :name, definition = :d, complete = :c, source_url = :s where id = :id")
                .param("id", p.id()).param("name", p.name()).param("d", p.definition()).param("c", p.complete())
                .param("s", p.sourceUrl()).update();
    }

    void updateMember(MemberRow m) {
        jdbc.sql("update population_member set source_url = :s where population_id = :p and project_id = :project")
                .param("p", m.populationId()).param("project", m.projectId()).param("s", m.sourceUrl()).update();
    }

    private static @Nullable BigDecimal plain(@Nullable BigDecimal d) {
        return d == null ? null : space.consortium.shared.Money.plain(d);
    }

    private static @Nullable Double number(@Nullable BigDecimal d) {
        return d == null ? null : d.doubleValue();
    }
}
