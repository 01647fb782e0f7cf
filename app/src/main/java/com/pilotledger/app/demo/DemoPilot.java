package com.pilotledger.app.demo;

import com.pilotledger.api.capital.ApproveCapitalRequest;
import com.pilotledger.api.checklist.AssessChecklistItem;
import com.pilotledger.api.checklist.ChecklistCriterion;
import com.pilotledger.api.checklist.ChecklistStatus;
import com.pilotledger.api.metric.KpiProjection;
import com.pilotledger.api.metric.MetricPoint;
import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.api.metric.RecordMetricPoints;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.AuthorizeInvestment;
import com.pilotledger.api.pilot.KillPilot;
import com.pilotledger.api.pilot.Metric;
import com.pilotledger.api.pilot.PausePilot;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.RecordSignal;
import com.pilotledger.api.pilot.RegisterPilot;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.api.review.AssessScaleReadiness;
import com.pilotledger.api.review.ConcludeGateReview;
import com.pilotledger.api.review.ConveneGateReview;
import com.pilotledger.api.review.GapClosurePlan;
import com.pilotledger.api.review.ScaleReadinessSignal;
import com.pilotledger.api.review.SignalAssessment;
import com.pilotledger.api.review.SignalStatus;
import com.pilotledger.api.review.StakeholderRole;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.IntStream;
import com.pilotledger.api.metric.KillComparison;
import com.pilotledger.api.metric.KillCriterion;
import com.pilotledger.api.metric.MetricPoint;
import com.pilotledger.api.metric.MetricThresholds;
import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.api.metric.RecordMetricPoints;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * One pilot of the demo portfolio and the history it goes through: each step is a real command, stamped with a
 * business time some days before the load, and sent as the demo user who would have taken it, with that user's role.
 */
final class DemoPilot {

    private static final String EXECUTIVE = "EXECUTIVE";
    private static final String PORTFOLIO_MANAGER = "PORTFOLIO_MANAGER";
    /** The demo's pilot owner. */
    private static final String PILOT_OWNER_USER = "owen";

    /** A command of the script, who sends it with which role, and how many days before the load it happened. */
    record Step(String actor, String role, int daysAgo, Function<Instant, Object> command) {
    }

    private final String name;
    private final String pilotId;
    private final List<Step> steps = new ArrayList<>();
    private String lastRequestId;
    /** Given at registration; filled by the script before the load, read when registration is sent. */
    private final Map<ProductionMetric, MetricThresholds> thresholds = new EnumMap<>(ProductionMetric.class);
    private final List<Function<Instant, KillCriterion>> killCriteria = new ArrayList<>();
    private String lastReviewId;
    /** Who owns the pilot from its registration: the pilot owner who records its evidence. */
    private final Set<String> owners = new TreeSet<>();

    DemoPilot(String name, String businessUnit, String sponsor, String owner, String problem, String baseline,
              String target, String requestedCapital, String killCriteria, int registeredDaysAgo) {
        this.name = name;
        this.pilotId = demoId(name);
        steps.add(new Step("pam", PORTFOLIO_MANAGER, registeredDaysAgo, at -> new RegisterPilot(pilotId, name, businessUnit, sponsor,
                owner, problem, baseline, target, Money.of(requestedCapital, DemoPortfolio.CURRENCY), killCriteria,
                Map.copyOf(thresholds), this.killCriteria.stream().map(criterion -> criterion.apply(at)).toList(),
                List.copyOf(owners), at)));
    }

    /** A step of the demo's pilot owner, who therefore owns the pilot (a pilot owner records only for their own). */
    private Step byOwner(int daysAgo, Function<Instant, Object> command) {
        owners.add(PILOT_OWNER_USER);
        return new Step(PILOT_OWNER_USER, "PILOT_OWNER", daysAgo, command);
    }

    private static String demoId(String key) {
        return UUID.nameUUIDFromBytes(("demo-portfolio:" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    String pilotId() {
        return pilotId;
    }

    List<Step> steps() {
        return steps;
    }

    DemoPilot signal(int daysAgo, StabilizationDomain domain, ReadinessLevel level, String evidence) {
        return measured(daysAgo, domain, level, evidence, null);
    }

    /** A signal backed by one of the production metrics (task completion, quality, cost per task, escalation). */
    DemoPilot measured(int daysAgo, StabilizationDomain domain, ReadinessLevel level, String evidence, Metric metric) {
        steps.add(byOwner(daysAgo, at -> new RecordSignal(pilotId, domain, level, evidence,
                "Gate review", at.minus(Duration.ofDays(1)), metric, at)));
        return this;
    }

    /** The pilot owner assesses one readiness checklist item. */
    DemoPilot assess(int daysAgo, ChecklistCriterion criterion, ChecklistStatus status, String evidence) {
        steps.add(byOwner(daysAgo, at -> new AssessChecklistItem(pilotId, criterion, status,
                evidence, at)));
        return this;
    }

    /** Thresholds of one production metric, given at registration. */
    DemoPilot thresholds(ProductionMetric metric, String baseline, String target, String minimum, String kill) {
        thresholds.put(metric, new MetricThresholds(new BigDecimal(baseline), new BigDecimal(target),
                new BigDecimal(minimum), new BigDecimal(kill)));
        return this;
    }

    /** A measurable kill criterion given at registration, judged on the day {@code daysAfter} registration. */
    DemoPilot killCriterion(ProductionMetric metric, KillComparison comparison, String threshold, int daysAfter) {
        killCriteria.add(registeredAt -> new KillCriterion(metric, comparison, new BigDecimal(threshold),
                registeredAt.plus(Duration.ofDays(daysAfter)).atZone(ZoneOffset.UTC).toLocalDate()));
        return this;
    }

    /**
     * A batch from the pilot's monitoring, recorded {@code daysAgo}: one point a day, the last observed six hours
     * before it was recorded.
     */
    DemoPilot points(int daysAgo, ProductionMetric metric, String... daily) {
        String batchId = demoId(name + ":points:" + steps.size());
        steps.add(byOwner(daysAgo, at -> new RecordMetricPoints(pilotId, batchId,
                IntStream.range(0, daily.length).mapToObj(day -> new MetricPoint(metric, new BigDecimal(daily[day]),
                        at.minus(Duration.ofHours(6)).minus(Duration.ofDays(daily.length - 1 - day)))).toList(), at)));
        return this;
    }

    DemoPilot authorize(int daysAgo, Posture posture, String capital, String rationale, String overrideJustification) {
        String requestId = demoId(name + ":request:" + steps.size());
        lastRequestId = requestId;
        steps.add(new Step("eve", EXECUTIVE, daysAgo, at -> new AuthorizeInvestment(pilotId, requestId, posture,
                Money.of(capital, DemoPortfolio.CURRENCY), "Bounded to the first business unit",
                "Parallel run with the existing process", rationale, overrideJustification, at)));
        return this;
    }

    /** The scale decision: Authorize Deployment with the production metrics it projects, for its 90-day review. */
    DemoPilot scaleDecision(int daysAgo, String capital, String rationale, KpiProjection... projections) {
        String requestId = demoId(name + ":request:" + steps.size());
        lastRequestId = requestId;
        steps.add(new Step("eve", EXECUTIVE, daysAgo, at -> new AuthorizeInvestment(pilotId, requestId,
                Posture.AUTHORIZE_DEPLOYMENT, Money.of(capital, DemoPortfolio.CURRENCY), "Every practice group",
                "Weekly production metrics to the portfolio board", rationale, null, at, List.of(projections))));
        return this;
    }

    /**
     * A monitoring batch of one production metric: a point a day, the last one {@code daysAgo} days before the load,
     * sent as the pilot's owner (the demo has no monitoring system).
     */
    DemoPilot monitored(int daysAgo, ProductionMetric metric, String... dailyValues) {
        String batchId = demoId(name + ":metrics:" + steps.size());
        steps.add(byOwner(daysAgo, at -> {
            List<MetricPoint> points = new ArrayList<>();
            for (int day = 0; day < dailyValues.length; day++) {
                points.add(new MetricPoint(metric, new BigDecimal(dailyValues[day]),
                        at.minus(Duration.ofDays(dailyValues.length - 1L - day))));
            }
            return new RecordMetricPoints(pilotId, batchId, points, at);
        }));
        return this;
    }

    /** A second executive approves the last authorization, which was above the four-eyes threshold. */
    DemoPilot approve(int daysAgo) {
        String requestId = lastRequestId;
        steps.add(new Step("ethan", EXECUTIVE, daysAgo, at -> new ApproveCapitalRequest(requestId, at)));
        return this;
    }

    /**
     * Daily production metrics from {@code fromDaysAgo} to {@code toDaysAgo}, each moving in a straight line from its
     * first value to its last, sent by the monitoring system in weekly batches as it would.
     */
    DemoPilot monitored(int fromDaysAgo, int toDaysAgo, Trend... trends) {
        int days = fromDaysAgo - toDaysAgo + 1;
        for (int batchEnd = fromDaysAgo - Math.min(6, days - 1); ; batchEnd = Math.max(toDaysAgo, batchEnd - 7)) {
            int sentDaysAgo = batchEnd;
            int firstOfBatch = Math.min(fromDaysAgo, batchEnd + 6);
            steps.add(new Step("monitor", "MONITOR", sentDaysAgo, at -> {
                List<MetricPoint> points = new ArrayList<>();
                for (int dayAgo = firstOfBatch; dayAgo >= sentDaysAgo; dayAgo--) {
                    Instant observed = at.minus(Duration.ofDays(dayAgo - sentDaysAgo));
                    for (Trend trend : trends) {
                        points.add(new MetricPoint(trend.metric(), trend.at(fromDaysAgo - dayAgo, days), observed));
                    }
                }
                return new RecordMetricPoints(pilotId, "demo-monitoring-" + sentDaysAgo, points, at);
            }));
            if (batchEnd == toDaysAgo) {
                return this;
            }
        }
    }

    /** One production metric moving in a straight line from its first daily value to its last. */
    record Trend(ProductionMetric metric, BigDecimal first, BigDecimal last) {

        static Trend of(ProductionMetric metric, String first, String last) {
            return new Trend(metric, new BigDecimal(first), new BigDecimal(last));
        }

        BigDecimal at(int day, int days) {
            if (days == 1) {
                return first;
            }
            BigDecimal step = last.subtract(first).multiply(BigDecimal.valueOf(day))
                    .divide(BigDecimal.valueOf(days - 1L), 10, RoundingMode.HALF_EVEN);
            return first.add(step).setScale(Math.max(first.scale(), last.scale()), RoundingMode.HALF_EVEN);
        }
    }

    /** A portfolio manager convenes a gate review naming the five stakeholder roles (seed 002). */
    DemoPilot gateReview(int daysAgo, Map<StakeholderRole, String> people) {
        lastReviewId = demoId(name + ":review:" + steps.size());
        String reviewId = lastReviewId;
        steps.add(new Step("pam", PORTFOLIO_MANAGER, daysAgo, at -> new ConveneGateReview(pilotId, reviewId, people,
                at)));
        return this;
    }

    /**
     * The portfolio manager records one role's assessment of the open review on the person's behalf: every signal
     * Confirmed but the one given, with the evidence heard in the review.
     */
    DemoPilot assessed(int daysAgo, StakeholderRole role, ScaleReadinessSignal except, SignalStatus status,
                       String evidence) {
        String reviewId = lastReviewId;
        List<SignalAssessment> assessments = Arrays.stream(ScaleReadinessSignal.values())
                .map(signal -> signal == except ? new SignalAssessment(signal, status, evidence)
                        : new SignalAssessment(signal, SignalStatus.CONFIRMED, "Confirmed in the review: " + evidence))
                .toList();
        steps.add(new Step("pam", PORTFOLIO_MANAGER, daysAgo, at -> new AssessScaleReadiness(pilotId, reviewId, role,
                assessments, at)));
        return this;
    }

    /** The review concludes; a Conditional signal's gap-closure plan falls due some days after the conclusion. */
    DemoPilot concluded(int daysAgo, ScaleReadinessSignal planned, String action, String owner, int dueInDays,
                        String investment) {
        String reviewId = lastReviewId;
        String planId = demoId(name + ":plan:" + steps.size());
        steps.add(new Step("pam", PORTFOLIO_MANAGER, daysAgo, at -> new ConcludeGateReview(pilotId, reviewId,
                planned == null ? List.of() : List.of(new GapClosurePlan(planId, planned, action, owner,
                        at.plus(Duration.ofDays(dueInDays)), Money.of(investment, DemoPortfolio.CURRENCY))), at)));
        return this;
    }

    DemoPilot pause(int daysAgo, String reason) {
        steps.add(new Step("pam", PORTFOLIO_MANAGER, daysAgo, at -> new PausePilot(pilotId, reason, at)));
        return this;
    }

    DemoPilot kill(int daysAgo, String reason) {
        steps.add(new Step("pam", PORTFOLIO_MANAGER, daysAgo, at -> new KillPilot(pilotId, reason, at)));
        return this;
    }
}
