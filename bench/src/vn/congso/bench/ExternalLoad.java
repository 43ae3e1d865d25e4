package vn.congso.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * Drives {@code POST /api/v1/dossiers} with wrk, a load generator in C running as its own process, so that the
 * clients cost a fraction of what Java HTTP clients inside the application's JVM cost; and accounts for the CPU
 * that the application's JVM, PostgreSQL and the whole machine spent per dossier created (from {@code /proc}).
 * Needs {@code /usr/bin/wrk} (Debian package wrk); without it the run is skipped with a message.
 */
final class ExternalLoad {

    private static final String SCRIPT = """
            local threads = {}
            local next_id = 1
            function setup(thread)
              thread:set("id", next_id)
              table.insert(threads, thread)
              next_id = next_id + 1
            end
            function init(args)
              run, n, answered, refused = args[1], 0, 0, 0
              local f = io.open(args[2], "rb"); body = f:read("*a"); f:close()
              tokens = {}
              for line in io.lines(args[3]) do table.insert(tokens, line) end
              boundary = args[4]
            end
            function request()
              n = n + 1
              return wrk.format("POST", "/api/v1/dossiers", {
                ["Authorization"] = tokens[1 + (n + id) % #tokens],
                ["Content-Type"] = boundary,
                ["Idempotency-Key"] = run .. "-" .. id .. "-" .. n}, body)
            end
            function response(status, headers, b)
              if status == 201 then answered = answered + 1 else refused = refused + 1 end
            end
            function done(summary, latency, requests)
              local a, r = 0, 0
              for _, t in ipairs(threads) do a = a + t:get("answered"); r = r + t:get("refused") end
              io.write(string.format("created %d\\nrefused %d\\n", a, r))
              for _, p in ipairs({50, 95, 99}) do
                io.write(string.format("p%d %.2f\\n", p, latency:percentile(p) / 1000))
              end
            end
            """;

    /**
     * One run: answers per second while wrk ran; "sustained" counts a dossier only when everything it set off has
     * finished (dossiers created / time from the first request until the listeners were done); the CPU is counted
     * over that whole time and divided by the dossiers created.
     */
    record Result(int clients, double loadSeconds, double drainSeconds, long created, long refused, double p50, double p95, double p99,
                  double jvmMs, double compilerMs, double postgresMs, double machineMs) {
        double answeredPerSecond() {
            return created / loadSeconds;
        }

        double sustainedPerSecond() {
            return created / (loadSeconds + drainSeconds);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-40s %7d req, %3d clients: p50 %7.2f ms, p95 %7.2f ms, p99 %7.2f ms, %8.1f answered/s, %d refused%n"
                            + "  listeners done %.2f s after the last answer: %.1f dossiers/s sustained (answered and everything they set off done)%n"
                            + "  CPU per dossier (load + drain): application JVM %.2f ms (JIT compiler threads %.2f ms), PostgreSQL %.2f ms, "
                            + "whole machine %.2f ms of %d cores",
                    "one request, wrk", created, clients, p50, p95, p99, answeredPerSecond(), refused, drainSeconds, sustainedPerSecond(),
                    jvmMs, compilerMs, postgresMs, machineMs, Runtime.getRuntime().availableProcessors());
        }
    }

    interface Drain {
        /** Waits until everything the dossiers set off is done. */
        void await() throws InterruptedException;
    }

    private ExternalLoad() {
    }

    static Result run(int port, int clients, int seconds, List<String> tokens, byte[] body, String contentType, LongSupplier dossiers,
                      Drain drain) throws IOException, InterruptedException {
        Path wrk = Path.of("/usr/bin/wrk");
        if (!Files.isExecutable(wrk)) {
            throw new IllegalStateException("wrk is not installed (apt-get install -y wrk)");
        }
        Path dir = Files.createTempDirectory("congso-wrk");
        Path script = Files.writeString(dir.resolve("submit.lua"), SCRIPT);
        Path bodyFile = Files.write(dir.resolve("body"), body);
        Path tokenFile = Files.write(dir.resolve("tokens"), tokens);
        long before = dossiers.getAsLong();
        Cpu start = Cpu.now();
        Process p = new ProcessBuilder(wrk.toString(), "-t" + Math.min(2, clients), "-c" + clients, "-d" + seconds + "s", "--timeout", "30s", "-s", script.toString(),
                "http://127.0.0.1:" + port, "--", UUID.randomUUID().toString(), bodyFile.toString(), tokenFile.toString(), contentType)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        long loaded = System.nanoTime();
        Thread.sleep(1_000); // requests in flight when wrk stopped still make their dossiers
        drain.await();
        Cpu end = Cpu.now();
        long created = dossiers.getAsLong() - before;
        long answered = value(out, "created");
        if (answered > created || created > answered + clients) {
            System.out.println(out);
            throw new IllegalStateException("wrk saw " + answered + " dossiers created, the database has " + created);
        }
        return new Result(clients, (loaded - start.wallNanos) / 1e9, (end.wallNanos - loaded) / 1e9, answered, value(out, "refused"),
                number(out, "p50"), number(out, "p95"), number(out, "p99"),
                (end.jvmNanos - start.jvmNanos) / 1e6 / created, (double) (end.compilerMillis - start.compilerMillis) / created,
                (end.postgresTicks - start.postgresTicks) * 10.0 / created, (end.busyTicks - start.busyTicks) * 10.0 / created);
    }

    private static long value(String out, String name) {
        return (long) number(out, name);
    }

    private static double number(String out, String name) {
        for (String line : out.split("\n")) {
            if (line.startsWith(name + " ")) {
                return Double.parseDouble(line.substring(name.length() + 1).strip());
            }
        }
        throw new IllegalStateException("wrk printed no " + name + ":\n" + out);
    }

    /**
     * User + system CPU (clock ticks) of the processes or threads listed in {@code dir} (a {@code /proc} or
     * {@code /proc/self/task} directory) whose name, as {@code stat} shows it, contains {@code name}.
     */
    private static long ticks(Path dir, String name) throws IOException {
        long ticks = 0;
        try (var entries = Files.list(dir)) {
            for (Path entry : (Iterable<Path>) entries.filter(d -> d.getFileName().toString().chars().allMatch(Character::isDigit))::iterator) {
                try {
                    String stat = Files.readString(entry.resolve("stat"));
                    if (stat.contains(name)) {
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                } catch (IOException gone) {
                    // the process or thread ended between listing and reading
                }
            }
        }
        return ticks;
    }

    /** CPU used so far: this JVM (ns), its JIT compiler threads (ms), every postgres process and the machine (ticks of 10 ms). */
    private record Cpu(long wallNanos, long jvmNanos, long compilerMillis, long postgresTicks, long busyTicks) {
        static Cpu now() throws IOException {
            long postgres = ticks(Path.of("/proc"), "(postgres)");
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length; i++) {
                if (i != 4 && i != 5) { // idle and iowait
                    busy += Long.parseLong(cpu[i]);
                }
            }
            long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
            return new Cpu(System.nanoTime(), jvm, ticks(Path.of("/proc/self/task"), "CompilerThre") * 10, postgres, busy);
        }
    }
}
