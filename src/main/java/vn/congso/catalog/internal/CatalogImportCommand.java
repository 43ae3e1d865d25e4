package vn.congso.catalog.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.congso.catalog.CatalogImport;
import vn.congso.shared.FieldProblem;

/**
 * The command-line import: {@code java -jar congso.jar import <file.json|file.csv>} (see README). Prints what was
 * imported or every bad row, and exits non-zero when the file was rejected.
 */
@Component
@ConditionalOnProperty("congso.import.file")
@Order(100)
class CatalogImportCommand implements ApplicationRunner, ExitCodeGenerator {

    private final CatalogImport importer;
    private final MessageSource messages;
    private final String file;
    private int exitCode;

    CatalogImportCommand(CatalogImport importer, MessageSource messages, @Value("${congso.import.file}") String file) {
        this.importer = importer;
        this.messages = messages;
        this.file = file;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            System.err.println("Không đọc được tệp / cannot read file: " + path.toAbsolutePath());
            exitCode = 2;
            return;
        }
        byte[] content = Files.readAllBytes(path);
        CatalogImport.Result result = file.toLowerCase(Locale.ROOT).endsWith(".csv")
                ? importer.importProceduresCsv(content) : importer.importJson(content);
        if (result.imported()) {
            System.out.printf("Đã nhập / imported: %d fields, %d units, %d agencies, %d procedures (%d new versions)%n",
                    result.fields(), result.adminUnits(), result.agencies(), result.procedures(), result.newVersions());
        } else {
            exitCode = 1;
            System.err.printf("Không nhập gì / nothing imported: %d problems%n", result.problems().size());
            Locale vi = Locale.forLanguageTag("vi");
            for (FieldProblem p : result.problems()) {
                System.err.println("  " + p.field() + ": " + messages.getMessage("field." + p.code(), p.args(), p.code(), vi));
            }
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
