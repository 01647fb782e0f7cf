package com.pilotledger.command.capital;

import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.command.rule.Verdict;

import java.math.BigDecimal;
import java.util.Map;

/** The pool is never over-committed: a reservation must fit in what the budget has not yet committed or reserved. */
final class CapitalAvailabilityRule {

    private CapitalAvailabilityRule() {
    }

    static Verdict covers(BigDecimal available, BigDecimal needed, String currency) {
        if (available.compareTo(needed) >= 0) {
            return Verdict.allowed();
        }
        return Verdict.refused(ErrorCode.INSUFFICIENT_CAPITAL,
                "The portfolio has " + currency + " " + available.toPlainString() + " available; this needs "
                        + currency + " " + needed.toPlainString(),
                Map.of("available", available.toPlainString(), "needed", needed.toPlainString(),
                        "currency", currency));
    }
}
