package vn.congso.kpi.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The command-line recomputation: {@code java -jar congso.jar kpi-recompute} (no web server; see README). */
@Component
@ConditionalOnProperty("congso.kpi.recompute")
@Order(100)
class RecomputeCommand implements ApplicationRunner, ExitCodeGenerator {

    private final Recomputation recomputation;

    RecomputeCommand(Recomputation recomputation) {
        this.recomputation = recomputation;
    }

    @Override
    public void run(ApplicationArguments args) {
        long n = recomputation.run();
        System.out.printf("Đã tính lại / recomputed: %d dossiers%n", n);
    }

    @Override
    public int getExitCode() {
        return 0;
    }
}
