package io.github.cheetahoptimove.benchmarks;

import io.github.cheetahoptimove.cheetah.CheetahClient;
import io.github.cheetahoptimove.optimove.ExecutionReport;
import io.github.cheetahoptimove.optimove.OptimoveBridge;
import java.util.concurrent.atomic.AtomicLong;

/** Runs one large execution in this JVM (started with a small -Xmx) and prints the peak heap seen. */
public final class MemoryRun {
    private MemoryRun() {}

    /** Args: base URL of the sink, recipient count. */
    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        long n = Long.parseLong(args[1]);
        AtomicLong peak = new AtomicLong();
        Runtime rt = Runtime.getRuntime();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        ExecutionReport report;
        try (CheetahClient client = Workload.client(baseUrl)) {
            report = OptimoveBridge.builder().client(client).settings(Workload.settings()).build()
                    .execute(Workload.campaign(2, n));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        long accepted = report.templates().stream().mapToLong(t -> t.accepted()).sum();
        System.out.printf("records=%d accepted=%d seconds=%.1f peakHeapMiB=%.1f maxHeapMiB=%.1f succeeded=%s%n", n,
                accepted, seconds, peak.get() / 1048576.0, rt.maxMemory() / 1048576.0, report.succeeded());
        System.exit(report.succeeded() && accepted == n ? 0 : 1);
    }
}
