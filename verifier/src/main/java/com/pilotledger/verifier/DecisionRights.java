package com.pilotledger.verifier;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The delegation of authority as the events set it: approval limits per role and per named user, and the four-eyes
 * threshold. The same rules as the application's (ApprovalLimits, AuthorityLimitRule, FourEyesRule), written again
 * here so that the proof does not rest on the code it checks.
 */
final class DecisionRights {

    private final Map<String, BigDecimal> roleLimits = new HashMap<>();
    private final Map<String, BigDecimal> userLimits = new HashMap<>();
    /** Null until one is set: then no authorization needs a second person. */
    private BigDecimal fourEyesThreshold;

    void setLimit(String kind, String holder, BigDecimal limit) {
        limitsOf(kind).put(holder, limit);
    }

    void removeLimit(String kind, String holder) {
        limitsOf(kind).remove(holder);
    }

    void setFourEyesThreshold(BigDecimal threshold) {
        fourEyesThreshold = threshold;
    }

    /**
     * A person's own limit when one is set, else the highest limit of their roles (several roles never add up); none
     * when they hold neither.
     */
    Authority authorityOf(String person, Set<String> roles) {
        if (userLimits.containsKey(person)) {
            return new Authority(Authority.USER, person, userLimits.get(person));
        }
        return roles.stream()
                .filter(roleLimits::containsKey)
                .max(Comparator.comparing(roleLimits::get))
                .map(role -> new Authority(Authority.ROLE, role, roleLimits.get(role)))
                .orElse(Authority.none());
    }

    /**
     * Whether the application could have recorded this authority for the person: the same limit, held the same way.
     * When two of their roles have the same highest limit the application names whichever its set of roles yields
     * first, so either is right.
     */
    boolean couldBe(Authority recorded, String person, Set<String> roles) {
        Authority derived = authorityOf(person, roles);
        if (recorded == null || recorded.limit().compareTo(derived.limit()) != 0) {
            return false;
        }
        if (Authority.ROLE.equals(derived.kind()) && Authority.ROLE.equals(recorded.kind())) {
            BigDecimal roleLimit = roleLimits.get(recorded.name());
            return roles.contains(recorded.name()) && roleLimit != null && roleLimit.compareTo(derived.limit()) == 0;
        }
        return Authority.same(derived, recorded);
    }

    /** Above the threshold (strictly), a decision needs a second person's approval. */
    boolean requiresSecondApproval(BigDecimal atStake) {
        return fourEyesThreshold != null && atStake.compareTo(fourEyesThreshold) > 0;
    }

    BigDecimal fourEyesThreshold() {
        return fourEyesThreshold;
    }

    private Map<String, BigDecimal> limitsOf(String kind) {
        return switch (kind) {
            case Authority.ROLE -> roleLimits;
            case Authority.USER -> userLimits;
            default -> throw new IllegalArgumentException("no such limit holder kind: " + kind);
        };
    }
}
