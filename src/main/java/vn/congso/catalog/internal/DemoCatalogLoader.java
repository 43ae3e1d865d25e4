package vn.congso.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import vn.congso.catalog.CatalogImport;

/**
 * Loads the demo province (Đắk Lắk after the 2025 merger: units, agencies, fields and procedures) on first
 * start only, through the same all-or-nothing import that administrators use. Also the fixture of the tests.
 */
@Component
@ConditionalOnProperty(name = "congso.demo.enabled", havingValue = "true")
@Order(10)
class DemoCatalogLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogLoader.class);

    private final CatalogImport importer;
    private final JsonMapper json;
    private final JdbcClient jdbc;

    DemoCatalogLoader(CatalogImport importer, JsonMapper json, JdbcClient jdbc) {
        this.importer = importer;
        this.json = json;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        long procedures = jdbc.sql("SELECT COUNT(*) FROM procedure").query(Long.class).single();
        if (procedures > 0) {
            return;
        }
        ObjectNode merged = json.createObjectNode();
        List<Resource> files = new ArrayList<>();
        files.add(new ClassPathResource("demo/province.json"));
        Resource[] procedureFiles = new PathMatchingResourcePatternResolver().getResources("classpath*:demo/procedures*.json");
        Arrays.sort(procedureFiles, Comparator.comparing(Resource::getFilename));
        files.addAll(List.of(procedureFiles));
        for (Resource file : files) {
            try (InputStream in = file.getInputStream()) {
                JsonNode part = json.readTree(in);
                // Arrays of the same name (fields, procedures, ...) from several files are concatenated.
                part.properties().forEach(e -> {
                    JsonNode existing = merged.get(e.getKey());
                    if (existing instanceof ArrayNode array && e.getValue().isArray()) {
                        array.addAll((ArrayNode) e.getValue());
                    } else {
                        merged.set(e.getKey(), e.getValue().deepCopy());
                    }
                });
            }
        }
        CatalogImport.Result result = importer.importJson(json.writeValueAsBytes(merged));
        if (!result.imported()) {
            result.problems().forEach(p -> log.error("Demo data problem at {}: {} {}", p.field(), p.code(), java.util.Arrays.toString(p.args())));
            throw new IllegalStateException("The demo province could not be loaded: " + result.problems().size() + " problems");
        }
        log.info("Demo province loaded: {} units, {} agencies, {} fields, {} procedures",
                result.adminUnits(), result.agencies(), result.fields(), result.procedures());
    }
}
