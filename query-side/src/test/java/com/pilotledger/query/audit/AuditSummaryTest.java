package com.pilotledger.query.audit;

import com.pilotledger.api.capital.ApprovalWindowSet;
import com.pilotledger.api.pilot.PilotPaused;
import com.pilotledger.api.pilot.Posture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

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
}
