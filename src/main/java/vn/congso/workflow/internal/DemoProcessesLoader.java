package vn.congso.workflow.internal;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Loads the demo province's internal processes (demo/processes.json) on first start, checked like any new version. */
@Component
@ConditionalOnProperty(name = "congso.demo.enabled", havingValue = "true")
@Order(30)
class DemoProcessesLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProcessesLoader.class);

    private final Processes processes;
    private final JsonMapper json;

    DemoProcessesLoader(Processes processes, JsonMapper json) {
        this.processes = processes;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (processes.any()) {
            return;
        }
        JsonNode root;
        try (InputStream in = new ClassPathResource("demo/processes.json").getInputStream()) {
            root = json.readTree(in);
        }
        int count = 0;
        for (JsonNode process : root.path("processes")) {
            processes.save(process, "demo");
            count++;
        }
        log.info("Demo processes loaded: {}", count);
    }
}
