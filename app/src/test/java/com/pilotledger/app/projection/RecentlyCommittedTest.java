package com.pilotledger.app.projection;

import com.pilotledger.app.projection.RecentlyCommitted.CommittedSegment;
import com.pilotledger.app.projection.RecentlyCommitted.TokenRow;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RecentlyCommittedTest {

    private static final Duration INTERVAL = Duration.ofMillis(2);

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void oneReadOfTheTokenStoreServesEveryCommandWaitingWithinTheInterval() throws Exception {
        CountDownLatch readStarted = new CountDownLatch(1);
        RecentlyCommitted committed = new RecentlyCommitted(processor -> {
            reads.incrementAndGet();
            readStarted.countDown();
            sleep(200);
            return fourSegments();
        }, INTERVAL, now::get);
        ExecutorService waiters = Executors.newFixedThreadPool(8);
        try {
            Future<List<CommittedSegment>> first = waiters.submit(() -> committed.of("read-models"));
            assertThat(readStarted.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<List<CommittedSegment>>> others = new ArrayList<>();
            for (int waiter = 0; waiter < 7; waiter++) {
                others.add(waiters.submit(() -> committed.of("read-models")));
            }
            List<CommittedSegment> read = first.get(10, TimeUnit.SECONDS);
            for (Future<List<CommittedSegment>> other : others) {
                assertThat(other.get(10, TimeUnit.SECONDS)).as("the same reading").isSameAs(read);
            }
        } finally {
            waiters.shutdownNow();
        }
        assertThat(reads).as("one read for eight waiters, seven of them arriving while it ran").hasValue(1);
    }

    @Test
    void aReadingAsOldAsTheIntervalIsReadAgainAndEachProcessorHasItsOwn() {
        RecentlyCommitted committed = new RecentlyCommitted(processor -> {
            reads.incrementAndGet();
            return fourSegments();
        }, INTERVAL, now::get);

        committed.of("read-models");
        now.addAndGet(INTERVAL.toNanos() - 1);
        committed.of("read-models");
        assertThat(reads).as("still fresh").hasValue(1);

        now.addAndGet(1);
        committed.of("read-models");
        assertThat(reads).as("an interval old").hasValue(2);

        committed.of("capital-policy");
        assertThat(reads).as("another processor").hasValue(3);
    }

    @Test
    void segmentsTakeTheirMasksFromAllTheProcessorsSegmentIdsInTheTokenStore() {
        RecentlyCommitted four = new RecentlyCommitted(processor -> fourSegments(), INTERVAL, now::get);
        assertThat(four.of("read-models")).extracting(CommittedSegment::segment)
                .containsExactly(Segment.computeSegments(0, 1, 2, 3))
                .allSatisfy(segment -> assertThat(segment.getMask()).isEqualTo(3));

        // Segment 0 of two split once more: 0 and 2 each take a quarter of the stream, 1 keeps its half.
        RecentlyCommitted split = new RecentlyCommitted(processor -> IntStream.of(0, 1, 2)
                .mapToObj(id -> new TokenRow(id, true, null)).toList(), INTERVAL, now::get);
        assertThat(split.of("read-models")).extracting(CommittedSegment::segment).extracting(Segment::getMask)
                .containsExactly(3, 1, 3);
    }

    @Test
    void aProcessorThatNeverStartedHasNoSegments() {
        RecentlyCommitted committed = new RecentlyCommitted(processor -> List.of(), INTERVAL, now::get);
        assertThat(committed.of("read-models")).isEmpty();
    }

    private static List<TokenRow> fourSegments() {
        return IntStream.range(0, 4)
                .mapToObj(id -> new TokenRow(id, true, GapAwareTrackingToken.newInstance(100 + id, List.of())))
                .toList();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
