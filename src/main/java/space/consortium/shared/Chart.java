package space.consortium.shared;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a page chart shows, as data: a page puts {@link #json(Chart)} of it in a JSON data block and the one static
 * chart script ({@code /js/charts.js}) draws it with ECharts. Pages carry no chart code of their own.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Chart.Bar.class, name = "bar"),
        @JsonSubTypes.Type(value = Chart.Pie.class, name = "pie"),
        @JsonSubTypes.Type(value = Chart.Timeline.class, name = "timeline"),
        @JsonSubTypes.Type(value = Chart.Graph.class, name = "graph"),
        @JsonSubTypes.Type(value = Chart.Heatmap.class, name = "heatmap"),
        @JsonSubTypes.Type(value = Chart.Bands.class, name = "bands"),
        @JsonSubTypes.Type(value = Chart.Lines.class, name = "lines"),
        @JsonSubTypes.Type(value = Chart.Gantt.class, name = "gantt"),
        @JsonSubTypes.Type(value = Chart.Xy.class, name = "xy")})
public sealed interface Chart {

    /** One named row of values, one value per category. */
    record Series(String name, List<? extends Number> data) {

        public Series {
            data = List.copyOf(data);
        }
    }

    /**
     * Bars per category.
     *
     * @param links      where a click on each category leads (same order as {@code categories}), or empty
     * @param horizontal categories on the vertical axis (for long labels)
     * @param unit       what the values count, shown on the value axis
     */
    record Bar(List<String> categories, List<Series> series, boolean stacked, boolean horizontal, String unit,
               List<String> links) implements Chart {

        public Bar {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            links = List.copyOf(links);
        }
    }

    /** Shares of a whole; {@code unit} is appended to values in the tooltip (e.g. "%"). */
    record Pie(List<Slice> slices, String unit) implements Chart {

        public Pie {
            slices = List.copyOf(slices);
        }
    }

    /** A named value of a pie. */
    record Slice(String name, Number value) {
    }

    /**
     * A step line over time, e.g. a cumulative count.
     *
     * @param points ISO dates ({@code YYYY-MM-DD}) with the value from that date on, oldest first
     */
    record Timeline(String name, List<Point> points) implements Chart {

        public Timeline {
            points = List.copyOf(points);
        }

        /**
         * A cumulative count of dated events, e.g. signatories of an agreement. A month-only date ({@code YYYY-MM})
         * counts from the 1st and says so in its label.
         *
         * @param byDate ISO date or month → what happened that day (names), in date order
         */
        public static Timeline cumulative(String name, java.util.SortedMap<String, List<String>> byDate) {
            List<Point> points = new java.util.ArrayList<>();
            int total = 0;
            for (java.util.Map.Entry<String, List<String>> e : byDate.entrySet()) {
                total += e.getValue().size();
                boolean monthOnly = e.getKey().length() == 7;
                points.add(new Point(monthOnly ? e.getKey() + "-01" : e.getKey(), total,
                        String.join(", ", e.getValue()) + (monthOnly ? " (day not published)" : "")));
            }
            return new Timeline(name, points);
        }
    }

    /** A dated value of a timeline; {@code label} says what happened that day. */
    record Point(String date, Number value, String label) {
    }

    /**
     * A network: nodes sized by {@code value}, links weighted by {@code value}.
     *
     * @param unit       what a node's value counts, singular (shown in the tooltip), e.g. "project"
     * @param categories what each node category means, in category order, for the legend (e.g. "partners",
     *                   "capabilities"); empty when a category is a group of the network, which the legend then names
     *                   after its best-connected node ("group of NASA")
     */
    record Graph(List<Node> nodes, List<Link> links, String unit, List<String> categories) implements Chart {

        public Graph {
            nodes = List.copyOf(nodes);
            links = List.copyOf(links);
            categories = List.copyOf(categories);
        }

        public Graph(List<Node> nodes, List<Link> links, String unit) {
            this(nodes, links, unit, List.of());
        }

        public Graph(List<Node> nodes, List<Link> links) {
            this(nodes, links, "project");
        }
    }

    /**
     * A node of a graph; {@code url} is where a click leads, if anywhere; nodes of the same {@code category} (e.g. a
     * community) share a colour, and without one each node has its own.
     */
    record Node(String id, String name, Number value, @Nullable String url, @Nullable Integer category) {

        public Node(String id, String name, Number value, @Nullable String url) {
            this(id, name, value, url, null);
        }
    }

    /**
     * An undirected link between two node ids; {@code label}, when given, is what the tooltip says about it instead
     * of the number of shared projects (e.g. "provides" in a partner ↔ capability graph).
     */
    record Link(String source, String target, Number value, @Nullable String label) {

        public Link(String source, String target, Number value) {
            this(source, target, value, null);
        }
    }

    /**
     * A grid of cells coloured by a class (e.g. the zones of a 5 × 5 risk matrix), each showing a count.
     *
     * @param columns labels along the x axis, left to right
     * @param rows    labels along the y axis, bottom to top
     * @param classes      the colour of each class, lowest first (a cell's {@code level} indexes it): the name of a
     *                     CSS custom property {@code --c-<name>} (so that the page's badges and the chart share one
     *                     colour), or a CSS colour
     * @param classLabels  what each class means, shown in the chart's legend (same order as {@code classes})
     */
    record Heatmap(String columnsName, List<String> columns, String rowsName, List<String> rows, List<String> classes,
                   List<String> classLabels, List<Cell> cells) implements Chart {

        public Heatmap {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            classes = List.copyOf(classes);
            classLabels = List.copyOf(classLabels);
            cells = List.copyOf(cells);
            if (classLabels.size() != classes.size()) {
                throw new IllegalArgumentException("a heat map needs one legend label per class");
            }
        }
    }

    /** A cell of a heatmap: column and row index, class, the count shown and the tooltip text. */
    record Cell(int column, int row, int level, int count, String label) {
    }

    /**
     * Percentile bands over x: the 5–95 and 25–75 ranges shaded, the median drawn, and an optional horizontal line.
     *
     * @param threshold      a value to mark with a dashed line, or null
     * @param thresholdLabel what the line means
     */
    record Bands(String xName, String yName, List<? extends Number> x, List<? extends Number> p5,
                 List<? extends Number> p25, List<? extends Number> p50, List<? extends Number> p75,
                 List<? extends Number> p95, @Nullable Number threshold, String thresholdLabel) implements Chart {

        public Bands {
            x = List.copyOf(x);
            p5 = List.copyOf(p5);
            p25 = List.copyOf(p25);
            p50 = List.copyOf(p50);
            p75 = List.copyOf(p75);
            p95 = List.copyOf(p95);
        }
    }

    /**
     * Straight-line series over a numeric or time x axis, with an optional horizontal line.
     *
     * @param time      true when x values are ISO dates
     * @param threshold a value to mark with a dashed line, or null
     */
    record Lines(String xName, String yName, boolean time, List<LineSeries> series, @Nullable Number threshold,
                 String thresholdLabel) implements Chart {

        public Lines {
            series = List.copyOf(series);
        }
    }

    /** One line: points {@code [x, y]} and, per point, a label for the tooltip (or empty). */
    record LineSeries(String name, List<List<Object>> points, List<String> labels) {

        public LineSeries {
            points = List.copyOf(points);
            labels = List.copyOf(labels);
        }
    }

    /**
     * Time spans on labelled rows (a Gantt chart), coloured by group: e.g. relay passes per orbiter and lander,
     * coloured by agency.
     *
     * @param rows   row labels, top to bottom
     * @param groups group names in legend order (each gets one colour; a group named by a CSS colour property keeps it)
     * @param spans  the spans
     */
    record Gantt(List<String> rows, List<String> groups, List<Span> spans) implements Chart {

        public Gantt {
            rows = List.copyOf(rows);
            groups = List.copyOf(groups);
            spans = List.copyOf(spans);
        }
    }

    /**
     * One span of a Gantt chart.
     *
     * @param row   index into the chart's rows
     * @param start ISO-8601 instant
     * @param end   ISO-8601 instant
     * @param group index into the chart's groups
     * @param label tooltip text
     * @param faded drawn light (e.g. a window that was not chosen)
     */
    record Span(int row, String start, String end, int group, String label, boolean faded) {
    }

    /**
     * Points, lines and step lines over two numeric axes, with dashed marker lines across them (targets): e.g. an
     * S-curve or a cost × finish scatter with its frontiers. A legend shows the series when there are several.
     *
     * @param markers vertical ({@code axis} "x") or horizontal ("y") lines at a value, labelled
     */
    record Xy(Axis x, Axis y, List<XySeries> series, List<Marker> markers) implements Chart {

        public Xy {
            series = List.copyOf(series);
            markers = List.copyOf(markers);
        }
    }

    /**
     * A numeric axis: its title (with the unit), how its values read, and optionally its range.
     *
     * @param format "number", "compact" (380 M), "percent" (a share 0–1 shown as %) or "date" (a day count shown as
     *               the date of {@code dates})
     * @param dates  for "date": the calendar date of each whole day count, as the server's calendar rule says
     */
    record Axis(String name, String format, @Nullable Double min, @Nullable Double max, @Nullable DayDates dates) {

        public static Axis of(String name, String format) {
            return new Axis(name, format, null, null, null);
        }
    }

    /**
     * ISO dates of whole day counts: {@code dates.get(i)} is the date of day {@code first + i}; a fractional day count
     * takes the date of the next whole day (day 9.5 ends on day 10's date).
     */
    record DayDates(int first, List<String> dates) {

        public DayDates {
            dates = List.copyOf(dates);
        }
    }

    /**
     * One series of an {@link Xy} chart.
     *
     * @param kind   "line", "step" or "scatter"
     * @param points {@code [x, y]} pairs
     */
    record XySeries(String name, String kind, List<List<Double>> points) {

        public XySeries {
            points = List.copyOf(points);
        }
    }

    /** A dashed line across an {@link Xy} chart at {@code value} of axis "x" (vertical) or "y" (horizontal). */
    record Marker(String axis, double value, String label) {
    }

    /**
     * The chart as JSON that is safe inside an HTML {@code <script type="application/json">} block: {@code <},
     * {@code >} and {@code &} (which JSON allows only inside strings) are written as unicode escapes, so no text from
     * the data can close the block.
     */
    static String json(Chart chart) {
        return JsonMapper.shared().writeValueAsString(chart)
                .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
