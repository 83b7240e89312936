package space.consortium.costshare.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A shared-elements cost game: a project is built from elements with known costs (a bus, an instrument, a launch,
 * a ground segment), each player needs some of them, and a coalition pays for every element any member needs,
 * once: c(S) = Σ cost(e) over e ∈ ∪<sub>i∈S</sub> needs(i). Submodular, so its core is non-empty.
 */
public final class ElementsGame extends StructuredGame implements IncrementalGame {

    private final double[] elementCost;
    private final int[][] needs;
    private final long[][] needMasks;

    /**
     * @param elementCosts each element's cost, ≥ 0, in the game's currency unit, keyed by element name
     * @param needs        the elements each player needs, keyed by player in player order (pass a
     *                     {@code LinkedHashMap}); an empty list is allowed, an element may be listed once per player
     * @throws InvalidGame naming {@code model.elements.costs.<element>} or {@code model.elements.needs.<player>}
     *                     (an element without a cost, or listed twice)
     */
    public ElementsGame(Map<String, Double> elementCosts, Map<String, List<String>> needs) {
        super(GameKind.COST, "model.elements.needs", needs);
        if (elementCosts == null) {
            throw new InvalidGame("model.elements.costs", "the element costs are missing");
        }
        Map<String, Integer> index = new HashMap<>();
        this.elementCost = new double[elementCosts.size()];
        for (Map.Entry<String, Double> e : elementCosts.entrySet()) {
            elementCost[index.size()] = nonNegative("model.elements.costs." + e.getKey(), e.getValue());
            index.put(e.getKey(), index.size());
        }
        int words = Math.max(1, (elementCost.length + 63) / 64);
        this.needs = new int[size()][];
        this.needMasks = new long[size()][words];
        int i = 0;
        for (Map.Entry<String, List<String>> e : needs.entrySet()) {
            String field = "model.elements.needs." + e.getKey();
            if (e.getValue() == null) {
                throw new InvalidGame(field, "the list of needed elements is missing (use an empty list for none)");
            }
            List<Integer> elements = new ArrayList<>();
            for (String element : e.getValue()) {
                Integer el = index.get(element);
                if (el == null) {
                    throw new InvalidGame(field, "'" + element + "' is not an element; elements are "
                            + elementCosts.keySet());
                }
                if ((needMasks[i][el >>> 6] & (1L << el)) != 0) {
                    throw new InvalidGame(field, "'" + element + "' is listed twice");
                }
                needMasks[i][el >>> 6] |= 1L << el;
                elements.add(el);
            }
            this.needs[i++] = elements.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The cost of the union of the members' needs; O(|S|·m/64 + m) for m elements. */
    @Override
    public double value(long mask) {
        if (elementCost.length <= 64) {
            long union = 0;
            for (long m = mask; m != 0; m &= m - 1) {
                union |= needMasks[Long.numberOfTrailingZeros(m)][0];
            }
            double sum = 0;
            for (long bits = union; bits != 0; bits &= bits - 1) {
                sum += elementCost[Long.numberOfTrailingZeros(bits)];
            }
            return sum;
        }
        long[] union = new long[(elementCost.length + 63) / 64];
        for (long m = mask; m != 0; m &= m - 1) {
            long[] need = needMasks[Long.numberOfTrailingZeros(m)];
            for (int w = 0; w < union.length; w++) {
                union[w] |= need[w];
            }
        }
        double sum = 0;
        for (int w = 0; w < union.length; w++) {
            for (long bits = union[w]; bits != 0; bits &= bits - 1) {
                sum += elementCost[(w << 6) + Long.numberOfTrailingZeros(bits)];
            }
        }
        return sum;
    }

    @Override
    public Coalition emptyCoalition() {
        return new Coalition() {
            private final boolean[] bought = new boolean[elementCost.length];
            private double sum;

            @Override
            public double join(int player) {
                for (int el : needs[player]) {
                    if (!bought[el]) {
                        bought[el] = true;
                        sum += elementCost[el];
                    }
                }
                return sum;
            }
        };
    }
}
