package space.consortium.costshare.engine;

/**
 * Equal split: every player gets v(N)/n, whatever it would cost or earn alone. The baseline the other rules are
 * compared with. Cost O(1) coalition values (O(n) beyond 62 players).
 */
public final class EqualSplit implements AllocationRule {

    @Override
    public String name() {
        return "equal";
    }

    @Override
    public Allocation allocate(Game game) {
        double[] shares = new double[game.size()];
        java.util.Arrays.fill(shares, Coalitions.grand(game) / game.size());
        return new Allocation(name(), shares);
    }
}
