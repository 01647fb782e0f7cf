package com.pilotledger.app.web;

import com.pilotledger.api.decision.DecisionAct;
import com.pilotledger.api.decision.DecisionContext;
import com.pilotledger.api.portfolio.Decision;
import com.pilotledger.api.portfolio.DecisionKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The "what the decider saw" panels of a pilot page, each under the decision it belongs to: an authorization shows what
 * its requester saw (and its second person, under four-eyes); a pause or kill what its decider saw. Decisions that
 * authorized nothing (refused, rejected, expired or cancelled requests, and rejections) are listed apart.
 */
public record DecisionPanels(Map<Decision, List<DecisionContext>> byDecision, List<DecisionContext> others) {

    static DecisionPanels of(List<Decision> decisions, List<DecisionContext> contexts) {
        Map<Decision, List<DecisionContext>> byDecision = new LinkedHashMap<>();
        List<DecisionContext> others = new ArrayList<>();
        for (DecisionContext context : contexts) {
            decisions.stream().filter(decision -> belongs(context, decision)).findFirst().ifPresentOrElse(
                    decision -> byDecision.computeIfAbsent(decision, key -> new ArrayList<>()).add(context),
                    () -> others.add(context));
        }
        return new DecisionPanels(byDecision, others);
    }

    public List<DecisionContext> of(Decision decision) {
        return byDecision.getOrDefault(decision, List.of());
    }

    private static boolean belongs(DecisionContext context, Decision decision) {
        if (decision.kind() == DecisionKind.AUTHORIZE) {
            return Objects.equals(decision.requestId(), context.requestId())
                    && (context.act() == DecisionAct.AUTHORIZATION_REQUEST || context.act() == DecisionAct.APPROVAL);
        }
        DecisionAct act = decision.kind() == DecisionKind.PAUSE ? DecisionAct.PAUSE : DecisionAct.KILL;
        return context.act() == act && decision.decidedBy().equals(context.decidedBy())
                && decision.decidedAt().equals(context.decidedAt());
    }
}
