package com.pilotledger.app.demo;

import com.pilotledger.api.capital.ApproveCapitalRequest;
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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * One pilot of the demo portfolio and the history it goes through: each step is a real command, stamped with a
 * business time some days before the load, and sent as the demo user who would have taken it, with that user's role.
 */
final class DemoPilot {

    private static final String EXECUTIVE = "EXECUTIVE";
    private static final String PORTFOLIO_MANAGER = "PORTFOLIO_MANAGER";

    /** A command of the script, who sends it with which role, and how many days before the load it happened. */
    record Step(String actor, String role, int daysAgo, Function<Instant, Object> command) {
    }

    private final String name;
    private final String pilotId;
    private final List<Step> steps = new ArrayList<>();
    private String lastRequestId;
    private String lastReviewId;

    DemoPilot(String name, String businessUnit, String sponsor, String owner, String problem, String baseline,
              String target, String requestedCapital, String killCriteria, int registeredDaysAgo) {
        this.name = name;
        this.pilotId = demoId(name);
        steps.add(new Step("pam", PORTFOLIO_MANAGER, registeredDaysAgo, at -> new RegisterPilot(pilotId, name, businessUnit, sponsor,
                owner, problem, baseline, target, Money.of(requestedCapital, DemoPortfolio.CURRENCY), killCriteria, at)));
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
        steps.add(new Step("owen", "PILOT_OWNER", daysAgo, at -> new RecordSignal(pilotId, domain, level, evidence,
                "Gate review", at.minus(Duration.ofDays(1)), metric, at)));
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

    /** A second executive approves the last authorization, which was above the four-eyes threshold. */
    DemoPilot approve(int daysAgo) {
        String requestId = lastRequestId;
        steps.add(new Step("ethan", EXECUTIVE, daysAgo, at -> new ApproveCapitalRequest(requestId, at)));
        return this;
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
