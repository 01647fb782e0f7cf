package com.pilotledger.api.capital;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * The delegation of authority: approval limits per role and per named user, in the portfolio currency. A user's
 * own limit, when set, is their limit; otherwise the highest limit of their roles. Several roles never add up.
 */
public record ApprovalLimits(Map<String, BigDecimal> byRole, Map<String, BigDecimal> byUser) {

    public ApprovalLimits {
        byRole = Map.copyOf(byRole);
        byUser = Map.copyOf(byUser);
    }

    /** The limit this user acts under with these roles, and whose it is; empty when they hold none. */
    public Optional<Map.Entry<LimitHolder, BigDecimal>> limitOf(String username, Collection<String> roles) {
        if (byUser.containsKey(username)) {
            return Optional.of(Map.entry(LimitHolder.user(username), byUser.get(username)));
        }
        return roles.stream()
                .filter(byRole::containsKey)
                .map(role -> Map.entry(LimitHolder.role(role), byRole.get(role)))
                .max(Comparator.comparing(Map.Entry::getValue));
    }
}
