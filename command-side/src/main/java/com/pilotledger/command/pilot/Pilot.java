package com.pilotledger.command.pilot;

import com.pilotledger.command.rule.RuleViolation;
import com.pilotledger.command.rule.Verdict;
import com.pilotledger.command.rule.WrittenReasonRule;
import com.pilotledger.command.support.RecentIds;

import com.pilotledger.api.audit.AuditMetaData;
import com.pilotledger.api.checklist.AssessChecklistItem;
import com.pilotledger.api.checklist.ChecklistItemAssessed;
import com.pilotledger.api.checklist.ChecklistReading;
import com.pilotledger.api.metric.KillCriterion;
import com.pilotledger.api.metric.KillCriterionMet;
import com.pilotledger.api.metric.MetricPoint;
import com.pilotledger.api.metric.MetricPointsRecorded;
import com.pilotledger.api.metric.MetricThresholdBreached;
import com.pilotledger.api.metric.MetricThresholds;
import com.pilotledger.api.metric.MetricThresholdsSet;
import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.api.metric.RecordMetricPoints;
import com.pilotledger.api.metric.SetMetricThresholds;
import com.pilotledger.api.policy.DeploymentEvidence;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.ninetyday.CompleteNinetyDayReview;
import com.pilotledger.api.ninetyday.KpiOutcome;
import com.pilotledger.api.ninetyday.NinetyDayReviewCompleted;
import com.pilotledger.api.ninetyday.NinetyDayReviewDue;
import com.pilotledger.api.ninetyday.NinetyDayReviewOverdue;
import com.pilotledger.api.ninetyday.NinetyDayReviewScheduled;
import com.pilotledger.api.pilot.AssignPilotOwner;
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
import com.pilotledger.api.pilot.EvidenceRoles;
import com.pilotledger.api.pilot.PilotKilled;
import com.pilotledger.api.pilot.PilotOwnerAssigned;
import com.pilotledger.api.pilot.PilotOwnerRemoved;
import com.pilotledger.api.pilot.PilotPaused;
import com.pilotledger.api.pilot.PilotRegistered;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.PostureRecommendationChanged;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.ReassessPilot;
import com.pilotledger.api.pilot.RecordSignal;
import com.pilotledger.api.pilot.RegisterPilot;
import com.pilotledger.api.pilot.RemovePilotOwner;
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
import org.axonframework.deadline.DeadlineMessage;
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
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One AI pilot competing for production capital. Accepts or refuses every command addressed to it; keeps only the
 * state its decisions need. Handlers check the rules, then apply; event sourcing handlers only assign state.
 * Every applied event carries the command key of its command, so a retried command is recognised after reload.
 * <p>
 * The revision is that of its snapshot state: revision 2 keeps when each counting reading was observed, revision 3 the
 * evidence beside the readings, revision 4 its owners. A snapshot of another revision is ignored (Axon's revision
 * snapshot filter) and the pilot is rebuilt from its events.
 */
@Aggregate(snapshotTriggerDefinition = "ledgerSnapshotTrigger")
@Revision("4")
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
    /** Fires when a breach leaves the 48 hours of "no breached threshold in the last 48 hours": assess again. */
    static final String BREACH_WINDOW_ENDS = "breach-window-ends";
    /** Fires at the end of a measurable kill criterion's date: judge the criteria due. */
    static final String KILL_CRITERIA_DUE = "kill-criteria-due";
    /** What a deadline of the pilot causes is done by no user: the audit names the system, as for the bootstrap. */
    private static final MetaData BY_DEADLINE = MetaData.with(AuditMetaData.ACTOR, "system");

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
    /** The readiness checklist: the latest status of each item (none assessed yet: every item counts as Not started). */
    private final ReadinessChecklist checklist = new ReadinessChecklist();
    /** The measurable kill criteria met so far, in words. */
    private final List<String> killCriteriaMet = new ArrayList<>();
    /** The measurable kill criteria not met (yet). */
    private final List<KillCriterion> openKillCriteria = new ArrayList<>();
    /** The thresholds each production metric is judged against; a metric without any is judged on regression only. */
    private final EnumMap<ProductionMetric, MetricThresholds> thresholds = new EnumMap<>(ProductionMetric.class);
    private final BreachReports breachReports = new BreachReports();
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
    /** The 90-day review of the latest scale decision; null before the first. */
    private NinetyDayReview ninetyDayReview;
    private final GateReview gateReview = new GateReview();
    private final GapClosurePlans gapClosurePlans = new GapClosurePlans();
    private final PilotOwners owners = new PilotOwners();

    Pilot() {
        // required by Axon to rebuild the pilot from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterPilot command, @MetaDataValue(AuditMetaData.ACTOR) String actor,
                @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key, ReadinessPolicies policies,
                DeadlineManager deadlines) {
        if (pilotId != null) {
            throw new RuleViolation(ErrorCode.PILOT_ALREADY_REGISTERED,
                    "A pilot with id " + command.pilotId() + " is already registered");
        }
        Map<ProductionMetric, MetricThresholds> metricThresholds =
                Objects.requireNonNullElse(command.metricThresholds(), Map.of());
        List<KillCriterion> measurable = Objects.requireNonNullElse(command.measurableKillCriteria(), List.of());
        Verdict.firstRefusal(PositiveCapitalRule.require(command.requestedCapital(), "Requested capital"),
                MetricThresholdsRule.evaluate(metricThresholds), KillCriterionRule.evaluate(measurable)).orRefuse();
        MetaData origin = origin(key);
        apply(new PilotRegistered(command.pilotId(), command.name(), command.businessUnit(), command.sponsor(),
                command.operationalOwner(), command.problemStatement(), command.baselineMetric(),
                command.targetMetric(), command.requestedCapital(), command.killCriteria(), actor,
                command.registeredAt(), List.copyOf(measurable)), origin);
        // One event type for thresholds, whether given at registration or later, so every reader knows them one way.
        for (ProductionMetric metric : ProductionMetric.values()) {
            if (metricThresholds.containsKey(metric)) {
                apply(new MetricThresholdsSet(command.pilotId(), metric, metricThresholds.get(metric), actor,
                        command.registeredAt()), origin);
            }
        }
        Objects.requireNonNullElse(command.owners(), List.<String>of()).stream().distinct().forEach(owner ->
                apply(new PilotOwnerAssigned(command.pilotId(), owner, actor, command.registeredAt()), origin));
        measurable.stream().map(KillCriterionRule::judgedAt).distinct()
                .forEach(judgedAt -> deadlines.schedule(judgedAt, KILL_CRITERIA_DUE));
        reassess(policies, command.registeredAt(), origin);
    }

    /** Thresholds of one production metric, from now on; points already recorded are not judged again. */
    @CommandHandler
    void handle(SetMetricThresholds command, @MetaDataValue(AuditMetaData.ACTOR) String actor,
                @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key) {
        MetricThresholdsRule.evaluate(command.metric(), command.thresholds()).orRefuse();
        apply(new MetricThresholdsSet(pilotId, command.metric(), command.thresholds(), actor, command.setAt()),
                origin(key));
    }

    /** Assigning an owner the pilot has already records nothing: the pilot already says so. */
    @CommandHandler
    void handle(AssignPilotOwner command, @MetaDataValue(AuditMetaData.ACTOR) String actor,
                @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key) {
        if (!owners.includes(command.owner())) {
            apply(new PilotOwnerAssigned(pilotId, command.owner(), actor, command.assignedAt()), origin(key));
        }
    }

    /** Removing someone who does not own the pilot records nothing. */
    @CommandHandler
    void handle(RemovePilotOwner command, @MetaDataValue(AuditMetaData.ACTOR) String actor,
                @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key) {
        if (owners.includes(command.owner())) {
            apply(new PilotOwnerRemoved(pilotId, command.owner(), actor, command.removedAt()), origin(key));
        }
    }

    @CommandHandler
    void handle(RecordSignal command, @MetaDataValue(AuditMetaData.ACTOR) String actor,
                @MetaDataValue(AuditMetaData.ACTOR_ROLES) String roles,
                @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key, ReadinessPolicies policies) {
        owners.mayRecord(actor, roles, EvidenceRoles.PORTFOLIO_MANAGER).orRefuse();
        WrittenReasonRule.require(command.evidence(), ErrorCode.EVIDENCE_REQUIRED, "Evidence").orRefuse();
        MetaData origin = origin(key);
        apply(new SignalRecorded(pilotId, command.domain(), command.level(), command.evidence(), command.source(),
                command.observedAt(), command.metric(), actor, command.recordedAt()), origin);
        reassess(policies, command.recordedAt(), origin);
    }

    /**
     * A readiness checklist item assessed. The same status on the same evidence again records nothing (the item
     * already says so). Once the domain's three items are assessed, what they read ({@link ChecklistReading}) becomes
     * the domain's reading when it would change it: recorded as a reading from the checklist, observed at the
     * assessment, so the recommendation, the board and the pilot's history take it like any other reading.
     */
    @CommandHandler
    void handle(AssessChecklistItem command, @MetaDataValue(AuditMetaData.ACTOR) String actor,
                @MetaDataValue(AuditMetaData.ACTOR_ROLES) String roles,
                @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key, ReadinessPolicies policies) {
        owners.mayRecord(actor, roles, EvidenceRoles.PORTFOLIO_MANAGER).orRefuse();
        WrittenReasonRule.require(command.evidence(), ErrorCode.EVIDENCE_REQUIRED, "Evidence").orRefuse();
        if (checklist.alreadySays(command.criterion(), command.status(), command.evidence())) {
            return;
        }
        MetaData origin = origin(key);
        apply(new ChecklistItemAssessed(pilotId, command.criterion(), command.status(), command.evidence(), actor,
                command.assessedAt()), origin);
        StabilizationDomain domain = command.criterion().domain();
        boolean wouldCount = LatestObservation.supersedes(command.assessedAt(), observedAt.get(domain));
        checklist.reading(domain).filter(level -> wouldCount && level != readings.get(domain)).ifPresent(level ->
                apply(new SignalRecorded(pilotId, domain, level, checklist.readingEvidence(domain),
                        ChecklistReading.SOURCE, command.assessedAt(), null, actor, command.assessedAt()), origin));
        reassess(policies, command.assessedAt(), origin);
    }

    /**
     * A batch of production metric points from monitoring; a resent batch (same batch id) records nothing. Each point,
     * in the order observed, is judged against its metric's thresholds and recent level ({@link BreachRule}); a breach
     * not reported yet ({@link BreachReports}) is recorded with its evidence. Kill criteria whose date has ended are
     * judged on the points now known. Either one changes the evidence, so the pilot is assessed again, and a breach
     * schedules the assessment at the end of its 48 hours, when Authorize Deployment may be recommended again.
     */
    @CommandHandler
    void handle(RecordMetricPoints command, @MetaDataValue(AuditMetaData.ACTOR) String actor,
                @MetaDataValue(AuditMetaData.ACTOR_ROLES) String roles,
                @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key, ReadinessPolicies policies,
                DeadlineManager deadlines) {
        owners.mayRecord(actor, roles, EvidenceRoles.PORTFOLIO_MANAGER, EvidenceRoles.MONITOR).orRefuse();
        if (recordedBatches.contains(command.batchId())) {
            return;
        }
        MetricPointsRule.evaluate(command.batchId(), command.points(), command.recordedAt()).orRefuse();
        MetaData origin = origin(key);
        apply(new MetricPointsRecorded(pilotId, command.batchId(), command.points(), actor, command.recordedAt()),
                origin);
        Instant breachBefore = lastBreachAt;
        command.points().stream().sorted(Comparator.comparing(MetricPoint::observedAt))
                .forEach(point -> reportBreach(point, command.recordedAt(), origin));
        boolean killCriterionMet = judgeKillCriteria(command.recordedAt(), origin);
        boolean newBreach = !Objects.equals(breachBefore, lastBreachAt);
        Instant breachWindowEnds = newBreach ? lastBreachAt.plus(DeploymentEvidence.BREACH_FREE_WINDOW) : null;
        if (newBreach && breachWindowEnds.isAfter(command.recordedAt())) {
            deadlines.schedule(breachWindowEnds, BREACH_WINDOW_ENDS);
        }
        if (killCriterionMet || newBreach) {
            reassess(policies, command.recordedAt(), origin);
        }
    }

    private void reportBreach(MetricPoint point, Instant detectedAt, MetaData origin) {
        BreachRule.Breach breach = BreachRule.judge(point, thresholds.get(point.metric()), metricWindow);
        if (breach != null && breachReports.isNew(point.metric(), breach.kind(), point.observedAt())) {
            apply(new MetricThresholdBreached(pilotId, point.metric(), breach.kind(), breach.limit(), point.value(),
                    point.observedAt(), breach.evidence(), detectedAt), origin);
        }
    }

    /** Records every open kill criterion met at the instant; returns whether one was. */
    private boolean judgeKillCriteria(Instant at, MetaData origin) {
        boolean met = false;
        for (KillCriterion criterion : List.copyOf(openKillCriteria)) {
            KillCriterionRule.Met judged = KillCriterionRule.judge(criterion, metricWindow, at);
            if (judged != null) {
                apply(new KillCriterionMet(pilotId, criterion, judged.level(), judged.evidence(), at), origin);
                met = true;
            }
        }
        return met;
    }

    /**
     * The 48 hours after a breach have passed: assessed again at that instant, Authorize Deployment may be recommended
     * again under a version that requires no recent breach. Fired twice, or after a newer breach, it records nothing.
     */
    @DeadlineHandler(deadlineName = BREACH_WINDOW_ENDS)
    void breachWindowEnded(DeadlineMessage<?> deadline, ReadinessPolicies policies) {
        if (!killed) {
            reassess(policies, deadline.getTimestamp(), BY_DEADLINE);
        }
    }

    /** A kill criterion's date has ended: the open criteria due are judged on the points known. Fired twice: nothing. */
    @DeadlineHandler(deadlineName = KILL_CRITERIA_DUE)
    void killCriteriaDue(DeadlineMessage<?> deadline, ReadinessPolicies policies) {
        if (!killed && judgeKillCriteria(deadline.getTimestamp(), BY_DEADLINE)) {
            reassess(policies, deadline.getTimestamp(), BY_DEADLINE);
        }
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
                @MetaDataValue(AuditMetaData.ACTOR_ROLES) String roles,
                @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key) {
        owners.mayRecord(actor, roles, EvidenceRoles.PORTFOLIO_MANAGER).orRefuse();
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
        KpiProjectionRule.evaluate(command.posture(), command.kpiProjections()).orRefuse();
        boolean override = AuthorizationRule.isOverride(command.posture(), recommendation.posture());
        apply(new InvestmentAuthorizationRequested(pilotId, command.requestId(), command.posture(), command.capital(),
                command.scope(), command.conditions(), command.rationale(), recommendation.posture(), override,
                command.overrideJustification(), actor, AuditMetaData.roles(roles), command.decidedAt(),
                command.kpiProjections()), origin(key));
    }

    /**
     * The authorization process completes a request once its capital is reserved (and approved). Completing it again
     * (a redelivered event) succeeds and records nothing; a request that was closed meanwhile (refused, paused, killed)
     * is refused, and only that refusal makes the process give the reservation back. A scale decision (Authorize
     * Deployment) taking effect schedules its 90-day review.
     */
    @CommandHandler
    void handle(CompleteInvestmentAuthorization command, DeadlineManager deadlines) {
        if (authorizedRequests.contains(command.requestId())) {
            return;
        }
        InvestmentAuthorizationRequested request = pending(command.requestId());
        apply(new InvestmentAuthorized(pilotId, request.requestId(), request.posture(), request.capital(),
                request.scope(), request.conditions(), request.rationale(), request.recommendedPosture(),
                request.override(), request.overrideJustification(), request.requestedBy(),
                command.deciderAuthority(), command.approvedBy(), command.approverAuthority(), command.decidedAt(),
                request.kpiProjections()));
        if (request.posture() == Posture.AUTHORIZE_DEPLOYMENT) {
            Instant dueAt = command.decidedAt().plus(NinetyDayReview.DUE_AFTER);
            Instant overdueAt = dueAt.plus(NinetyDayReview.GRACE);
            apply(new NinetyDayReviewScheduled(pilotId, request.requestId(),
                    request.kpiProjections() == null ? List.of() : request.kpiProjections(), command.decidedAt(),
                    dueAt, overdueAt));
            deadlines.schedule(dueAt, NinetyDayReview.FALLS_DUE, request.requestId());
            deadlines.schedule(overdueAt, NinetyDayReview.BECOMES_OVERDUE, request.requestId());
        }
    }

    /**
     * Ninety days after the scale decision its review falls due; two weeks later, if nobody completed it, the second
     * deadline flags it overdue. Fired twice, or left over from a decision a later one replaced, a deadline changes
     * nothing; after a kill nothing falls due (kill is final).
     */
    @DeadlineHandler(deadlineName = NinetyDayReview.FALLS_DUE)
    void ninetyDayReviewFallsDue(String requestId) {
        if (killed || ninetyDayReview == null || !ninetyDayReview.fallsDue(requestId)) {
            return;
        }
        apply(new NinetyDayReviewDue(pilotId, requestId, ninetyDayReview.dueAt(), ninetyDayReview.overdueAt()));
    }

    @DeadlineHandler(deadlineName = NinetyDayReview.BECOMES_OVERDUE)
    void ninetyDayReviewBecomesOverdue(String requestId) {
        if (killed || ninetyDayReview == null || !ninetyDayReview.becomesOverdue(requestId)) {
            return;
        }
        apply(new NinetyDayReviewOverdue(pilotId, requestId, ninetyDayReview.dueAt(), ninetyDayReview.overdueAt()));
    }

    /**
     * A reviewer completes the due review: each KPI projection against the median measured over the last four weeks,
     * and whether the scale decision was well founded, are established here, from the pilot's own metric window.
     */
    @CommandHandler
    void handle(CompleteNinetyDayReview command, @MetaDataValue(AuditMetaData.ACTOR) String actor,
                @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key) {
        if (ninetyDayReview == null || !ninetyDayReview.isOpen()) {
            throw new RuleViolation(ErrorCode.NINETY_DAY_REVIEW_NOT_DUE, "This pilot has no 90-day review due");
        }
        WrittenReasonRule.require(command.conclusion(), ErrorCode.REASON_REQUIRED, "A conclusion").orRefuse();
        List<KpiOutcome> outcomes = KpiReview.compare(ninetyDayReview.projections(), metricWindow,
                command.completedAt());
        apply(new NinetyDayReviewCompleted(pilotId, ninetyDayReview.requestId(), outcomes,
                KpiReview.finding(outcomes), command.completedAt().minus(KpiReview.MEASURED_OVER),
                command.completedAt(), command.conclusion(), actor, command.completedAt()), origin(key));
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
        return new ReadinessEvidence(readings, gateReviewProceeds, lastBreachAt, checklist.hasItemNotStarted(),
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
        if (event.measurableKillCriteria() != null) {
            openKillCriteria.addAll(event.measurableKillCriteria());
        }
        recentCommandKeys.remember(key);
    }

    @EventSourcingHandler
    void on(PilotOwnerAssigned event, @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key) {
        owners.assigned(event.owner());
        recentCommandKeys.remember(key);
    }

    @EventSourcingHandler
    void on(PilotOwnerRemoved event, @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key) {
        owners.removed(event.owner());
        recentCommandKeys.remember(key);
    }

    @EventSourcingHandler
    void on(MetricThresholdsSet event, @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key) {
        thresholds.put(event.metric(), event.thresholds());
        recentCommandKeys.remember(key);
    }

    @EventSourcingHandler
    void on(MetricThresholdBreached event) {
        breachReports.remember(event);
        lastBreachAt = lastBreachAt == null ? event.observedAt() : BreachReports.later(lastBreachAt, event.observedAt());
    }

    @EventSourcingHandler
    void on(KillCriterionMet event) {
        openKillCriteria.remove(event.criterion());
        killCriteriaMet.add(EvidenceTrail.words(event));
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
    void on(ChecklistItemAssessed event, @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key) {
        checklist.record(event);
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
        gateReviewProceeds = EvidenceTrail.proceeds(event);
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
    void on(NinetyDayReviewScheduled event) {
        ninetyDayReview = new NinetyDayReview(event.requestId(), event.projections(), event.dueAt(),
                event.overdueAt());
    }

    @EventSourcingHandler
    void on(NinetyDayReviewDue event) {
        ninetyDayReview.markDue();
    }

    @EventSourcingHandler
    void on(NinetyDayReviewOverdue event) {
        ninetyDayReview.markOverdue();
    }

    @EventSourcingHandler
    void on(NinetyDayReviewCompleted event, @MetaDataValue(AuditMetaData.IDEMPOTENCY_KEY) String key) {
        ninetyDayReview.markCompleted();
        recentCommandKeys.remember(key);
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
