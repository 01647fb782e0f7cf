package com.pilotledger.query.review;

import com.pilotledger.api.money.Money;
import com.pilotledger.api.review.FindGateReviewStandings;
import com.pilotledger.api.review.FindGateReviews;
import com.pilotledger.api.review.GapClosurePlan;
import com.pilotledger.api.review.GapClosurePlanCompleted;
import com.pilotledger.api.review.GapClosurePlanOverdue;
import com.pilotledger.api.review.GapClosurePlanView;
import com.pilotledger.api.review.GateReviewConcluded;
import com.pilotledger.api.review.GateReviewConvened;
import com.pilotledger.api.review.GateReviewOutcome;
import com.pilotledger.api.review.GateReviewStanding;
import com.pilotledger.api.review.GateReviewView;
import com.pilotledger.api.review.GateReviews;
import com.pilotledger.api.review.ScaleReadinessAssessed;
import com.pilotledger.api.review.ScaleReadinessSignal;
import com.pilotledger.api.review.SignalAssessment;
import com.pilotledger.api.review.SignalStatus;
import com.pilotledger.api.review.StakeholderRole;
import com.pilotledger.query.support.ProjectedHistory;
import com.pilotledger.query.support.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static com.pilotledger.api.review.ScaleReadinessSignal.BUSINESS_KPIS_VALIDATED;
import static com.pilotledger.api.review.ScaleReadinessSignal.END_USERS_PREPARED;
import static com.pilotledger.api.review.SignalStatus.CONDITIONAL;
import static com.pilotledger.api.review.SignalStatus.CONFIRMED;
import static com.pilotledger.api.review.StakeholderRole.EXECUTIVE_SPONSOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gate review read model on the application's own migrations (H2 in PostgreSQL mode): a pilot's reviews with each
 * role's latest assessment, the conclusion's signal statuses and missing roles, the gap-closure plans, the board's
 * standings, an event delivered twice, and a reset followed by a replay.
 */
class GateReviewProjectionTest {

    private static final String PILOT = "pilot-1";
    private static final Instant T0 = Instant.parse("2026-05-04T09:00:00Z");

    private ProjectedHistory history;
    private GateReviewQueries queries;

    @BeforeEach
    void createTables() {
        JdbcClient jdbc = new ReadModelDatabase().jdbcClient();
        history = new ProjectedHistory(new GateReviewProjection(jdbc), jdbc, "gate_review", "gate_review_assessment",
                "gap_closure_plan");
        queries = new GateReviewQueries(jdbc);
    }

    @Test
    void anOpenReviewShowsEachRolesLatestAssessment() {
        history.project(convened("review-1"));
        history.project(assessed("review-1", SignalStatus.FAILED, "First look", at(1)));
        history.project(assessed("review-1", CONFIRMED, "Checked; with=separators, and \"quotes\"", at(2)));

        GateReviews reviews = queries.find(new FindGateReviews(PILOT));

        GateReviewView review = reviews.open();
        assertThat(review.participants()).containsEntry(EXECUTIVE_SPONSOR, "Sam Sponsor");
        assertThat(review.assessments()).hasSize(ScaleReadinessSignal.values().length)
                .allMatch(assessment -> assessment.status() == CONFIRMED);
        assertThat(review.cell(EXECUTIVE_SPONSOR, END_USERS_PREPARED).evidence())
                .isEqualTo("Checked; with=separators, and \"quotes\"");
        assertThat(review.signals()).isEmpty();
        assertThat(review.rolesNotAssessed()).isEmpty();
        assertThat(queries.find(new FindGateReviewStandings(List.of(PILOT, "pilot-2"))).byPilot())
                .containsOnlyKeys(PILOT).containsEntry(PILOT, new GateReviewStanding(PILOT, true, null, false));
    }

    /** All five signals and the four roles that did not assess: the longest conclusion, within its columns. */
    @Test
    void aConcludedReviewKeepsEverySignalsStatusTheRolesThatDidNotAssessAndItsPlans() {
        Map<ScaleReadinessSignal, SignalStatus> signals = new EnumMap<>(ScaleReadinessSignal.class);
        Arrays.stream(ScaleReadinessSignal.values()).forEach(signal -> signals.put(signal, CONFIRMED));
        signals.put(BUSINESS_KPIS_VALIDATED, CONDITIONAL);
        List<StakeholderRole> notAssessed = Arrays.stream(StakeholderRole.values()).toList();
        history.project(convened("review-1"));
        history.project(concluded("review-1", signals, notAssessed));
        history.project(new GapClosurePlanOverdue(PILOT, "review-1", "plan-1", BUSINESS_KPIS_VALIDATED, "Owen",
                at(30)));

        GateReviews reviews = queries.find(new FindGateReviews(PILOT));

        GateReviewView review = reviews.reviews().get(0);
        assertThat(review.outcome()).isEqualTo(GateReviewOutcome.CONTINUE_IN_PRE_PRODUCTION);
        assertThat(review.signals()).isEqualTo(signals);
        assertThat(review.rolesNotAssessed()).isEqualTo(notAssessed);
        assertThat(reviews.plans()).singleElement().satisfies(plan -> {
            assertThat(plan.action()).isEqualTo("Validate; with=real, data");
            assertThat(plan.overdue()).isTrue();
            assertThat(plan.completedAt()).isNull();
        });
        assertThat(queries.find(new FindGateReviewStandings(List.of(PILOT))).of(PILOT)).isEqualTo(
                new GateReviewStanding(PILOT, false, GateReviewOutcome.CONTINUE_IN_PRE_PRODUCTION, true));

        history.project(new GapClosurePlanCompleted(PILOT, "review-1", "plan-1", "Validated", "owen", at(31)));

        GapClosurePlanView completed = queries.find(new FindGateReviews(PILOT)).plans().get(0);
        assertThat(completed.completedAt()).isEqualTo(at(31));
        assertThat(completed.completionEvidence()).isEqualTo("Validated");
        assertThat(queries.find(new FindGateReviewStandings(List.of(PILOT))).of(PILOT).gapClosurePlanOverdue())
                .as("a completed plan is overdue no more").isFalse();
    }

    @Test
    void everyEventDeliveredTwiceChangesNothing() {
        fullReview();
        history.assertRedeliveryChangesNothing();
    }

    @Test
    void aResetAndAReplayRebuildTheSameRows() {
        fullReview();
        history.assertResetAndReplayRebuildTheSameRows();
    }

    private void fullReview() {
        history.project(convened("review-1"));
        history.project(assessed("review-1", CONDITIONAL, "Partly", at(1)));
        history.project(concluded("review-1", Map.of(BUSINESS_KPIS_VALIDATED, CONDITIONAL, END_USERS_PREPARED,
                CONFIRMED), List.of(StakeholderRole.TECHNOLOGY_LEAD)));
        history.project(new GapClosurePlanOverdue(PILOT, "review-1", "plan-1", BUSINESS_KPIS_VALIDATED, "Owen",
                at(30)));
        history.project(new GapClosurePlanCompleted(PILOT, "review-1", "plan-1", "Validated", "owen", at(31)));
    }

    private static GateReviewConvened convened(String reviewId) {
        Map<StakeholderRole, String> participants = new EnumMap<>(StakeholderRole.class);
        for (StakeholderRole role : StakeholderRole.values()) {
            participants.put(role, role == EXECUTIVE_SPONSOR ? "Sam Sponsor" : role.name());
        }
        return new GateReviewConvened(PILOT, reviewId, participants, "pam", T0);
    }

    private static ScaleReadinessAssessed assessed(String reviewId, SignalStatus status, String evidence,
                                                   Instant at) {
        List<SignalAssessment> assessments = Arrays.stream(ScaleReadinessSignal.values())
                .map(signal -> new SignalAssessment(signal, status, evidence)).toList();
        return new ScaleReadinessAssessed(PILOT, reviewId, EXECUTIVE_SPONSOR, "Sam Sponsor", assessments, "pam", at);
    }

    private static GateReviewConcluded concluded(String reviewId, Map<ScaleReadinessSignal, SignalStatus> signals,
                                                 List<StakeholderRole> notAssessed) {
        GapClosurePlan plan = new GapClosurePlan("plan-1", BUSINESS_KPIS_VALIDATED, "Validate; with=real, data",
                "Owen", at(30), Money.of("2500.00", "USD"));
        return new GateReviewConcluded(PILOT, reviewId, GateReviewOutcome.CONTINUE_IN_PRE_PRODUCTION, signals,
                List.of(plan), notAssessed, "pam", at(3));
    }

    private static Instant at(int day) {
        return T0.plus(Duration.ofDays(day));
    }
}
