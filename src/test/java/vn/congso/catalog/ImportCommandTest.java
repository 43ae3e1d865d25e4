package vn.congso.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.json.JsonMapper;

import vn.congso.CongsoApplication;
import vn.congso.support.CongsoTest;
import vn.congso.support.Fixtures;
import vn.congso.support.TestMail;

/** The command-line import ({@code java -jar congso.jar import file}) on the same database. */
@CongsoTest
class ImportCommandTest {

    @Autowired
    Catalog catalog;

    private int run(Path file) {
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(CongsoApplication.class).web(WebApplicationType.NONE)
                .profiles("test").initializers(new TestMail.Initializer())
                .properties("congso.import.file=" + file, "congso.demo.enabled=false", "spring.main.banner-mode=off").run()) {
            return SpringApplication.exit(ctx);
        }
    }

    @Test
    void aGoodFileIsImportedAndABadOneExitsNonZeroWithNothingWritten(@TempDir Path dir) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        String good = Fixtures.uniqueCode();
        Path ok = dir.resolve("catalog.json");
        Files.writeString(ok, json.writeValueAsString(Fixtures.importFile(List.of(), List.of(Fixtures.aProcedure(good).build()))));
        assertThat(run(ok)).isZero();
        assertThat(catalog.procedure(good, java.time.LocalDate.of(2026, 1, 1))).isPresent();

        String bad = Fixtures.uniqueCode();
        Path wrong = dir.resolve("bad.json");
        Files.writeString(wrong, json.writeValueAsString(Fixtures.importFile(List.of(),
                List.of(Fixtures.aProcedure(bad).build(), Fixtures.aProcedure(Fixtures.uniqueCode()).with("field", "NOPE").build()))));
        assertThat(run(wrong)).isEqualTo(1);
        assertThat(catalog.procedure(bad, java.time.LocalDate.of(2026, 1, 1))).isEmpty();

        assertThat(run(dir.resolve("missing.json"))).isEqualTo(2);
    }
}
