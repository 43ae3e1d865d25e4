package vn.congso.dossier.internal.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import vn.congso.shared.ApiException;
import vn.congso.shared.FieldProblem;

/** What a citizen reads when an upload is refused, in Vietnamese and in English, resolved as the platform does. */
class FileMessagesTest {

    static final List<String> CODES = List.of(FileInspector.EMPTY, FileInspector.TOO_LARGE, FileInspector.TYPE,
            FileInspector.DISGUISED, FileInspector.CORRUPT);
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    FileMessagesTest() {
        messages.setBasenames("messages/shared", "messages/dossier"); // the order of spring.messages.basename
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void everyRefusalHasAFieldAndAProblemMessageInBothLanguages() {
        for (String code : CODES) {
            for (Locale locale : List.of(VIETNAMESE, Locale.ENGLISH)) {
                assertThat(messages.getMessage("field." + code, new Object[] {10L}, null, locale))
                        .as("field.%s in %s", code, locale).isNotBlank().doesNotContain("{");
                assertThat(messages.getMessage("problem." + code, new Object[] {10L}, null, locale))
                        .as("problem.%s in %s", code, locale).isNotBlank().doesNotContain("{");
            }
        }
    }

    @Test
    void anEmptyFileSaysWhatToDoInVietnameseByDefaultAndInEnglish() {
        FieldProblem problem = refusal(new byte[0]);

        assertThat(fieldMessage(problem, VIETNAMESE)).isEqualTo("Tệp rỗng. Vui lòng chọn lại tệp PDF, JPG hoặc PNG.");
        assertThat(fieldMessage(problem, Locale.ENGLISH)).isEqualTo("The file is empty. Choose a PDF, JPG or PNG file.");
    }

    @Test
    void aTooLargeFileNamesTheLimitInMegabytes() {
        FieldProblem problem = new FileInspector(10L * 1024 * 1024).tooLarge("file").fieldProblems().get(0);

        assertThat(fieldMessage(problem, VIETNAMESE)).startsWith("Tệp lớn hơn 10 MB.");
        assertThat(fieldMessage(problem, Locale.ENGLISH)).startsWith("The file is larger than 10 MB.");
    }

    @Test
    void aDisguisedFileIsExplainedWithoutBlame() {
        FieldProblem problem = refusal(SampleFiles.png());

        assertThat(fieldMessage(problem, VIETNAMESE)).contains("không khớp").contains("PDF, JPG hoặc PNG");
        assertThat(fieldMessage(problem, Locale.ENGLISH)).contains("does not match");
    }

    private static FieldProblem refusal(byte[] bytes) {
        try {
            new FileInspector(FileInspector.DEFAULT_MAX_BYTES).inspect(bytes, "ho-so.pdf");
        } catch (ApiException e) {
            return e.fieldProblems().get(0);
        }
        throw new AssertionError("accepted");
    }

    private String fieldMessage(FieldProblem problem, Locale locale) {
        return messages.getMessage("field." + problem.code(), problem.args(), locale);
    }
}
