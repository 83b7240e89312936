package space.consortium.costshare;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import space.consortium.costshare.engine.AirportGame;
import space.consortium.costshare.engine.AirportShapley;
import space.consortium.costshare.engine.AllocationRule;
import space.consortium.costshare.engine.BanzhafNormalized;
import space.consortium.costshare.engine.EqualSavings;
import space.consortium.costshare.engine.EqualSplit;
import space.consortium.costshare.engine.Game;
import space.consortium.costshare.engine.Nucleolus;
import space.consortium.costshare.engine.Proportional;
import space.consortium.costshare.engine.Scrb;
import space.consortium.costshare.engine.ShapleyExact;
import space.consortium.costshare.engine.ShapleySampled;
import space.consortium.shared.Work;

/**
 * The allocation rules, each with the name the API and the command line use, the name a reader knows it by, whether
 * it sweeps all coalitions (its cost grows as 2ⁿ), when it runs by default and how its engine rule is built. Adding a
 * rule is one constant here.
 */
public enum AllocationMethod {
    SHAPLEY("shapley", "Shapley value", true,
            g -> g instanceof AirportGame || g.size() <= CostShareService.EXACT_LIMIT,
            (g, in) -> g instanceof AirportGame ? new AirportShapley() : new ShapleyExact()),
    /** Sampled Shapley runs by default only where the exact value cannot be computed. */
    SHAPLEY_SAMPLED("shapley-sampled", "Shapley value (sampled)", false,
            g -> !(g instanceof AirportGame) && g.size() > CostShareService.EXACT_LIMIT,
            (g, in) -> new ShapleySampled(in.samples(), in.seed(), in.work().checkpoint())),
    BANZHAF("banzhaf", "Banzhaf (normalised)", true, g -> g.size() <= CostShareService.EXACT_LIMIT,
            (g, in) -> new BanzhafNormalized()),
    NUCLEOLUS("nucleolus", "Nucleolus", true, g -> g.size() <= CostShareService.LP_LIMIT,
            (g, in) -> Nucleolus.nucleolus()),
    PRENUCLEOLUS("prenucleolus", "Prenucleolus", true, g -> g.size() <= CostShareService.LP_LIMIT,
            (g, in) -> Nucleolus.prenucleolus()),
    SCRB("scrb", "Separable costs (SCRB)", false, g -> true, (g, in) -> new Scrb()),
    PROPORTIONAL("proportional", "Proportional", false, g -> true,
            (g, in) -> in.weights() == null ? Proportional.standAlone() : new Proportional(in.weights())),
    EQUAL("equal", "Equal split", false, g -> true, (g, in) -> new EqualSplit()),
    EQUAL_SAVINGS("equal-savings", "Equal savings", false, g -> true, (g, in) -> new EqualSavings());

    private final String id;
    private final String label;
    private final boolean exact;
    private final Predicate<Game> byDefault;
    private final RuleFactory factory;

    AllocationMethod(String id, String label, boolean exact, Predicate<Game> byDefault, RuleFactory factory) {
        this.id = id;
        this.label = label;
        this.exact = exact;
        this.byDefault = byDefault;
        this.factory = factory;
    }

    /** The name the API, the command line and the results use, e.g. {@code shapley-sampled}. */
    public String id() {
        return id;
    }

    /** The name a reader knows the rule by, for table columns and chart legends. */
    public String label() {
        return label;
    }

    /** Every rule's id, in the order results list them. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(AllocationMethod::id).toList();
    }

    /** Every rule's display name by its id. */
    public static Map<String, String> labels() {
        return Arrays.stream(values()).collect(java.util.stream.Collectors.toMap(AllocationMethod::id,
                AllocationMethod::label, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    public static Optional<AllocationMethod> byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }

    /** Whether the rule sweeps all coalitions of this game (bounded by the exact-players limit). */
    boolean sweeps(Game game) {
        return exact && game.size() <= CostShareService.EXACT_LIMIT && !(this == SHAPLEY && game instanceof AirportGame);
    }

    /** Whether the rule runs when no rule is asked for: the exact rules up to their limits. */
    boolean appliesByDefault(Game game) {
        return byDefault.test(game);
    }

    AllocationRule rule(Game game, Inputs inputs) {
        return factory.rule(game, inputs);
    }

    /** What a rule may need besides the game. */
    record Inputs(@Nullable Map<String, Double> weights, int samples, long seed, Work work) {
    }

    @FunctionalInterface
    private interface RuleFactory {
        AllocationRule rule(Game game, Inputs inputs);
    }
}
