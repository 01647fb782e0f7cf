package com.pilotledger.bench;

/** Elapsed wall-clock time of one phase. */
final class Stopwatch {

    private final long started = System.nanoTime();

    static Stopwatch start() {
        return new Stopwatch();
    }

    long elapsedNanos() {
        return System.nanoTime() - started;
    }

    double elapsedSeconds() {
        return elapsedNanos() / 1e9;
    }
}
