package com.pilotledger.app.projection;

import com.pilotledger.app.projection.RecentlyCommitted.CommittedSegment;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class ReadYourWritesTest {

    private static final long POSITION = 12;
    private static final Segment[] FOUR = Segment.computeSegments(0, 1, 2, 3);
    private static final EventMessage<?> PILOT_7_EVENT = GenericEventMessage.asEventMessage("signal recorded");
    /** A projection: the event goes to the one segment its pilot's id falls in. */
    private static final EventHandlerInvoker PROJECTION = SimpleEventHandlerInvoker.builder()
            .eventHandlers(new Object() {
                @EventHandler
                void on(String event) {
                }
            })
            .sequencingPolicy(event -> "pilot-7")
            .build();
    /** As Axon's saga manager answers: every segment takes the event, to look for its own sagas associated with it. */
    private static final EventHandlerInvoker SAGA = new EventHandlerInvoker() {
        @Override
        public boolean canHandle(EventMessage<?> eventMessage, Segment segment) {
            return true;
        }

        @Override
        public void handle(EventMessage<?> message, Segment segment) {
        }
    };

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

    @Test
    void onlyTheSegmentHeldElsewhereWhoseMaskMatchesTheEventIsWaitedFor() {
        Segment pilots = Arrays.stream(FOUR).filter(segment -> segment.matches("pilot-7")).findFirst().orElseThrow();

        assertThat(ReadYourWrites.committedElsewhere(PROJECTION, PILOT_7_EVENT, POSITION,
                segments(segment -> segment.equals(pilots) ? past() : behind())))
                .as("the others, idle and behind, never see the event").isTrue();
        assertThat(ReadYourWrites.committedElsewhere(PROJECTION, PILOT_7_EVENT, POSITION,
                segments(segment -> segment.equals(pilots) ? behind() : past())))
                .as("the one that handles it is behind").isFalse();
    }

    @Test
    void theSegmentThatHandlesTheEventCountsOnlyWhileAnotherInstanceHoldsIt() {
        List<CommittedSegment> unclaimed = Arrays.stream(FOUR)
                .map(segment -> new CommittedSegment(segment, false, past())).toList();
        assertThat(ReadYourWrites.committedElsewhere(PROJECTION, PILOT_7_EVENT, POSITION, unclaimed))
                .as("a processor stopped everywhere, its tokens left past the event").isFalse();
        assertThat(ReadYourWrites.committedElsewhere(PROJECTION, PILOT_7_EVENT, POSITION, List.of()))
                .as("a processor that never started").isFalse();
    }

    @Test
    void aSagasEventIsWaitedForInEverySegment() {
        assertThat(ReadYourWrites.committedElsewhere(SAGA, PILOT_7_EVENT, POSITION, segments(segment -> past())))
                .isTrue();
        assertThat(ReadYourWrites.committedElsewhere(SAGA, PILOT_7_EVENT, POSITION,
                segments(segment -> segment.getSegmentId() == 3 ? behind() : past()))).isFalse();
    }

    private static List<CommittedSegment> segments(Function<Segment, GapAwareTrackingToken> tokens) {
        return Arrays.stream(FOUR).map(segment -> new CommittedSegment(segment, true, tokens.apply(segment))).toList();
    }

    private static GapAwareTrackingToken past() {
        return GapAwareTrackingToken.newInstance(POSITION + 5, List.of());
    }

    private static GapAwareTrackingToken behind() {
        return GapAwareTrackingToken.newInstance(POSITION - 1, List.of());
    }
}
