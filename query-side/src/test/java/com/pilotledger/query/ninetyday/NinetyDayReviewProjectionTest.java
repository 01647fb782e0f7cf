package com.pilotledger.query.ninetyday;

import com.pilotledger.api.metric.KpiProjection;
import com.pilotledger.api.ninetyday.FindNinetyDayReview;
import com.pilotledger.api.ninetyday.KpiOutcome;
import com.pilotledger.api.ninetyday.NinetyDayReviewCompleted;
import com.pilotledger.api.ninetyday.NinetyDayReviewDue;
import com.pilotledger.api.ninetyday.NinetyDayReviewOverdue;
import com.pilotledger.api.ninetyday.NinetyDayReviewScheduled;
import com.pilotledger.api.ninetyday.NinetyDayReviewStatus;
import com.pilotledger.api.ninetyday.NinetyDayReviewView;
import com.pilotledger.api.ninetyday.ReviewFinding;
import com.pilotledger.query.support.ProjectedHistory;
import com.pilotledger.query.support.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.pilotledger.api.metric.ProductionMetric.COST_PER_TASK;
import static com.pilotledger.api.metric.ProductionMetric.TASK_COMPLETION_RATE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 90-day review read model on the application's own migrations (H2 in PostgreSQL mode): a review moves from
 * scheduled to completed and never back, shows its projections and, once completed, what production measured; an event
 * delivered twice, and a reset followed by a replay.
 */
class NinetyDayReviewProjectionTest {

    private static final String PILOT = "pilot-1";
    private static final Instant AUTHORIZED = Instant.parse("2026-01-05T09:00:00Z");

    private ProjectedHistory history;
    private NinetyDayReviewQueries queries;

    @BeforeEach
    void createTables() {
        JdbcClient jdbc = new ReadModelDatabase().jdbcClient();
        history = new ProjectedHistory(new NinetyDayReviewProjection(jdbc), jdbc, "ninety_day_review",
                "ninety_day_review_kpi");
        queries = new NinetyDayReviewQueries(jdbc);
    }

    @Test
    void aScheduledReviewShowsItsProjectionsAndNoOutcomeYet() {
        history.project(scheduled("request-1", AUTHORIZED));
        history.project(new NinetyDayReviewDue(PILOT, "request-1", at(90), at(104)));

        NinetyDayReviewView review = review();

        assertThat(review.status()).isEqualTo(NinetyDayReviewStatus.DUE);
        assertThat(review.projections()).containsExactly(new KpiProjection(COST_PER_TASK, new BigDecimal("0.4")),
                new KpiProjection(TASK_COMPLETION_RATE, new BigDecimal("95")));
        assertThat(review.outcomes()).isEmpty();
        assertThat(review.flaggedOverdue()).isFalse();
    }

    @Test
    void aCompletedReviewShowsWhatProductionMeasuredAndALateOverdueDoesNotReopenIt() {
        history.project(scheduled("request-1", AUTHORIZED));
        history.project(new NinetyDayReviewDue(PILOT, "request-1", at(90), at(104)));
        history.project(completed("request-1"));
        history.project(new NinetyDayReviewOverdue(PILOT, "request-1", at(90), at(104)));
        history.project(new NinetyDayReviewDue(PILOT, "request-1", at(90), at(104)));

        NinetyDayReviewView review = review();

        assertThat(review.status()).isEqualTo(NinetyDayReviewStatus.COMPLETED);
        assertThat(review.flaggedOverdue()).isTrue();
        assertThat(review.finding()).isEqualTo(ReviewFinding.NOT_BORNE_OUT);
        assertThat(review.conclusion()).isEqualTo("Cost held; completion fell short");
        assertThat(review.outcomes()).containsExactly(
                new KpiOutcome(COST_PER_TASK, new BigDecimal("0.4"), new BigDecimal("0.38"), true),
                new KpiOutcome(TASK_COMPLETION_RATE, new BigDecimal("95"), new BigDecimal("91.5"), false));
    }

    @Test
    void thePilotsReviewIsThatOfItsLatestScaleDecision() {
        history.project(scheduled("request-1", AUTHORIZED));
        history.project(scheduled("request-2", at(10)));

        assertThat(review().requestId()).isEqualTo("request-2");
        assertThat(queries.find(new FindNinetyDayReview("pilot-2"))).isEmpty();
    }

    @Test
    void everyEventDeliveredTwiceChangesNothing() {
        wholeReview();
        history.assertRedeliveryChangesNothing();
    }

    @Test
    void aResetAndAReplayRebuildTheSameRows() {
        wholeReview();
        history.assertResetAndReplayRebuildTheSameRows();
    }

    private void wholeReview() {
        history.project(scheduled("request-1", AUTHORIZED));
        history.project(new NinetyDayReviewDue(PILOT, "request-1", at(90), at(104)));
        history.project(new NinetyDayReviewOverdue(PILOT, "request-1", at(90), at(104)));
        history.project(completed("request-1"));
    }

    private NinetyDayReviewView review() {
        return queries.find(new FindNinetyDayReview(PILOT)).orElseThrow();
    }

    private static NinetyDayReviewScheduled scheduled(String requestId, Instant authorizedAt) {
        return new NinetyDayReviewScheduled(PILOT, requestId, List.of(
                new KpiProjection(TASK_COMPLETION_RATE, new BigDecimal("95")),
                new KpiProjection(COST_PER_TASK, new BigDecimal("0.40"))), authorizedAt,
                authorizedAt.plus(Duration.ofDays(90)), authorizedAt.plus(Duration.ofDays(104)));
    }

    private static NinetyDayReviewCompleted completed(String requestId) {
        return new NinetyDayReviewCompleted(PILOT, requestId, List.of(
                new KpiOutcome(TASK_COMPLETION_RATE, new BigDecimal("95"), new BigDecimal("91.5"), false),
                new KpiOutcome(COST_PER_TASK, new BigDecimal("0.40"), new BigDecimal("0.38"), true)),
                ReviewFinding.NOT_BORNE_OUT, at(75), at(105), "Cost held; completion fell short", "ada", at(105));
    }

    private static Instant at(int day) {
        return AUTHORIZED.plus(Duration.ofDays(day));
    }
}
