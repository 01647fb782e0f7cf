package com.pilotledger.verifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading ahead keeps the order, and a failure on either side ends both without a hang. */
@Timeout(10)
class ReadAheadTest {

    @Test
    void everythingReadIsCheckedInOrder() {
        List<Integer> checked = new ArrayList<>();
        ReadAhead.<Integer>run(reader -> {
            for (int i = 0; i < 10_000; i++) {
                reader.accept(i);
            }
        }, checked::add);
        assertEquals(10_000, checked.size());
        for (int i = 0; i < checked.size(); i++) {
            assertEquals(i, checked.get(i));
        }
    }

    @Test
    void theReadersFailureReachesTheChecker() {
        IllegalStateException unreadable = new IllegalStateException("connection lost");
        List<Integer> checked = new ArrayList<>();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> ReadAhead.<Integer>run(
                reader -> {
                    reader.accept(1);
                    throw unreadable;
                }, checked::add));
        assertSame(unreadable, thrown);
        assertEquals(List.of(1), checked);
    }

    @Test
    void aFailingCheckerStopsAReaderThatWouldReadForever() {
        AtomicBoolean readerStopped = new AtomicBoolean();
        Consumer<Consumer<Integer>> endless = reader -> {
            try {
                for (int i = 0; ; i++) {
                    reader.accept(i);
                }
            } finally {
                readerStopped.set(true);
            }
        };
        assertThrows(ArithmeticException.class, () -> ReadAhead.run(endless, item -> {
            if (item == 5_000) {
                throw new ArithmeticException("check failed");
            }
        }));
        assertTrue(readerStopped.get());
    }
}
