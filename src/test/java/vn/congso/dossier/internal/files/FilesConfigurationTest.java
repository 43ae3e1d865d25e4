package vn.congso.dossier.internal.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The storage is chosen by {@code congso.files.storage}; only this small configuration is started, not the app. */
class FilesConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(FilesConfiguration.class)
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void localStorageUnderTheDataDirectoryIsTheDefault() {
        context.withPropertyValues("congso.data-dir=/var/lib/congso").run(app -> {
            assertThat(app).hasSingleBean(FileStorage.class).hasSingleBean(StoredFiles.class);
            assertThat(app.getBean(FileStorage.class)).isInstanceOfSatisfying(LocalFileStorage.class,
                    local -> assertThat(local.root()).hasToString("/var/lib/congso/files"));
            assertThat(app.getBean(FileInspector.class).maxBytes()).isEqualTo(10L * 1024 * 1024);
        });
    }

    @Test
    void theFilesDirectoryAndTheLimitCanBeSet() {
        context.withPropertyValues("congso.files.storage=local", "congso.files.dir=/srv/files",
                "congso.files.max-bytes=20MB").run(app -> {
            assertThat(((LocalFileStorage) app.getBean(FileStorage.class)).root()).hasToString("/srv/files");
            assertThat(app.getBean(FileInspector.class).maxBytes()).isEqualTo(20L * 1024 * 1024);
        });
    }

    @Test
    void s3IsChosenByConfiguration() {
        context.withPropertyValues("congso.files.storage=s3", "congso.files.s3.endpoint=http://127.0.0.1:9000",
                "congso.files.s3.bucket=congso", "congso.files.s3.access-key=ak", "congso.files.s3.secret-key=sk")
                .run(app -> {
                    assertThat(app).hasSingleBean(FileStorage.class);
                    assertThat(app.getBean(FileStorage.class)).isInstanceOf(S3FileStorage.class)
                            .hasToString("S3FileStorage[S3 settings[http://127.0.0.1:9000, region us-east-1, "
                                    + "bucket congso, access key ak, path style]]");
                });
    }

    @Test
    void s3WithoutItsSettingsOrAnUnknownStorageStopsTheStartWithAClearReason() {
        context.withPropertyValues("congso.files.storage=s3", "congso.files.s3.endpoint=http://127.0.0.1:9000")
                .run(app -> assertThat(app).getFailure().rootCause().hasMessageContaining("congso.files.s3.bucket"));
        context.withPropertyValues("congso.files.storage=ftp")
                .run(app -> assertThat(app).getFailure().rootCause()
                        .hasMessageContaining("congso.files.storage must be local or s3, was ftp"));
    }
}
