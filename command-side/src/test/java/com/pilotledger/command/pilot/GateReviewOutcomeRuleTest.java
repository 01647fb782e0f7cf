package com.pilotledger.command.pilot;

import com.pilotledger.api.money.Money;
import com.pilotledger.api.review.GapClosurePlan;
import com.pilotledger.api.review.GateReviewOutcome;
import com.pilotledger.api.review.ScaleReadinessSignal;
import com.pilotledger.api.review.SignalAssessment;
import com.pilotledger.api.review.SignalStatus;
import com.pilotledger.api.pilot.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static com.pilotledger.api.review.ScaleReadinessSignal.DATA_INFRASTRUCTURE_READY;
import static com.pilotledger.api.review.ScaleReadinessSignal.END_USERS_PREPARED;
import static com.pilotledger.api.review.SignalStatus.CONDITIONAL;
import static com.pilotledger.api.review.SignalStatus.CONFIRMED;
import static com.pilotledger.api.review.SignalStatus.FAILED;
import static org.assertj.core.api.Assertions.assertThat;

class GateReviewOutcomeRuleTest {

    private static final Instant CONCLUDED = Instant.parse("2026-04-03T09:00:00Z");
    private static final ScaleReadinessSignal[] SIGNALS = ScaleReadinessSignal.values();

    /** All 3^5 combinations of the five signals' statuses, each checked against the article's three sentences. */
    @Test
    void everyCombinationOfStatusesLeadsToTheOutcomeTheArticleGives() {
        int combinations = (int) Math.pow(3, SIGNALS.length);
        for (int code = 0; code < combinations; code++) {
            Map<ScaleReadinessSignal, SignalStatus> statuses = new EnumMap<>(ScaleReadinessSignal.class);
            int rest = code;
            for (ScaleReadinessSignal signal : SIGNALS) {
                statuses.put(signal, SignalStatus.values()[rest % 3]);
                rest /= 3;
            }
            GateReviewOutcome expected = statuses.containsValue(FAILED) ? GateReviewOutcome.SCALE_DISCUSSION_PAUSED
                    : statuses.containsValue(CONDITIONAL) ? GateReviewOutcome.CONTINUE_IN_PRE_PRODUCTION
                    : GateReviewOutcome.PROCEED;
            assertThat(GateReviewOutcomeRule.outcome(statuses)).as(statuses.toString()).isEqualTo(expected);
        }
    }

    @Test
    void allConfirmedProceeds() {
        assertThat(GateReviewOutcomeRule.outcome(all(CONFIRMED))).isEqualTo(GateReviewOutcome.PROCEED);
    }

    @Test
    void oneConditionalAmongConfirmedContinuesInPreProduction() {
        Map<ScaleReadinessSignal, SignalStatus> statuses = all(CONFIRMED);
        statuses.put(END_USERS_PREPARED, CONDITIONAL);
        assertThat(GateReviewOutcomeRule.outcome(statuses)).isEqualTo(GateReviewOutcome.CONTINUE_IN_PRE_PRODUCTION);
    }

    @Test
    void oneFailedPausesTheScaleDiscussionWhateverTheOthersSay() {
        Map<ScaleReadinessSignal, SignalStatus> statuses = all(CONDITIONAL);
        statuses.put(DATA_INFRASTRUCTURE_READY, FAILED);
        assertThat(GateReviewOutcomeRule.outcome(statuses)).isEqualTo(GateReviewOutcome.SCALE_DISCUSSION_PAUSED);
    }

    @Test
    void eachSignalTakesTheMostSevereStatusAnyRoleGaveIt() {
        Map<ScaleReadinessSignal, SignalStatus> sponsor = all(CONFIRMED);
        Map<ScaleReadinessSignal, SignalStatus> operations = all(CONFIRMED);
        operations.put(END_USERS_PREPARED, CONDITIONAL);
        Map<ScaleReadinessSignal, SignalStatus> technology = all(CONDITIONAL);
        technology.put(END_USERS_PREPARED, CONFIRMED);
        technology.put(DATA_INFRASTRUCTURE_READY, FAILED);

        Map<ScaleReadinessSignal, SignalStatus> combined = GateReviewOutcomeRule.signalStatuses(
                List.of(assessments(sponsor), assessments(operations), assessments(technology)));

        Map<ScaleReadinessSignal, SignalStatus> expected = all(CONDITIONAL);
        expected.put(DATA_INFRASTRUCTURE_READY, FAILED);
        assertThat(combined).isEqualTo(expected);
    }

    @Test
    void aReviewThatContinuesNeedsOnePlanPerConditionalSignalAndNoOther() {
        Map<ScaleReadinessSignal, SignalStatus> statuses = all(CONFIRMED);
        statuses.put(END_USERS_PREPARED, CONDITIONAL);
        statuses.put(DATA_INFRASTRUCTURE_READY, CONDITIONAL);
        GapClosurePlan users = plan(END_USERS_PREPARED, Instant.parse("2026-05-01T00:00:00Z"));
        GapClosurePlan data = plan(DATA_INFRASTRUCTURE_READY, Instant.parse("2026-05-01T00:00:00Z"));

        assertThat(GateReviewOutcomeRule.plansCover(statuses, List.of(users, data), CONCLUDED).code()).isNull();
        assertThat(GateReviewOutcomeRule.plansCover(statuses, List.of(users), CONCLUDED).code())
                .isEqualTo(ErrorCode.GAP_CLOSURE_PLAN_REQUIRED);
        assertThat(GateReviewOutcomeRule.plansCover(statuses, List.of(users, users), CONCLUDED).code())
                .isEqualTo(ErrorCode.GAP_CLOSURE_PLAN_REQUIRED);
        assertThat(GateReviewOutcomeRule.plansCover(all(CONFIRMED), List.of(users), CONCLUDED).code())
                .isEqualTo(ErrorCode.GAP_CLOSURE_PLAN_REQUIRED);
    }

    @Test
    void aPausedReviewTakesNoPlanEvenForItsConditionalSignals() {
        Map<ScaleReadinessSignal, SignalStatus> statuses = all(CONDITIONAL);
        statuses.put(DATA_INFRASTRUCTURE_READY, FAILED);
        assertThat(GateReviewOutcomeRule.plansCover(statuses, List.of(), CONCLUDED).code()).isNull();
    }

    @Test
    void aPlanDueBeforeTheConclusionOrWithoutAnOwnerIsRefused() {
        Map<ScaleReadinessSignal, SignalStatus> statuses = all(CONFIRMED);
        statuses.put(END_USERS_PREPARED, CONDITIONAL);
        assertThat(GateReviewOutcomeRule.plansCover(statuses, List.of(plan(END_USERS_PREPARED, CONCLUDED)),
                CONCLUDED).code()).isEqualTo(ErrorCode.GAP_CLOSURE_PLAN_REQUIRED);
        GapClosurePlan ownerless = new GapClosurePlan("plan-1", END_USERS_PREPARED, "Train", " ",
                Instant.parse("2026-05-01T00:00:00Z"), Money.of("0.00", "USD"));
        assertThat(GateReviewOutcomeRule.plansCover(statuses, List.of(ownerless), CONCLUDED).code())
                .isEqualTo(ErrorCode.GAP_CLOSURE_PLAN_REQUIRED);
    }

    private static GapClosurePlan plan(ScaleReadinessSignal signal, Instant dueAt) {
        return new GapClosurePlan("plan-" + signal, signal, "Close the gap", "Chris Change", dueAt,
                Money.of("10000.00", "USD"));
    }

    private static Map<ScaleReadinessSignal, SignalStatus> all(SignalStatus status) {
        Map<ScaleReadinessSignal, SignalStatus> statuses = new EnumMap<>(ScaleReadinessSignal.class);
        for (ScaleReadinessSignal signal : SIGNALS) {
            statuses.put(signal, status);
        }
        return statuses;
    }

    private static List<SignalAssessment> assessments(Map<ScaleReadinessSignal, SignalStatus> statuses) {
        List<SignalAssessment> assessments = new ArrayList<>();
        statuses.forEach((signal, status) -> assessments.add(new SignalAssessment(signal, status, "evidence")));
        return assessments;
    }
}
