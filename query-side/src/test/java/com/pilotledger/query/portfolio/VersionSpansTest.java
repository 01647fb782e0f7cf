package com.pilotledger.query.portfolio;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A version in force at an instant always has one of the span keys asked for at that instant. */
class VersionSpansTest {

    private static final Instant START = Instant.parse("2026-02-01T10:00:00Z");

    @Test
    void everyInstantOfAVersionAsksForItsKey() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            Instant from = START.plusMillis(random.nextLong(Duration.ofDays(400).toMillis()));
            // From a few milliseconds to a few years, the lengths of real versions.
            Duration length = Duration.ofMillis((long) Math.pow(10, 1 + random.nextDouble() * 10));
            Instant to = from.plus(length);
            long key = VersionSpans.key(from, to);
            Instant inside = from.plusMillis(random.nextLong(Math.max(1, length.toMillis())));
            assertThat(VersionSpans.keysAt(inside)).as("%s in [%s, %s)", inside, from, to).contains(key);
            assertThat(VersionSpans.keysAt(from)).contains(key);
            assertThat(VersionSpans.keysAt(to.minusNanos(1))).contains(key);
        }
    }

    @Test
    void aVersionFarFromTheInstantIsNotAskedFor() {
        long key = VersionSpans.key(START, START.plus(Duration.ofDays(14)));
        List<Long> monthsLater = VersionSpans.keysAt(START.plus(Duration.ofDays(120)));
        assertThat(monthsLater).doesNotContain(key);
        assertThat(VersionSpans.keysAt(START.minus(Duration.ofDays(60)))).doesNotContain(key);
    }

    @Test
    void aVersionOfSecondsIsNotAskedForMinutesLater() {
        long key = VersionSpans.key(START, START.plusSeconds(10));
        assertThat(VersionSpans.keysAt(START.plusSeconds(5))).contains(key);
        assertThat(VersionSpans.keysAt(START.plus(Duration.ofMinutes(2)))).doesNotContain(key);
    }

    @Test
    void aVersionOfFourteenDaysGetsTheWindowOfTwoToTheTwentyOneSeconds() {
        // 14 days = 1,209,600 seconds: the smallest window of 2^level seconds holding it is 2^21 (24.3 days).
        assertThat(VersionSpans.key(START, START.plus(Duration.ofDays(14))) >> 40).isEqualTo(21);
        assertThat(VersionSpans.key(START, START) >> 40).isZero();
    }
}
