package com.pilotledger.api.capital;

import com.pilotledger.api.money.Money;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Give a portfolio that has no decision rights yet its initial ones (from configuration): approval window, a limit
 * per role, four-eyes threshold and budget, each optional. A portfolio that has any decision rights is left as it is.
 */
public record InitializeDecisionRights(Money budget, Money fourEyesThreshold, Duration approvalWindow,
                                       Map<String, Money> roleLimits, String reason, Instant decidedAt)
        implements CapitalCommand {

    public InitializeDecisionRights {
        roleLimits = roleLimits == null ? Map.of() : Map.copyOf(roleLimits);
    }
}
