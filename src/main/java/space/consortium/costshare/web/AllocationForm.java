package space.consortium.costshare.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import space.consortium.costshare.AllocationMethod;
import space.consortium.costshare.AllocationReport;
import space.consortium.costshare.AllocationRequest;
import space.consortium.costshare.CostShareService;
import space.consortium.costshare.GameSpec;
import space.consortium.shared.FormProblems;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.Problems;
import space.consortium.shared.ShortName;

/**
 * The "Fair allocation" part of a project's Cost sharing page: reads the form (GET parameters, so a result can be
 * bookmarked), builds the game, runs every rule and prepares what the template shows.
 *
 * <p>Stand-alone costs come from one of three models: entered per coalition ({@code standalone}, up to
 * {@link #MAX_EXPLICIT} partners), a shared facility sized to the largest need ({@code airport}) or economies of scale
 * ({@code scale}). When an amount to share is given, the model's values are scaled so the grand coalition costs
 * exactly that amount; every rule offered is homogeneous, so this only changes the unit.
 */
final class AllocationForm {

    static final int MAX_EXPLICIT = 6;
    static final List<String> MODELS = List.of("airport", "scale", "standalone");

    /** A participant offered as a player. */
    record Player(String id, String label, boolean selected) {
    }

    /** The name a reader knows each allocation rule by, for table columns and chart legends. */
    static final Map<String, String> RULE_NAMES = AllocationMethod.labels();

    /** What the template shows. */
    record View(String model, List<Player> players, Map<String, String> params, List<String> coalitions,
                @Nullable AllocationReport report, @Nullable String chartJson, FormProblems errors,
                List<String> labels) {

        /** The allocation rules' display names, by rule id. */
        public Map<String, String> ruleNames() {
            return RULE_NAMES;
        }

        /** The problems as the list at the top of the form shows them: "Airport game, NASA: is required". */
        public List<String> summary() {
            Map<String, String> names = new LinkedHashMap<>();
            players.forEach(p -> names.put(p.id(), p.label()));
            return errors.all().stream().map(p -> label(p.field(), names) + ": " + p.message()).toList();
        }
    }

    /** The fields of the form as people read them, for the list of problems at the top of the form. */
    private static final Map<String, String> FIELD_LABELS = Map.of("amount", "Amount to share", "player", "Partners",
            "model", "Stand-alone costs", "model.scale.fixed", "Economies of scale, fixed cost",
            "model.scale.k", "Economies of scale, k", "model.scale.exponent", "Economies of scale, exponent b");

    /**
     * The label of a field path ({@code model.airport.nasa} → "Airport game, NASA"), with the partners' short names;
     * a path the form does not know is shown as it is.
     */
    static String label(String field, Map<String, String> names) {
        String known = FIELD_LABELS.get(field);
        if (known != null) {
            return known;
        }
        if (field.startsWith("model.airport.")) {
            return "Airport game, " + name(field.substring("model.airport.".length()), names);
        }
        if (field.startsWith("model.scale.demand.")) {
            return "Economies of scale, demand of " + name(field.substring("model.scale.demand.".length()), names);
        }
        if (field.startsWith("values.")) {
            return "Stand-alone cost of " + java.util.Arrays.stream(field.substring("values.".length()).split("\\+"))
                    .map(id -> name(id, names)).collect(java.util.stream.Collectors.joining(" + "));
        }
        return field;
    }

    private static String name(String id, Map<String, String> names) {
        return names.getOrDefault(id, id);
    }

    private AllocationForm() {
    }

    static View build(Map<String, String> participants, MultiValueMap<String, String> query,
                      CostShareService costShare) {
        Map<String, String> params = query.toSingleValueMap();
        String asked = params.get("model");
        String model = asked != null && MODELS.contains(asked) ? asked : "airport";
        List<String> chosen = query.getOrDefault("player", List.of());
        List<Player> players = new ArrayList<>();
        participants.forEach((id, name) -> players.add(new Player(id, ShortName.of(id, name),
                chosen.isEmpty() || chosen.contains(id))));
        List<String> ids = players.stream().filter(Player::selected).map(Player::id).toList();
        List<String> labels = players.stream().filter(Player::selected).map(Player::label).toList();
        List<String> coalitions = new ArrayList<>();
        if (model.equals("standalone") && ids.size() <= MAX_EXPLICIT) {
            for (int mask = 1; mask < 1 << ids.size(); mask++) {
                coalitions.add(CostShareService.coalitionLabel(ids, mask));
            }
            coalitions.sort(java.util.Comparator.comparingInt((String c) -> c.split("\\+").length)
                    .thenComparing(c -> c));
        }
        if (!"1".equals(params.get("compute"))) {
            return new View(model, players, params, coalitions, null, null, new FormProblems(), labels);
        }
        FormProblems errors = new FormProblems();
        AllocationReport report = null;
        String chart = null;
        try {
            Problems problems = new Problems();
            problems.check(ids.size() >= 2, "player", "choose at least two partners to share a cost");
            Map<String, Double> values = values(model, ids, coalitions, params, problems);
            GameSpec.Model structured = model(model, ids, params, problems);
            problems.throwIfAny();
            report = costShare.allocate(new AllocationRequest("cost", ids, values, structured, null, null, null, null,
                    2));
            chart = CostShareCharts.allocationJson(report, labels, RULE_NAMES);
        } catch (InvalidInput e) {
            errors.addAll(e);
        }
        return new View(model, players, params, coalitions, report, chart, errors, labels);
    }

    private static @Nullable Map<String, Double> values(String model, List<String> ids, List<String> coalitions,
                                                        Map<String, String> params, Problems problems) {
        if (!model.equals("standalone")) {
            return null;
        }
        if (ids.size() > MAX_EXPLICIT) {
            problems.add("model", "enter coalition costs for at most " + MAX_EXPLICIT
                    + " partners; choose fewer partners or a structured model");
            return null;
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (String coalition : coalitions) {
            values.put(coalition, number(params, "c." + coalition, "values." + coalition, problems));
        }
        if (coalitions.isEmpty()) {
            return values;
        }
        double factor = factor(params, values.get(coalitions.get(coalitions.size() - 1)), problems);
        values.replaceAll((k, v) -> v * factor);
        return values;
    }

    private static GameSpec.@Nullable Model model(String model, List<String> ids, Map<String, String> params,
                                                  Problems problems) {
        return switch (model) {
            case "airport" -> {
                Map<String, Double> needs = perPlayer(ids, params, "need.", "model.airport", problems);
                double factor = factor(params, needs.values().stream().mapToDouble(Double::doubleValue).max().orElse(0),
                        problems);
                needs.replaceAll((k, v) -> v * factor);
                yield new GameSpec.Model(needs, null, null, null, null);
            }
            case "scale" -> {
                double fixed = number(params, "fixed", "model.scale.fixed", problems);
                double k = number(params, "k", "model.scale.k", problems);
                double exponent = number(params, "exponent", "model.scale.exponent", problems);
                Map<String, Double> demand = perPlayer(ids, params, "demand.", "model.scale.demand", problems);
                double total = demand.values().stream().mapToDouble(Double::doubleValue).sum();
                double factor = factor(params, fixed + k * Math.pow(total, exponent), problems);
                yield new GameSpec.Model(null, null, new GameSpec.Scale(fixed * factor, k * factor, exponent, demand),
                        null, null);
            }
            default -> null;
        };
    }

    /**
     * The factor that makes the grand coalition cost the amount to share, or 1 when no amount is given (or when the
     * model's own numbers already have problems, which the user fixes first).
     */
    private static double factor(Map<String, String> params, double grandValue, Problems problems) {
        String amount = params.get("amount");
        if (amount == null || amount.isBlank()) {
            return 1;
        }
        boolean modelOk = problems.isEmpty();
        int before = problems.problems().size();
        double wanted = number(params, "amount", "amount", problems);
        if (problems.problems().size() > before) {
            return 1;
        }
        if (wanted <= 0) {
            problems.add("amount", "must be more than zero");
            return 1;
        }
        if (modelOk && grandValue <= 0) {
            problems.add("amount", "cannot scale a model whose grand coalition costs nothing");
            return 1;
        }
        return wanted / grandValue;
    }

    private static Map<String, Double> perPlayer(List<String> ids, Map<String, String> params, String prefix,
                                                 String field, Problems problems) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String id : ids) {
            values.put(id, number(params, prefix + id, field + "." + id, problems));
        }
        return values;
    }

    /** The number of a parameter, zero or more; 0 (and a problem of {@code field}) when it is missing or wrong. */
    private static double number(Map<String, String> params, String name, String field, Problems problems) {
        String text = params.get(name);
        if (text == null || text.isBlank()) {
            problems.add(field, "is required");
            return 0;
        }
        try {
            double value = Double.parseDouble(text.trim().replace(",", ""));
            if (!Double.isFinite(value) || value < 0) {
                problems.add(field, "must be a number, zero or more");
                return 0;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(field, "'" + text + "' is not a number");
            return 0;
        }
    }
}
