package vn.congso.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Latency percentiles and throughput of a workload run by a fixed number of concurrent clients. */
public final class BenchSupport {

    private BenchSupport() {
    }

    public record Result(String name, int requests, int clients, double seconds, double p50, double p95, double p99, double max,
                         int errors) {
        public double throughput() {
            return requests / seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-40s %7d req, %3d clients: p50 %7.2f ms, p95 %7.2f ms, p99 %7.2f ms, max %7.1f ms, %8.1f req/s, %d errors",
                    name, requests, clients, p50, p95, p99, max, throughput(), errors);
        }
    }

    /** Runs {@code requests} calls of {@code call(i)} over {@code clients} threads; a call returns false on error. */
    public static Result run(String name, int requests, int clients, IntFunction<Boolean> call) throws Exception {
        long[] nanos = new long[requests];
        int[] errors = new int[1];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Callable<Void>> tasks = new ArrayList<>();
        int perClient = requests / clients;
        for (int c = 0; c < clients; c++) {
            int from = c * perClient;
            int to = c == clients - 1 ? requests : from + perClient;
            tasks.add(() -> {
                for (int i = from; i < to; i++) {
                    long t0 = System.nanoTime();
                    boolean ok = call.apply(i);
                    nanos[i] = System.nanoTime() - t0;
                    if (!ok) {
                        synchronized (errors) {
                            errors[0]++;
                        }
                    }
                }
                return null;
            });
        }
        long start = System.nanoTime();
        for (Future<Void> f : pool.invokeAll(tasks)) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Result(name, requests, clients, seconds, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6, errors[0]);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
