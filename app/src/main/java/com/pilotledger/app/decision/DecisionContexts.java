package com.pilotledger.app.decision;

import com.pilotledger.api.capital.CapitalCommand;
import com.pilotledger.api.capital.CapitalRequestApproved;
import com.pilotledger.api.capital.CapitalRequestRejected;
import com.pilotledger.api.decision.DecisionAct;
import com.pilotledger.api.decision.DecisionContext;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.ConcernsPilot;
import com.pilotledger.api.pilot.InvestmentAuthorizationRequested;
import com.pilotledger.api.pilot.PilotKilled;
import com.pilotledger.api.pilot.PilotPaused;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.app.decision.StreamEvents.Recorded;
import com.pilotledger.app.pilot.PortfolioCurrency;
import com.pilotledger.app.problem.PilotNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each decider saw, replayed from the event store: for every decision about a pilot, the state held by every event
 * stored before the decision's own (a lower global index), which is what the ledger knew when the decision was recorded.
 * Two streams are read, never the whole store: the pilot's own (readings, recommendations, its decisions) and the
 * portfolio capital's (budget, reservations, commitments, decision rights, and the second person's approvals and
 * rejections of the pilot's requests), both up to the same global index, and walked together in global order.
 */
@Service
public class DecisionContexts {

    /** A decision found in a stream, before the state it was taken on is attached. */
    private record Decided(DecisionAct act, String requestId, String decidedBy, Instant decidedAt, Posture posture,
                           Money requestedCapital, String reason, Set<String> roles) {
    }

    /** The events that record a person's decision about a pilot. */
    public static final Set<String> DECISION_EVENT_TYPES = Set.of(
            InvestmentAuthorizationRequested.class.getSimpleName(), CapitalRequestApproved.class.getSimpleName(),
            CapitalRequestRejected.class.getSimpleName(), PilotPaused.class.getSimpleName(),
            PilotKilled.class.getSimpleName());

    private final StreamEvents events;
    private final String currency;

    public DecisionContexts(StreamEvents events, PortfolioCurrency portfolio) {
        this.events = events;
        this.currency = portfolio.currency();
    }

    /** Every decision about the pilot, in the order recorded, with what its decider saw. */
    @Transactional(readOnly = true)
    public List<DecisionContext> ofPilot(String pilotId) {
        return replay(pilotId, events.head());
    }

    /** The decision recorded at this global index, with what its decider saw. */
    @Transactional(readOnly = true)
    public DecisionContext at(long globalIndex) {
        Recorded event = events.at(globalIndex).orElseThrow(() -> new DecisionNotFoundException(globalIndex));
        if (!(event.payload() instanceof ConcernsPilot concerning)) {
            throw new DecisionNotFoundException(globalIndex);
        }
        return replay(concerning.pilotId(), globalIndex).stream()
                .filter(context -> context.globalIndex() == globalIndex)
                .findFirst()
                .orElseThrow(() -> new DecisionNotFoundException(globalIndex));
    }

    private List<DecisionContext> replay(String pilotId, long through) {
        List<Recorded> pilot = events.of(pilotId, through);
        if (pilot.isEmpty()) {
            throw new PilotNotFoundException(pilotId);
        }
        // Approvals and rejections concern a request, which is in the pilot's stream: a pilot that was never asked for
        // capital, paused or killed has no decision, and the portfolio's whole capital stream is not read for it.
        if (pilot.stream().noneMatch(event -> event.payload() instanceof InvestmentAuthorizationRequested
                || event.payload() instanceof PilotPaused || event.payload() instanceof PilotKilled)) {
            return List.of();
        }
        List<Recorded> capital = events.of(CapitalCommand.PORTFOLIO, through);
        PilotKnowledge readiness = new PilotKnowledge();
        CapitalKnowledge pool = new CapitalKnowledge(currency);
        Map<String, InvestmentAuthorizationRequested> requests = new HashMap<>();
        List<DecisionContext> contexts = new ArrayList<>();
        int p = 0;
        int c = 0;
        while (p < pilot.size() || c < capital.size()) {
            boolean pilotFirst = c == capital.size()
                    || (p < pilot.size() && pilot.get(p).globalIndex() < capital.get(c).globalIndex());
            Recorded event = pilotFirst ? pilot.get(p++) : capital.get(c++);
            Optional<Decided> decided = decision(event, pilotId, requests);
            decided.ifPresent(d -> contexts.add(new DecisionContext(event.globalIndex(), d.act(), pilotId,
                    d.requestId(), d.decidedBy(), d.decidedAt(), d.posture(), d.requestedCapital(), d.reason(),
                    readiness.readings(), readiness.recommendation(), pool.standing(),
                    pool.rights(d.decidedBy(), d.roles()))));
            if (event.payload() instanceof InvestmentAuthorizationRequested request) {
                requests.put(request.requestId(), request);
            }
            if (pilotFirst) {
                readiness.apply(event.payload());
            } else {
                pool.apply(event.payload());
            }
        }
        return contexts;
    }

    /**
     * The decision this event records, if it is one about this pilot. A request is the decider's decision: within
     * their own authority it becomes the authorization without anyone deciding again. The checker's approval or
     * rejection is a decision of its own, on a request recorded before it (the request caused the reservation they
     * decide on). The pilot's later authorization or closing of the request only records the outcome.
     */
    private static Optional<Decided> decision(Recorded event, String pilotId,
                                              Map<String, InvestmentAuthorizationRequested> requests) {
        Object payload = event.payload();
        if (payload instanceof InvestmentAuthorizationRequested request) {
            return Optional.of(new Decided(DecisionAct.AUTHORIZATION_REQUEST, request.requestId(),
                    request.requestedBy(), request.requestedAt(), request.posture(), request.capital(),
                    request.rationale(), request.requestedByRoles()));
        }
        if (payload instanceof CapitalRequestApproved approval && approval.pilotId().equals(pilotId)) {
            InvestmentAuthorizationRequested request = requests.get(approval.requestId());
            return Optional.of(new Decided(DecisionAct.APPROVAL, approval.requestId(), approval.approvedBy(),
                    approval.approvedAt(), request.posture(), request.capital(), null, event.actorRoles()));
        }
        if (payload instanceof CapitalRequestRejected rejection && rejection.pilotId().equals(pilotId)) {
            InvestmentAuthorizationRequested request = requests.get(rejection.requestId());
            return Optional.of(new Decided(DecisionAct.REJECTION, rejection.requestId(), rejection.rejectedBy(),
                    rejection.rejectedAt(), request.posture(), request.capital(), rejection.reason(),
                    event.actorRoles()));
        }
        if (payload instanceof PilotPaused pause) {
            return Optional.of(new Decided(DecisionAct.PAUSE, null, pause.decidedBy(), pause.decidedAt(), null, null,
                    pause.reason(), event.actorRoles()));
        }
        if (payload instanceof PilotKilled kill) {
            return Optional.of(new Decided(DecisionAct.KILL, null, kill.decidedBy(), kill.decidedAt(), null, null,
                    kill.reason(), event.actorRoles()));
        }
        return Optional.empty();
    }
}
