package com.pilotledger.app.web;

import com.pilotledger.api.capital.CapitalView;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The budget as one bar, in percent of its width: committed to running pilots, frozen (committed to paused pilots,
 * drawn inside committed so paused money is never counted twice), reserved for requests being decided, and
 * available. Over budget, the parts are scaled to the bar and nothing is available.
 */
public record BudgetBar(BigDecimal running, BigDecimal frozen, BigDecimal reserved, BigDecimal available) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The bar of the capital view, or null when no budget is set (there is nothing to divide). */
    public static BudgetBar of(CapitalView capital) {
        if (capital.budget() == null || capital.budget().amount().signum() <= 0) {
            return null;
        }
        BigDecimal frozen = capital.frozen().amount();
        BigDecimal running = capital.committed().amount().subtract(frozen);
        BigDecimal reserved = capital.reserved().amount();
        BigDecimal available = capital.available().amount().max(BigDecimal.ZERO);
        BigDecimal whole = running.add(frozen).add(reserved).add(available).max(capital.budget().amount());
        return new BudgetBar(percent(running, whole), percent(frozen, whole), percent(reserved, whole),
                percent(available, whole));
    }

    /** Where the frozen part starts: after the running part. */
    public BigDecimal frozenStart() {
        return running;
    }

    /** Where the reserved part starts: after committed (running and frozen). */
    public BigDecimal reservedStart() {
        return running.add(frozen);
    }

    /** Where the available part starts: after committed and reserved. */
    public BigDecimal availableStart() {
        return running.add(frozen).add(reserved);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.DOWN);
    }
}
