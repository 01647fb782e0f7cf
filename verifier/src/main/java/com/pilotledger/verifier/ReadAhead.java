package com.pilotledger.verifier;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Reads on a thread of its own, up to a thousand items ahead of the one who checks them. Reading through a cursor and
 * checking what was read (hashing, mostly) otherwise take turns on one core: the driver waits while the verifier hashes,
 * and the other way round. A failure of either side ends both, and the reader's failure is thrown to the checker.
 */
final class ReadAhead {

    private static final int AHEAD = 1000;
    private static final Object END = new Object();

    private ReadAhead() {
    }

    /** Runs {@code reading}, handing what it reads to {@code checking} on the calling thread, in the same order. */
    @SuppressWarnings("unchecked")
    static <T> void run(Consumer<Consumer<T>> reading, Consumer<T> checking) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                reading.accept(item -> put(queue, item));
                put(queue, END);
            } catch (RuntimeException e) {
                failure.set(e);
                queue.offer(END);
            }
        }, "verifier-read-ahead");
        reader.setDaemon(true);
        reader.start();
        try {
            for (Object item = take(queue); item != END; item = take(queue)) {
                checking.accept((T) item);
            }
        } finally {
            reader.interrupt();
            join(reader);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private static void put(BlockingQueue<Object> queue, Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Reading ahead was stopped: the checking failed", e);
        }
    }

    private static Object take(BlockingQueue<Object> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while verifying", e);
        }
    }

    private static void join(Thread reader) {
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
