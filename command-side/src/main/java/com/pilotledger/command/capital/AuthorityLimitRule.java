package com.pilotledger.command.capital;

import com.pilotledger.api.capital.ApprovalLimits;
import com.pilotledger.api.capital.Authority;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.command.rule.Verdict;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * A person may decide an amount only within their approval limit: their own when one is set, else the highest of
 * their roles'. The refusal names the limit the decision would need and the one the person has.
 */
final class AuthorityLimitRule {

    private AuthorityLimitRule() {
    }

    /** The authority a person acts under; a limit of zero when they hold none. */
    static Authority authorityOf(ApprovalLimits limits, String person, Collection<String> roles, String currency) {
        return limits.limitOf(person, roles)
                .map(limit -> new Authority(limit.getKey(), new Money(limit.getValue(), currency)))
                .orElse(new Authority(null, new Money(BigDecimal.ZERO, currency)));
    }

    /**
     * What a decision puts at stake: the amount asked for, or the authorization it replaces when that was larger.
     * Superseding an authorization decides over both, so cutting a large authorization to a small one needs the
     * authority (and, above the threshold, the second approval) the large one needed.
     */
    static Money atStake(Money requested, BigDecimal committed) {
        return committed.compareTo(requested.amount()) > 0 ? new Money(committed, requested.currency()) : requested;
    }

    static Verdict covers(Authority authority, Money amount, String person) {
        if (authority.limit().amount().compareTo(amount.amount()) >= 0) {
            return Verdict.allowed();
        }
        return Verdict.refused(ErrorCode.AUTHORITY_LIMIT_EXCEEDED,
                "Deciding " + amount.currency() + " " + amount.amount().toPlainString() + " needs an approval limit of"
                        + " at least that amount; " + person + " has " + authority.limit().amount().toPlainString(),
                Map.of("requiredLimit", amount.amount().toPlainString(),
                        "limit", authority.limit().amount().toPlainString(),
                        "currency", amount.currency()));
    }
}
