package space.consortium.costshare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import space.consortium.costshare.engine.AirportGame;
import space.consortium.costshare.engine.Allocation;
import space.consortium.costshare.engine.BankruptcyGame;
import space.consortium.costshare.engine.Core;
import space.consortium.costshare.engine.CoreVerdict;
import space.consortium.costshare.engine.ElementsGame;
import space.consortium.costshare.engine.Game;
import space.consortium.costshare.engine.GameKind;
import space.consortium.costshare.engine.GameTooLarge;
import space.consortium.costshare.engine.InvalidGame;
import space.consortium.costshare.engine.LargestRemainder;
import space.consortium.costshare.engine.ScaleGame;
import space.consortium.costshare.engine.TableGame;
import space.consortium.costshare.engine.WeightedVotingGame;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.OverLimit;
import space.consortium.shared.Work;
import space.consortium.shared.WorkLimits;

/**
 * Allocates a game's value with the rules of cooperative game theory side by side and checks their stability.
 * It computes only (no database), so the command line uses it without starting Spring: {@code new CostShareService()}.
 */
@Service
public class CostShareService {

    /** Every rule, by the name the API and CLI use (see {@link AllocationMethod}). */
    public static final List<String> METHODS = AllocationMethod.ids();

    /** Most players for the exact rules that sweep all coalitions, and for the LP-based ones. */
    public static final int EXACT_LIMIT = TableGame.MAX_PLAYERS;
    public static final int LP_LIMIT = 20;
    static final int DEFAULT_SAMPLES = 100_000;
    static final long DEFAULT_SEED = 1L;
    static final int DEFAULT_DECIMALS = 6;

    /** A coalition's name as allocations and tables show it: the members of {@code mask} joined with {@code +}. */
    public static String coalitionLabel(List<String> players, long mask) {
        return TableGame.label(players, mask);
    }

    public CostShareService() {
        // stateless
    }

    /**
     * Builds the game and applies each requested rule (or every rule that applies), then the core test.
     *
     * @throws InvalidInput naming the field that is wrong (missing coalition value, unknown player, too many players
     *                      for an exact rule, ...)
     */
    public AllocationReport allocate(AllocationRequest request) {
        return allocate(request, Work.UNLIMITED);
    }

    /**
     * Allocates within the work's limits: players × samples for sampled Shapley, players for the exact rules.
     *
     * @throws space.consortium.shared.OverLimit naming {@code samples} or {@code players} when over the limit
     */
    public AllocationReport allocate(AllocationRequest request, Work work) {
        // the options and the game are checked together, so that one problem does not hide another
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        int decimals = request.decimals() == null ? DEFAULT_DECIMALS : request.decimals();
        if (decimals < 0 || decimals > 10) {
            problems.add(new InvalidInput.FieldProblem("decimals", "must be between 0 and 10"));
        }
        int samples = request.samples() == null ? DEFAULT_SAMPLES : request.samples();
        if (samples < 100 || samples > 100_000_000) {
            problems.add(new InvalidInput.FieldProblem("samples", "must be between 100 and 100,000,000"));
        }
        Game game;
        try {
            game = game(request.game());
        } catch (InvalidInput e) {
            problems.addAll(e.problems());
            throw new InvalidInput(problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        int n = game.size();
        long seed = request.seed() == null ? DEFAULT_SEED : request.seed();
        List<AllocationMethod> methods = methods(request.methods(), game);
        boolean chosen = request.methods() != null && !request.methods().isEmpty();
        Map<String, String> notes = new LinkedHashMap<>();
        List<AllocationMethod> allowed = new ArrayList<>();
        for (AllocationMethod method : methods) {
            if (method == AllocationMethod.SHAPLEY_SAMPLED) {
                work.check("samples", "players × samples", Work.times(n, samples), WorkLimits::shapleyPlayerSamples);
            } else if (method.sweeps(game)) {
                try {
                    work.check("players", "players of the exact rule " + method.id(), n, WorkLimits::exactPlayers);
                } catch (OverLimit e) {
                    if (chosen) {
                        throw e;
                    }
                    // left out of the default comparison, like a rule that does not apply
                    notes.put(method.id(), "not computed: " + e.problems().get(0).message());
                    continue;
                }
            }
            allowed.add(method);
        }

        AllocationMethod.Inputs inputs = new AllocationMethod.Inputs(request.weights(), samples, seed, work);
        Map<String, Allocation> raw = new LinkedHashMap<>();
        for (AllocationMethod method : allowed) {
            Allocation allocation;
            try {
                allocation = method.rule(game, inputs).allocate(game);
            } catch (GameTooLarge | InvalidGame e) {
                if (!chosen) {
                    // a rule that does not apply to this game is left out of the default comparison, with the reason
                    notes.put(method.id(), "not computed: " + e.getMessage());
                    continue;
                }
                throw e instanceof InvalidGame invalid ? new InvalidInput(invalid.field(), invalid.getMessage())
                        : new InvalidInput("methods", e.getMessage());
            }
            raw.put(method.id(), allocation);
            if (allocation.note() != null) {
                notes.put(method.id(), allocation.note());
            }
        }
        if (!chosen) {
            skipped(game).forEach(notes::put);
        }

        double total = game.value(game.grand());
        BigDecimal roundedTotal = BigDecimal.valueOf(total).setScale(decimals, RoundingMode.HALF_EVEN);
        Map<String, Map<String, BigDecimal>> allocations = new LinkedHashMap<>();
        raw.forEach((method, allocation) -> {
            List<BigDecimal> parts = LargestRemainder.round(allocation.shares(), roundedTotal, decimals);
            Map<String, BigDecimal> byPlayer = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                byPlayer.put(game.players().get(i), parts.get(i));
            }
            allocations.put(method, byPlayer);
        });
        Map<String, Double> intervals = null;
        Allocation sampled = raw.get(AllocationMethod.SHAPLEY_SAMPLED.id());
        if (sampled != null && sampled.halfWidth95() != null) {
            intervals = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                intervals.put(game.players().get(i), sampled.halfWidth95()[i]);
            }
        }
        return new AllocationReport(game.kind().name().toLowerCase(), game.players(), roundedTotal, decimals,
                allocations, intervals, sampled == null ? null : seed,
                n <= work.limits().exactPlayers() ? core(game, raw) : null, notes);
    }

    private static AllocationReport.@Nullable Core core(Game game, Map<String, Allocation> raw) {
        if (game.size() > LP_LIMIT) {
            return null;
        }
        double scale = Math.max(1, Math.abs(game.value(game.grand())));
        double tolerance = 1e-7 * scale;
        double leastCore = Core.leastCore(game);
        boolean nonEmpty = leastCore <= tolerance;
        Map<String, Boolean> inCore = new LinkedHashMap<>();
        Map<String, AllocationReport.Blocking> blocking = new LinkedHashMap<>();
        raw.forEach((method, allocation) -> {
            CoreVerdict verdict = Core.check(game, allocation.shares(), tolerance);
            inCore.put(method, verdict.inCore());
            if (!verdict.inCore()) {
                blocking.put(method, new AllocationReport.Blocking(verdict.blockingLabel(), verdict.excess()));
            }
        });
        Map<String, double[]> bounds = null;
        double[][] b = nonEmpty ? Core.coreBounds(game) : new double[0][];
        if (b.length == game.size()) {
            bounds = new LinkedHashMap<>();
            for (int i = 0; i < game.size(); i++) {
                bounds.put(game.players().get(i), new double[] {b[i][0], b[i][1]});
            }
        }
        return new AllocationReport.Core(nonEmpty, leastCore, inCore, blocking, bounds);
    }

    private static List<AllocationMethod> methods(@Nullable List<String> asked, Game game) {
        if (asked == null || asked.isEmpty()) {
            return Arrays.stream(AllocationMethod.values()).filter(m -> m.appliesByDefault(game)).toList();
        }
        Set<AllocationMethod> unique = new LinkedHashSet<>();
        for (int i = 0; i < asked.size(); i++) {
            String m = asked.get(i);
            int index = i;
            unique.add(AllocationMethod.byId(m).orElseThrow(() -> new InvalidInput("methods[" + index + "]",
                    "unknown method '" + m + "'; known methods: " + METHODS)));
        }
        return List.copyOf(unique);
    }

    private static Map<String, String> skipped(Game game) {
        Map<String, String> notes = new LinkedHashMap<>();
        for (AllocationMethod method : AllocationMethod.values()) {
            if (!method.appliesByDefault(game) && method != AllocationMethod.SHAPLEY_SAMPLED) {
                notes.put(method.id(), "skipped: " + game.size() + " players is beyond its exact limit");
            }
        }
        return notes;
    }

    /**
     * Builds the engine game from its client form. The form's own problems (type, players listed twice, values or
     * model, negative costs) are named all at once; what the game's construction finds (a missing coalition, a
     * model's entry) follows once they are fixed.
     */
    static Game game(GameSpec spec) {
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        boolean typed = spec.type() != null && (spec.type().equals("cost") || spec.type().equals("profit"));
        if (!typed) {
            problems.add(new InvalidInput.FieldProblem("type", "must be 'cost' or 'profit'"));
        }
        GameKind kind = "profit".equals(spec.type()) ? GameKind.PROFIT : GameKind.COST;
        List<String> players = spec.players() == null ? List.of() : spec.players();
        if (players.isEmpty()) {
            problems.add(new InvalidInput.FieldProblem("players", "must list the players' ids"));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < players.size(); i++) {
            if (!seen.add(players.get(i))) {
                problems.add(new InvalidInput.FieldProblem("players[" + i + "]",
                        "player '" + players.get(i) + "' is listed twice"));
            }
        }
        if ((spec.values() == null) == (spec.model() == null)) {
            problems.add(new InvalidInput.FieldProblem("values", "give either 'values' for every coalition or one "
                    + "structured 'model', not " + (spec.values() == null ? "neither" : "both")));
        } else if (spec.values() != null && typed && kind == GameKind.COST) {
            spec.values().forEach((coalition, cost) -> {
                if (cost != null && cost < 0) {
                    problems.add(new InvalidInput.FieldProblem("values." + coalition,
                            "a cost must be zero or more, got " + cost));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        try {
            if (spec.values() != null) {
                return TableGame.fromNamedValues(kind, players, spec.values());
            }
            return model(kind, players, spec.model());
        } catch (InvalidGame e) {
            throw new InvalidInput(e.field(), e.getMessage());
        }
    }

    private static Game model(GameKind kind, List<String> players, GameSpec.Model model) {
        List<String> given = new ArrayList<>();
        if (model.airport() != null) given.add("airport");
        if (model.elements() != null) given.add("elements");
        if (model.scale() != null) given.add("scale");
        if (model.bankruptcy() != null) given.add("bankruptcy");
        if (model.weightedVoting() != null) given.add("weightedVoting");
        if (given.size() != 1) {
            throw new InvalidInput("model", "give exactly one of airport, elements, scale, bankruptcy, weightedVoting; got "
                    + (given.isEmpty() ? "none" : given));
        }
        String name = given.get(0);
        GameKind expected = switch (name) {
            case "bankruptcy", "weightedVoting" -> GameKind.PROFIT;
            default -> GameKind.COST;
        };
        if (kind != expected) {
            throw new InvalidInput("type", "the " + name + " model is a " + expected.name().toLowerCase() + " game");
        }
        return switch (name) {
            case "airport" -> new AirportGame(byPlayers("model.airport", players, model.airport()));
            case "elements" -> {
                GameSpec.Elements e = model.elements();
                require(e.costs(), "model.elements.costs");
                yield new ElementsGame(e.costs(), byPlayers("model.elements.needs", players, require(e.needs(), "model.elements.needs")));
            }
            case "scale" -> {
                GameSpec.Scale s = model.scale();
                yield new ScaleGame(require(s.fixed(), "model.scale.fixed"), require(s.k(), "model.scale.k"),
                        require(s.exponent(), "model.scale.exponent"),
                        byPlayers("model.scale.demand", players, require(s.demand(), "model.scale.demand")));
            }
            case "bankruptcy" -> {
                GameSpec.Bankruptcy b = model.bankruptcy();
                yield new BankruptcyGame(require(b.estate(), "model.bankruptcy.estate"),
                        byPlayers("model.bankruptcy.claims", players, require(b.claims(), "model.bankruptcy.claims")));
            }
            default -> {
                GameSpec.WeightedVoting w = model.weightedVoting();
                yield new WeightedVotingGame(require(w.quota(), "model.weightedVoting.quota"),
                        byPlayers("model.weightedVoting.weights", players, require(w.weights(), "model.weightedVoting.weights")));
            }
        };
    }

    /** The model's per-player map in the order of {@code players}; every player once, no one else. */
    private static <V> Map<String, V> byPlayers(String field, List<String> players, Map<String, V> perPlayer) {
        Map<String, V> ordered = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < players.size(); i++) {
            String p = players.get(i);
            if (!seen.add(p)) {
                throw new InvalidInput("players[" + i + "]", "player '" + p + "' is listed twice");
            }
            if (!perPlayer.containsKey(p)) {
                throw new InvalidInput(field, "has no entry for player '" + p + "'");
            }
            ordered.put(p, perPlayer.get(p));
        }
        for (String key : perPlayer.keySet()) {
            if (!seen.contains(key)) {
                throw new InvalidInput(field + "." + key, "'" + key + "' is not a player; players are " + players);
            }
        }
        return ordered;
    }

    private static <T> T require(@Nullable T value, String field) {
        if (value == null) {
            throw new InvalidInput(field, "is required");
        }
        return value;
    }
}
