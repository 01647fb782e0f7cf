package com.pilotledger.app.capital;

import com.pilotledger.app.security.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/**
 * Decision rights a new portfolio starts with ({@code pilot-ledger.capital.initial}): recorded once, as events by
 * "system", when the portfolio has none yet. Afterwards only administrators change them. Budget and threshold may be
 * left out; then an administrator sets them.
 */
@ConfigurationProperties("pilot-ledger.capital.initial")
public record InitialDecisionRights(BigDecimal budget, BigDecimal fourEyesThreshold, Duration approvalWindow,
                                    Map<Role, BigDecimal> roleLimits) {

    public InitialDecisionRights {
        roleLimits = roleLimits == null ? Map.of() : Map.copyOf(roleLimits);
    }
}
