package com.pilotledger.api.decision;

import com.pilotledger.api.capital.ApprovalLimitView;
import com.pilotledger.api.capital.Authority;
import com.pilotledger.api.money.Money;

import java.util.List;
import java.util.Set;

/**
 * The decision rights in force at a decision: the four-eyes threshold (null until set), every approval limit, and the
 * roles the decider held with the limit they acted under (null when they held none).
 */
public record RightsInForce(Money fourEyesThreshold, List<ApprovalLimitView> limits, Set<String> deciderRoles,
                            Authority deciderAuthority) {
}
