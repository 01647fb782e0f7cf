package com.pilotledger.app.projection;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReadYourWritesTest {

    @Test
    void aTokenPastThePositionHasProcessedTheEventThere() {
        assertThat(ReadYourWrites.passed(GapAwareTrackingToken.newInstance(12, List.of()), 12)).isTrue();
        assertThat(ReadYourWrites.passed(GapAwareTrackingToken.newInstance(11, List.of()), 12)).isFalse();
    }

    @Test
    void aGapAtThePositionIsAnEventStillToProcessButOtherGapsBelowItAreSomeoneElses() {
        assertThat(ReadYourWrites.passed(GapAwareTrackingToken.newInstance(20, List.of(12L)), 12)).isFalse();
        assertThat(ReadYourWrites.passed(GapAwareTrackingToken.newInstance(20, List.of(7L, 15L)), 12)).isTrue();
    }

    @Test
    void aStoreWithoutGapsCountsByPositionAndAReplayByWhereItIsNow() {
        assertThat(ReadYourWrites.passed(new GlobalSequenceTrackingToken(12), 12)).isTrue();
        assertThat(ReadYourWrites.passed(new GlobalSequenceTrackingToken(11), 12)).isFalse();
        assertThat(ReadYourWrites.passed(ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(30, List.of()),
                GapAwareTrackingToken.newInstance(10, List.of())), 12)).isFalse();
        assertThat(ReadYourWrites.passed(null, 12)).isFalse();
    }
}
