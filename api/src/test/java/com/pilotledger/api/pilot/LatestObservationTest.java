package com.pilotledger.api.pilot;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LatestObservationTest {

    private static final Instant FEB_5 = Instant.parse("2026-02-05T09:00:00Z");
    private static final Instant FEB_20 = Instant.parse("2026-02-20T09:00:00Z");

    @Test
    void theFirstReadingOfADomainCounts() {
        assertThat(LatestObservation.supersedes(FEB_5, null)).isTrue();
    }

    @Test
    void aNewerObservationSupersedesAnOlderOne() {
        assertThat(LatestObservation.supersedes(FEB_20, FEB_5)).isTrue();
    }

    @Test
    void anOlderObservationRecordedLateDoesNotSupersedeANewerOne() {
        assertThat(LatestObservation.supersedes(FEB_5, FEB_20)).isFalse();
    }

    @Test
    void betweenObservationsOfTheSameInstantTheLaterRecordingCounts() {
        assertThat(LatestObservation.supersedes(FEB_5, FEB_5)).isTrue();
    }

    @Test
    void aSignalStoredWithoutAnObservationTimeCountsAsObservedWhenRecorded() {
        SignalRecorded early = signal(null, FEB_20);
        assertThat(LatestObservation.observedAt(early)).isEqualTo(FEB_20);
        assertThat(LatestObservation.observedAt(signal(FEB_5, FEB_20))).isEqualTo(FEB_5);
    }

    private static SignalRecorded signal(Instant observedAt, Instant recordedAt) {
        return new SignalRecorded("pilot-1", StabilizationDomain.OPERATIONAL_OWNERSHIP, ReadinessLevel.ESTABLISHED,
                "Service owns it", null, observedAt, null, "owen", recordedAt);
    }
}
