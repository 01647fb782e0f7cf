package com.pilotledger.command.pilot;

import com.pilotledger.command.rule.RuleViolation;
import com.pilotledger.command.rule.Verdict;
import com.pilotledger.command.rule.WrittenReasonRule;
import com.pilotledger.command.support.RecentIds;

import com.pilotledger.api.audit.AuditMetaData;
import com.pilotledger.api.metric.MetricPointsRecorded;
import com.pilotledger.api.metric.RecordMetricPoints;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.AuthorizeInvestment;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.api.pilot.CloseInvestmentRequest;
import com.pilotledger.api.pilot.CompleteInvestmentAuthorization;
import com.pilotledger.api.pilot.InvestmentAuthorizationRequested;
import com.pilotledger.api.pilot.InvestmentAuthorized;
import com.pilotledger.api.pilot.InvestmentRequestClosed;
import com.pilotledger.api.pilot.KillPilot;
import com.pilotledger.api.pilot.LatestObservation;
import com.pilotledger.api.pilot.PausePilot;
import com.pilotledger.api.pilot.PilotKilled;
import com.pilotledger.api.pilot.PilotPaused;
import com.pilotledger.api.pilot.PilotRegistered;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.PostureRecommendationChanged;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.ReassessPilot;
import com.pilotledger.api.pilot.RecordSignal;
import com.pilotledger.api.pilot.RegisterPilot;
import com.pilotledger.api.pilot.RequestOutcome;
import com.pilotledger.api.pilot.SignalRecorded;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.api.review.AssessScaleReadiness;
import com.pilotledger.api.review.CompleteGapClosurePlan;
import com.pilotledger.api.review.ConcludeGateReview;
import com.pilotledger.api.review.ConveneGateReview;
import com.pilotledger.api.review.GapClosurePlan;
import com.pilotledger.api.review.GapClosurePlanCompleted;
import com.pilotledger.api.review.GapClosurePlanOverdue;
import com.pilotledger.api.review.GateReviewConcluded;
import com.pilotledger.api.review.GateReviewConvened;
import com.pilotledger.api.review.GateReviewOutcome;
import com.pilotledger.api.review.ScaleReadinessAssessed;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One AI pilot competing for production capital. Accepts or refuses every command addressed to it; keeps only the
 * state its decisions need. Handlers check the rules, then apply; event sourcing handlers only assign state.
 * Every applied event carries the command key of its command, so a retried command is recognised after reload.
 * <p>
 * The revision is that of its snapshot state: revision 2 keeps when each counting reading was observed, revision 3 the
 * evidence beside the readings. A snapshot of another revision is ignored (Axon's revision snapshot filter) and the
 * pilot is rebuilt from its events.
 */
@Aggregate(snapshotTriggerDefinition = "ledgerSnapshotTrigger")
@Revision("3")
class Pilot {

    /**
     * A pilot has one request open at a time, and a completion is repeated only by a redelivery of the event that
     * caused it, within a batch of the authorization process: a few requests back is ample.
     */
    static final int AUTHORIZED_REMEMBERED = 16;
    /**
     * A monitoring system resends a batch it got no answer for soon after sending it, while newer batches follow: the
     * latest batches are ample to recognise a resent one.
     */
    static final int BATCHES_REMEMBERED = 64;

    @AggregateIdentifier
    private String pilotId;
    private Money requestedCapital;
    /** Declared as an EnumMap, so a snapshot restores it as one (in the policy's domain order). */
    private final EnumMap<StabilizationDomain, ReadinessLevel> readings = new EnumMap<>(StabilizationDomain.class);
    /** When each reading in {@code readings} was observed: a reading observed earlier never replaces it. */
    private final EnumMap<StabilizationDomain, Instant> observedAt = new EnumMap<>(StabilizationDomain.class);
    /** The latest concluded gate review said proceed to the scale decision. */
    private boolean gateReviewProceeds;
    /** When a production metric last crossed a threshold; null if never. */
    private Instant lastBreachAt;
    /** Some readiness checklist item is Not started (none has been assessed yet). */
    private boolean checklistItemNotStarted = true;
    /** The measurable kill criteria met so far, in words. */
    private final List<String> killCriteriaMet = new ArrayList<>();
    private PostureAssessment recommendation;
    private Posture authorizedPosture;
    private boolean paused;
    private boolean killed;
    private InvestmentAuthorizationRequested pendingRequest;
    /** The latest requests this pilot authorized, so a repeated completion is recognised as done. */
    private final RecentIds authorizedRequests = new RecentIds(AUTHORIZED_REMEMBERED);
    private final RecentCommandKeys recentCommandKeys = new RecentCommandKeys();
    private final RecentIds recordedBatches = new RecentIds(BATCHES_REMEMBERED);
    private final MetricWindow metricWindow = new MetricWindow();
    private final GateReview gateReview = new GateReview();
    private final GapClosurePlans gapClosurePlans = new GapClosurePlans();

    Pilot() {
        // required by Axon to rebuild the pilot from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterPilot command, @MetaDataValue(AuditMetaData.ACTOR) String actor,
                @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key, ReadinessPolicies policies) {
        if (pilotId != null) {
            throw new RuleViolation(ErrorCode.PILOT_ALREADY_REGISTERED,
                    "A pilot with id " + command.pilotId() + " is already registered");
        }
        PositiveCapitalRule.require(command.requestedCapital(), "Requested capital").orRefuse();
        MetaData origin = origin(key);
        apply(new PilotRegistered(command.pilotId(), command.name(), command.businessUnit(), command.sponsor(),
                command.operationalOwner(), command.problemStatement(), command.baselineMetric(),
                command.targetMetric(), command.requestedCapital(), command.killCriteria(), actor,
                command.registeredAt()), origin);
        reassess(policies, command.registeredAt(), origin);
    }

    @CommandHandler
    void handle(RecordSignal command, @MetaDataValue(AuditMetaData.ACTOR) String actor,
                @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key, ReadinessPolicies policies) {
        WrittenReasonRule.require(command.evidence(), ErrorCode.EVIDENCE_REQUIRED, "Evidence").orRefuse();
        MetaData origin = origin(key);
        apply(new SignalRecorded(pilotId, command.domain(), command.level(), command.evidence(), command.source(),
                command.observedAt(), command.metric(), actor, command.recordedAt()), origin);
        reassess(policies, command.recordedAt(), origin);
    }

    /** A batch of production metric points from monitoring; a resent batch (same batch id) records nothing. */
    @CommandHandler
    void handle(RecordMetricPoints command, @MetaDataValue(AuditMetaData.ACTOR) String actor,
                @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key) {
        if (recordedBatches.contains(command.batchId())) {
            return;
        }
        apply(new MetricPointsRecorded(pilotId, command.batchId(), command.points(), actor, command.recordedAt()),
                origin(key));
    }

    /** A portfolio manager convenes a gate review (seed 002), naming the person in each stakeholder role. */
    @CommandHandler
    void handle(ConveneGateReview command, @MetaDataValue(AuditMetaData.ACTOR) String actor,
                @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key) {
        gateReview.mayConvene(command);
        apply(new GateReviewConvened(pilotId, command.reviewId(), command.participants(), actor,
                command.convenedAt()), origin(key));
    }

    /** One role's assessment of the five signals, recorded by the signed-in user for the person named in it. */
    @CommandHandler
    void handle(AssessScaleReadiness command, @MetaDataValue(AuditMetaData.ACTOR) String actor,
                @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key) {
        String participant = gateReview.participantFor(command);
        apply(new ScaleReadinessAssessed(pilotId, command.reviewId(), command.role(), participant,
                command.assessments(), actor, command.assessedAt()), origin(key));
    }

    /**
     * The outcome follows from the assessments ({@link GateReviewOutcomeRule}); the recommendation is assessed again,
     * since a version may require a review that said proceed. Each gap-closure plan's due date becomes a deadline.
     */
    @CommandHandler
    void handle(ConcludeGateReview command, @MetaDataValue(AuditMetaData.ACTOR) String actor,
                @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key, ReadinessPolicies policies,
                DeadlineManager deadlines) {
        GateReview.Conclusion conclusion = gateReview.conclude(command);
        MetaData origin = origin(key);
        apply(new GateReviewConcluded(pilotId, command.reviewId(), conclusion.outcome(), conclusion.signals(),
                command.gapClosurePlans(), conclusion.rolesNotAssessed(), actor, command.concludedAt()), origin);
        reassess(policies, command.concludedAt(), origin);
        for (GapClosurePlan plan : command.gapClosurePlans()) {
            deadlines.schedule(plan.dueAt(), GapClosurePlans.DUE, plan.planId());
        }
    }

    @CommandHandler
    void handle(CompleteGapClosurePlan command, @MetaDataValue(AuditMetaData.ACTOR) String actor,
                @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key) {
        GapClosurePlans.Tracked plan = gapClosurePlans.toComplete(command.planId());
        WrittenReasonRule.require(command.evidence(), ErrorCode.EVIDENCE_REQUIRED, "Evidence").orRefuse();
        apply(new GapClosurePlanCompleted(pilotId, plan.reviewId(), command.planId(), command.evidence(), actor,
                command.completedAt()), origin(key));
    }

    /**
     * A gap-closure plan's due date came. The deadline may fire twice or after the plan was completed: the plan is
     * flagged at most once, never when completed, and a killed pilot is left alone.
     */
    @DeadlineHandler(deadlineName = GapClosurePlans.DUE)
    void gapClosurePlanDue(String planId) {
        if (!killed) {
            gapClosurePlans.dueNow(pilotId, planId).ifPresent(overdue -> apply(overdue));
        }
    }

    /**
     * A new policy version came into force (the rollout sends this to every pilot not killed): the readings are
     * assessed again under the version in force at that instant. Sent twice, the second finds nothing to change.
     */
    @CommandHandler
    void handle(ReassessPilot command, ReadinessPolicies policies) {
        reassess(policies, command.reassessedAt(), MetaData.emptyInstance());
    }

    /**
     * An authorization is first a request: judged here against the pilot's rules and the recommendation of this
     * moment, then given capital (and, above the four-eyes threshold, a second approval) by the authorization process.
     */
    @CommandHandler
    void handle(AuthorizeInvestment command, @MetaDataValue(AuditMetaData.ACTOR) String actor,
                @MetaDataValue(AuditMetaData.ACTOR_ROLES) String roles,
                @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key) {
        if (pendingRequest != null) {
            throw new RuleViolation(ErrorCode.AUTHORIZATION_PENDING, "Request " + pendingRequest.requestId()
                    + " for this pilot is still being decided", Map.of("requestId", pendingRequest.requestId()));
        }
        AuthorizationRule.evaluate(command, recommendation.posture(), requestedCapital).orRefuse();
        boolean override = AuthorizationRule.isOverride(command.posture(), recommendation.posture());
        apply(new InvestmentAuthorizationRequested(pilotId, command.requestId(), command.posture(), command.capital(),
                command.scope(), command.conditions(), command.rationale(), recommendation.posture(), override,
                command.overrideJustification(), actor, AuditMetaData.roles(roles), command.decidedAt()),
                origin(key));
    }

    /**
     * The authorization process completes a request once its capital is reserved (and approved). Completing it again
     * (a redelivered event) succeeds and records nothing; a request that was closed meanwhile (refused, paused, killed)
     * is refused, and only that refusal makes the process give the reservation back.
     */
    @CommandHandler
    void handle(CompleteInvestmentAuthorization command) {
        if (authorizedRequests.contains(command.requestId())) {
            return;
        }
        InvestmentAuthorizationRequested request = pending(command.requestId());
        apply(new InvestmentAuthorized(pilotId, request.requestId(), request.posture(), request.capital(),
                request.scope(), request.conditions(), request.rationale(), request.recommendedPosture(),
                request.override(), request.overrideJustification(), request.requestedBy(),
                command.deciderAuthority(), command.approvedBy(), command.approverAuthority(), command.decidedAt()));
    }

    /** A request that was refused, rejected, expired or cancelled leaves the pilot free for a new one. */
    @CommandHandler
    void handle(CloseInvestmentRequest command) {
        if (pendingRequest != null && pendingRequest.requestId().equals(command.requestId())) {
            apply(new InvestmentRequestClosed(pilotId, command.requestId(), command.outcome(), command.code(),
                    command.reason(), command.facts(), command.closedAt()));
        }
    }

    @CommandHandler
    void handle(PausePilot command, @MetaDataValue(AuditMetaData.ACTOR) String actor,
                @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key) {
        if (paused) {
            throw new RuleViolation(ErrorCode.PILOT_ALREADY_PAUSED, "The pilot is already paused");
        }
        WrittenReasonRule.require(command.reason(), ErrorCode.REASON_REQUIRED, "A reason to pause").orRefuse();
        MetaData origin = origin(key);
        apply(new PilotPaused(pilotId, command.reason(), authorizedPosture, actor, command.decidedAt()), origin);
        closePendingRequest("The pilot was paused: " + command.reason(), command.decidedAt(), origin);
    }

    @CommandHandler
    void handle(KillPilot command, @MetaDataValue(AuditMetaData.ACTOR) String actor,
                @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key) {
        WrittenReasonRule.require(command.reason(), ErrorCode.REASON_REQUIRED, "A reason to kill").orRefuse();
        MetaData origin = origin(key);
        apply(new PilotKilled(pilotId, command.reason(), actor, command.decidedAt()), origin);
        closePendingRequest("The pilot was killed: " + command.reason(), command.decidedAt(), origin);
    }

    /**
     * A pause or a kill ends the request still being decided: none completes while the pilot is paused (a new
     * authorization is a new decision), and the authorization process gives its reservation back to the pool.
     */
    private void closePendingRequest(String reason, Instant at, MetaData origin) {
        if (pendingRequest != null) {
            apply(new InvestmentRequestClosed(pilotId, pendingRequest.requestId(), RequestOutcome.CANCELLED, null,
                    reason, Map.of(), at), origin);
        }
    }

    /**
     * Runs before every command handler of this pilot. A retry of a command it already accepted (same command key)
     * takes effect once: it succeeds again and applies nothing. After a kill, no command about the pilot is
     * accepted, whatever its kind: kill is final. Registering the same id again is refused by registration itself,
     * as a duplicate, killed or not.
     */
    @CommandHandlerInterceptor
    Object acceptOnceAndNeverAfterKill(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        if (recentCommandKeys.contains((String) command.getMetaData().get(AuditMetaData.IDEMPOTENCY_KEY))) {
            return null;
        }
        if (killed && !(command.getPayload() instanceof RegisterPilot)) {
            throw new RuleViolation(ErrorCode.PILOT_KILLED, "The pilot was killed; kill is final");
        }
        return chain.proceed();
    }

    /**
     * Records a new recommendation whenever the result of the policy version in force at that instant, its version,
     * the domains that decided it or its reason changed.
     */
    private void reassess(ReadinessPolicies policies, Instant at, MetaData origin) {
        PostureAssessment assessment = policies.inForceAt(at).assess(evidence(), at);
        if (assessment.differsFrom(recommendation)) {
            apply(new PostureRecommendationChanged(pilotId, assessment.posture(),
                    recommendation == null ? null : recommendation.posture(), assessment.policyVersion(),
                    assessment.decidingDomains(), assessment.reason(), at), origin);
        }
    }

    private ReadinessEvidence evidence() {
        return new ReadinessEvidence(readings, gateReviewProceeds, lastBreachAt, checklistItemNotStarted,
                killCriteriaMet);
    }

    private InvestmentAuthorizationRequested pending(String requestId) {
        if (pendingRequest == null || !pendingRequest.requestId().equals(requestId)) {
            throw new RuleViolation(ErrorCode.REQUEST_NOT_PENDING,
                    "Request " + requestId + " is not pending for this pilot");
        }
        return pendingRequest;
    }

    private static MetaData origin(String key) {
        return key == null ? MetaData.emptyInstance() : MetaData.with(AuditMetaData.IDEMPOTENCY_KEY, key);
    }

    @EventSourcingHandler
    void on(PilotRegistered event, @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key) {
        pilotId = event.pilotId();
        requestedCapital = event.requestedCapital();
        authorizedPosture = Posture.PAUSE;
        recentCommandKeys.remember(key);
    }

    /** Every reading is kept in the history; only the latest observation of its domain counts for the policy. */
    @EventSourcingHandler
    void on(SignalRecorded event, @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key) {
        Instant observed = LatestObservation.observedAt(event);
        if (LatestObservation.supersedes(observed, observedAt.get(event.domain()))) {
            readings.put(event.domain(), event.level());
            observedAt.put(event.domain(), observed);
        }
        recentCommandKeys.remember(key);
    }

    @EventSourcingHandler
    void on(MetricPointsRecorded event, @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key) {
        metricWindow.record(event.points());
        recordedBatches.remember(event.batchId());
        recentCommandKeys.remember(key);
    }

    @EventSourcingHandler
    void on(GateReviewConvened event, @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key) {
        gateReview.convened(event);
        recentCommandKeys.remember(key);
    }

    @EventSourcingHandler
    void on(ScaleReadinessAssessed event, @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key) {
        gateReview.assessed(event);
        recentCommandKeys.remember(key);
    }

    /** The latest concluded review decides: a later one that did not say proceed withdraws an earlier proceed. */
    @EventSourcingHandler
    void on(GateReviewConcluded event, @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key) {
        gateReview.concluded(event);
        gateReviewProceeds = event.outcome() == GateReviewOutcome.PROCEED;
        gapClosurePlans.planned(event);
        recentCommandKeys.remember(key);
    }

    @EventSourcingHandler
    void on(GapClosurePlanOverdue event) {
        gapClosurePlans.overdue(event);
    }

    @EventSourcingHandler
    void on(GapClosurePlanCompleted event, @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key) {
        gapClosurePlans.completed(event);
        recentCommandKeys.remember(key);
    }

    @EventSourcingHandler
    void on(PostureRecommendationChanged event) {
        recommendation = new PostureAssessment(event.recommended(), event.policyVersion(), event.decidingDomains(),
                event.reason());
    }

    @EventSourcingHandler
    void on(InvestmentAuthorizationRequested event, @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key) {
        pendingRequest = event;
        recentCommandKeys.remember(key);
    }

    @EventSourcingHandler
    void on(InvestmentAuthorized event) {
        authorizedPosture = event.posture();
        paused = false;
        pendingRequest = null;
        authorizedRequests.remember(event.requestId());
    }

    @EventSourcingHandler
    void on(InvestmentRequestClosed event) {
        pendingRequest = null;
    }

    @EventSourcingHandler
    void on(PilotPaused event, @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key) {
        authorizedPosture = Posture.PAUSE;
        paused = true;
        recentCommandKeys.remember(key);
    }

    @EventSourcingHandler
    void on(PilotKilled event, @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key) {
        killed = true;
        recentCommandKeys.remember(key);
    }
}
