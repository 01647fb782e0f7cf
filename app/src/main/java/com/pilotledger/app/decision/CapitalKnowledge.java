package com.pilotledger.app.decision;

import com.pilotledger.api.capital.ApprovalLimitRemoved;
import com.pilotledger.api.capital.ApprovalLimitSet;
import com.pilotledger.api.capital.ApprovalLimitView;
import com.pilotledger.api.capital.ApprovalLimits;
import com.pilotledger.api.capital.Authority;
import com.pilotledger.api.capital.CapitalBudgetSet;
import com.pilotledger.api.capital.CapitalCommitted;
import com.pilotledger.api.capital.CapitalRequestExpired;
import com.pilotledger.api.capital.CapitalRequestRejected;
import com.pilotledger.api.capital.CapitalReservationReleased;
import com.pilotledger.api.capital.CapitalReserved;
import com.pilotledger.api.capital.FourEyesThresholdSet;
import com.pilotledger.api.capital.HolderKind;
import com.pilotledger.api.capital.LimitHolder;
import com.pilotledger.api.capital.PilotCapitalReleased;
import com.pilotledger.api.decision.CapitalStanding;
import com.pilotledger.api.decision.RightsInForce;
import com.pilotledger.api.money.Money;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the ledger knew of the portfolio's capital and decision rights, built from the portfolio capital's events:
 * amounts move exactly as the capital view moves them (committed per pilot, reserved per open request), so available
 * is budget - committed - reserved as that view computes it.
 */
final class CapitalKnowledge {

    private static final Comparator<ApprovalLimitView> BY_HOLDER = Comparator
            .comparing((ApprovalLimitView limit) -> limit.holder().kind())
            .thenComparing(limit -> limit.holder().name());

    private String currency;
    private BigDecimal budget;
    private Money fourEyesThreshold;
    private final Map<LimitHolder, ApprovalLimitView> limits = new HashMap<>();
    private final Map<String, BigDecimal> committed = new HashMap<>();
    private final Map<String, BigDecimal> reserved = new HashMap<>();

    CapitalKnowledge(String currency) {
        this.currency = currency;
    }

    void apply(Object event) {
        if (event instanceof CapitalBudgetSet set) {
            currency = set.budget().currency();
            budget = set.budget().amount();
        } else if (event instanceof FourEyesThresholdSet set) {
            fourEyesThreshold = set.threshold();
        } else if (event instanceof ApprovalLimitSet set) {
            limits.put(set.holder(), new ApprovalLimitView(set.holder(), set.limit(), set.setBy(), set.reason(),
                    set.setAt()));
        } else if (event instanceof ApprovalLimitRemoved removed) {
            limits.remove(removed.holder());
        } else if (event instanceof CapitalReserved reservation) {
            reserved.put(reservation.requestId(), reservation.reserved().amount());
        } else if (event instanceof CapitalCommitted commitment) {
            reserved.remove(commitment.requestId());
            committed.put(commitment.pilotId(), commitment.total().amount());
        } else if (event instanceof CapitalRequestRejected rejection) {
            reserved.remove(rejection.requestId());
        } else if (event instanceof CapitalRequestExpired expiry) {
            reserved.remove(expiry.requestId());
        } else if (event instanceof CapitalReservationReleased release) {
            reserved.remove(release.requestId());
        } else if (event instanceof PilotCapitalReleased release) {
            release.cancelledRequests().forEach(reserved::remove);
            committed.remove(release.pilotId());
        }
    }

    CapitalStanding standing() {
        BigDecimal totalCommitted = sum(committed);
        BigDecimal totalReserved = sum(reserved);
        BigDecimal available = budget == null ? BigDecimal.ZERO : budget.subtract(totalCommitted).subtract(totalReserved);
        return new CapitalStanding(budget == null ? null : money(budget), money(totalCommitted), money(totalReserved),
                money(available));
    }

    /** The rights in force, and the limit this decider acted under with these roles (their own, else their roles' highest). */
    RightsInForce rights(String decider, Set<String> roles) {
        Authority authority = new ApprovalLimits(amounts(HolderKind.ROLE), amounts(HolderKind.USER))
                .limitOf(decider, roles)
                .map(limit -> new Authority(limit.getKey(), money(limit.getValue())))
                .orElse(null);
        List<ApprovalLimitView> inForce = limits.values().stream().sorted(BY_HOLDER).toList();
        return new RightsInForce(fourEyesThreshold, inForce, new TreeSet<>(roles), authority);
    }

    private Map<String, BigDecimal> amounts(HolderKind kind) {
        return limits.values().stream().filter(limit -> limit.holder().kind() == kind)
                .collect(Collectors.toMap(limit -> limit.holder().name(), limit -> limit.limit().amount()));
    }

    private Money money(BigDecimal amount) {
        return new Money(amount, currency);
    }

    private static BigDecimal sum(Map<String, BigDecimal> amounts) {
        return amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
