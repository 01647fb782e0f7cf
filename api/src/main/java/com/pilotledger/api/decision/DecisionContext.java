package com.pilotledger.api.decision;

import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.portfolio.DomainReading;
import com.pilotledger.api.portfolio.Recommendation;

import java.time.Instant;
import java.util.List;

/**
 * What the decider saw: one decision about a pilot (its event's global index, what was decided, by whom, when, the
 * posture and capital asked for and the reason given, where they apply) and the state the ledger held just before
 * it was recorded: the reading that counted in each domain, with its evidence; the recommendation (null before the
 * first); the portfolio's capital; and the decision rights in force.
 */
public record DecisionContext(long globalIndex, DecisionAct act, String pilotId, String requestId, String decidedBy,
                              Instant decidedAt, Posture posture, Money requestedCapital, String reason,
                              List<DomainReading> readings, Recommendation recommendation, CapitalStanding capital,
                              RightsInForce rights) {
}
