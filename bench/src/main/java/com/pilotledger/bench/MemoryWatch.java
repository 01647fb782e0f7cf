package com.pilotledger.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Peak memory of this process, which holds the application and the benchmark's clients: the most heap in use (sampled
 * every 100 ms) and the operating system's high-water mark of resident memory (VmHWM, Linux), which it also reads
 * for the further instances the benchmark starts as processes of their own.
 */
final class MemoryWatch implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peakHeap = new AtomicLong();
    private final Thread sampler;

    MemoryWatch() {
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "memory-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    double peakHeapMebibytes() {
        return peakHeap.get() / 1048576.0;
    }

    static double maxHeapMebibytes() {
        return Runtime.getRuntime().maxMemory() / 1048576.0;
    }

    /** Peak resident set size in MiB, or NaN where /proc is not there to tell. */
    static double peakResidentMebibytes() {
        return peakResidentMebibytes(Path.of("/proc/self/status"));
    }

    /** The same of another process, while it runs. */
    static double peakResidentMebibytes(long pid) {
        return peakResidentMebibytes(Path.of("/proc", Long.toString(pid), "status"));
    }

    private static double peakResidentMebibytes(Path status) {
        try {
            return Files.readAllLines(status).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .mapToDouble(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0)
                    .findFirst().orElse(Double.NaN);
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    @Override
    public void close() {
        sampler.interrupt();
    }
}
