package com.pilotledger.query.audit;

import com.pilotledger.api.capital.ApprovalWindowSet;
import com.pilotledger.api.metric.MetricPoint;
import com.pilotledger.api.metric.MetricPointsRecorded;
import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.api.ninetyday.KpiOutcome;
import com.pilotledger.api.ninetyday.NinetyDayReviewCompleted;
import com.pilotledger.api.ninetyday.ReviewFinding;
import com.pilotledger.api.pilot.PilotPaused;
import com.pilotledger.api.pilot.Posture;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditSummaryTest {

    @Test
    void anApprovalWindowReadsInHoursNotInIsoNotation() {
        String summary = AuditSummary.of(new ApprovalWindowSet(Duration.ofHours(72), null,
                "Initial decision rights from configuration", "system", Instant.parse("2026-01-31T09:00:00Z")));

        assertThat(summary).isEqualTo("Requests expire when not decided within 72 hours: Initial decision rights from "
                + "configuration");
    }

    @Test
    void aDurationReadsInTheLargestWholeUnit() {
        assertThat(AuditSummary.duration(Duration.ofHours(1))).isEqualTo("1 hour");
        assertThat(AuditSummary.duration(Duration.ofHours(8760))).isEqualTo("8760 hours");
        assertThat(AuditSummary.duration(Duration.ofMinutes(90))).isEqualTo("90 minutes");
        assertThat(AuditSummary.duration(Duration.ofSeconds(61))).isEqualTo("61 seconds");
        assertThat(AuditSummary.duration(Duration.ZERO)).isEqualTo("0 seconds");
    }

    @Test
    void aSentenceQuotingAReasonAtTheInputLimitIsShortenedToTheColumnWithAnEllipsis() {
        String reason = "r".repeat(4000);

        String summary = AuditSummary.of(new PilotPaused("pilot-1", reason, Posture.CONTROLLED_INVESTMENT, "pam",
                Instant.parse("2026-01-31T09:00:00Z")));

        assertThat(summary).hasSize(AuditSummary.MAX_LENGTH).startsWith("Paused (from Controlled Investment): rrr")
                .endsWith("r…");
    }

    @Test
    void aCompletedNinetyDayReviewSaysWhoFoundWhatForEachProjectionAndTheirConclusion() {
        Instant completed = Instant.parse("2026-06-10T09:00:00Z");

        String summary = AuditSummary.of(new NinetyDayReviewCompleted("pilot-1", "request-1", List.of(
                new KpiOutcome(ProductionMetric.OUTPUT_QUALITY_SCORE, new BigDecimal("85"), new BigDecimal("81"),
                        false),
                new KpiOutcome(ProductionMetric.COST_PER_TASK, new BigDecimal("0.40"), null, false)),
                ReviewFinding.NOT_BORNE_OUT, completed.minus(Duration.ofDays(28)), completed, "Adoption stalled", "pam",
                completed));

        assertThat(summary).isEqualTo("90-day review completed by pam. Not borne out: some KPI projections are not "
                + "materializing at production scale (Output quality score 85 points projected, 81 measured: not met; "
                + "Cost per task 0.40 projected, not measured: not met). Conclusion: Adoption stalled");
    }

    @Test
    void aSentenceThatFitsIsKeptWhole() {
        String sentence = "x".repeat(AuditSummary.MAX_LENGTH);

        assertThat(AuditSummary.shortened(sentence)).isEqualTo(sentence);
    }

    @Test
    void shorteningNeverSplitsASurrogatePair() {
        String sentence = "x".repeat(AuditSummary.MAX_LENGTH - 2) + "😀".repeat(10);

        String shortened = AuditSummary.shortened(sentence);

        assertThat(shortened.length()).isLessThanOrEqualTo(AuditSummary.MAX_LENGTH);
        assertThat(shortened).endsWith("x…");
        assertThat(shortened.codePoints().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
    }

    @Test
    void aBatchOfMetricPointsSaysHowManyOverWhichPeriodAndTheLatestValueOfEachMetric() {
        Instant first = Instant.parse("2026-10-01T09:00:00Z");
        Instant last = Instant.parse("2026-10-02T09:00:00Z");
        MetricPointsRecorded batch = new MetricPointsRecorded("pilot-1", "run-7", List.of(
                new MetricPoint(ProductionMetric.TASK_COMPLETION_RATE, new BigDecimal("94"), first),
                new MetricPoint(ProductionMetric.TASK_COMPLETION_RATE, new BigDecimal("79.5"), last),
                new MetricPoint(ProductionMetric.COST_PER_TASK, new BigDecimal("0.42"), first)), "monitor", last);

        assertThat(AuditSummary.of(batch)).isEqualTo("Recorded 3 production metric points (batch run-7), observed "
                + "2026-10-01T09:00:00Z to 2026-10-02T09:00:00Z; latest: Task completion rate 79.5 %, Cost per task "
                + "0.42 currency");
    }
}
