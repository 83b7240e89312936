package space.consortium.costshare.engine;

import java.math.BigDecimal;

/** A payment (or the equivalent in kind) from a partner with a negative net position to one with a positive one. */
public record Transfer(String from, String to, BigDecimal amount) {

    public Transfer {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("a transfer moves a positive amount, got " + amount);
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("a partner cannot pay itself: " + from);
        }
    }
}
