package vn.congso.dossier.internal.files;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Chooses the file storage from {@code congso.files.storage}: {@code local} (the default, also when the property
 * is missing) keeps files under {@code congso.files.dir}; {@code s3} uses the {@code congso.files.s3.*} settings.
 */
@Configuration(proxyBeanMethods = false)
class FilesConfiguration {

    @Bean
    @ConditionalOnProperty(name = "congso.files.storage", havingValue = "local", matchIfMissing = true)
    FileStorage localFileStorage(@Value("${congso.files.dir:${congso.data-dir:./data}/files}") Path dir,
                                 @Value("${congso.files.fsync:false}") boolean fsync) {
        return new LocalFileStorage(dir, fsync);
    }

    @Bean
    @ConditionalOnProperty(name = "congso.files.storage", havingValue = "s3")
    FileStorage s3FileStorage(@Value("${congso.files.s3.endpoint:}") String endpoint,
                              @Value("${congso.files.s3.region:us-east-1}") String region,
                              @Value("${congso.files.s3.bucket:}") String bucket,
                              @Value("${congso.files.s3.access-key:}") String accessKey,
                              @Value("${congso.files.s3.secret-key:}") String secretKey,
                              @Value("${congso.files.s3.session-token:}") String sessionToken,
                              @Value("${congso.files.s3.path-style:true}") boolean pathStyle,
                              Clock clock) {
        if (endpoint.isBlank()) {
            throw new IllegalArgumentException("congso.files.storage=s3 needs congso.files.s3.endpoint");
        }
        return new S3FileStorage(new S3FileStorage.Settings(URI.create(endpoint.strip()), region.strip(),
                bucket.strip(), accessKey.strip(), secretKey.strip(), sessionToken.strip(), pathStyle), clock);
    }

    @Bean
    FileInspector fileInspector(@Value("${congso.files.max-bytes:10MB}") String maxBytes) {
        return new FileInspector(DataSize.parse(maxBytes.strip()).toBytes()); // bytes, or with a unit: 10MB, 512KB
    }

    @Bean
    StoredFiles storedFiles(ObjectProvider<FileStorage> storage, FileInspector inspector, Clock clock,
                            @Value("${congso.files.storage:local}") String chosen) {
        FileStorage chosenStorage = storage.getIfAvailable(() -> {
            throw new IllegalArgumentException("congso.files.storage must be local or s3, was " + chosen);
        });
        return new StoredFiles(chosenStorage, inspector, clock);
    }
}
