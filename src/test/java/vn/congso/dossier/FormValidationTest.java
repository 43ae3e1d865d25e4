package vn.congso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.congso.dossier.internal.form.FormData;
import vn.congso.dossier.internal.form.FormDefinition;
import vn.congso.dossier.internal.form.FormValidator;
import vn.congso.shared.FieldProblem;

class FormValidationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final String FORM = """
            {"schema": {"type": "object", "required": ["child", "requester"], "properties": {
               "child": {"type": "object", "required": ["fullName", "dateOfBirth", "sex"], "properties": {
                  "fullName": {"type": "string", "minLength": 2, "maxLength": 100},
                  "dateOfBirth": {"type": "string", "format": "date"},
                  "sex": {"type": "string", "enum": ["MALE", "FEMALE"]},
                  "weightGrams": {"type": "integer", "minimum": 300}}},
               "requester": {"type": "object", "required": ["personalId", "phone", "residence"], "properties": {
                  "personalId": {"type": "string", "pattern": "^[0-9]{12}$"},
                  "phone": {"type": "string", "pattern": "^(0|\\\\+84)[0-9]{9,10}$"},
                  "residence": {"type": "object", "required": ["street", "commune"], "properties": {
                      "street": {"type": "string", "minLength": 2}, "commune": {"type": "string"}}}}},
               "guardian": {"type": "object", "required": ["fullName", "residence"], "properties": {
                  "fullName": {"type": "string", "minLength": 2},
                  "email": {"type": "string", "format": "email"},
                  "consents": {"type": "boolean"},
                  "residence": {"type": "object", "required": ["street", "commune"], "properties": {
                      "street": {"type": "string", "minLength": 2}, "commune": {"type": "string"}}}}},
               "siblings": {"type": "array", "items": {"type": "object", "required": ["fullName"], "properties": {
                  "fullName": {"type": "string", "minLength": 2}}}}}},
             "ui": {"pages": [
                {"id": "tre", "title": {"vi": "Thông tin của trẻ", "en": "About the child"},
                 "fields": ["child.fullName", "child.dateOfBirth", "child.sex", "child.weightGrams"]},
                {"id": "nguoi-yeu-cau", "title": {"vi": "Người yêu cầu", "en": "Requester"},
                 "fields": ["requester.personalId", "requester.phone", "requester.residence", "siblings"]},
                {"id": "nguoi-giam-ho", "title": {"vi": "Người giám hộ", "en": "Guardian"},
                 "fields": ["guardian.fullName", "guardian.email", "guardian.consents", "guardian.residence"]}],
               "fields": {
                "child.fullName": {"label": {"vi": "Họ, chữ đệm và tên của trẻ", "en": "Child's full name"}, "input": "text"},
                "child.dateOfBirth": {"label": {"vi": "Ngày sinh", "en": "Date of birth"}, "input": "date"},
                "child.sex": {"label": {"vi": "Giới tính", "en": "Sex"}, "input": "radio",
                   "options": {"MALE": {"vi": "Nam", "en": "Male"}, "FEMALE": {"vi": "Nữ", "en": "Female"}}},
                "child.weightGrams": {"label": {"vi": "Cân nặng (gam)", "en": "Weight (grams)"}, "input": "number"},
                "requester.personalId": {"label": {"vi": "Số định danh cá nhân", "en": "Personal identification number"}, "input": "personalId"},
                "requester.phone": {"label": {"vi": "Số điện thoại", "en": "Phone"}, "input": "tel"},
                "requester.residence": {"label": {"vi": "Nơi cư trú", "en": "Residence"}, "input": "address"},
                "guardian.fullName": {"label": {"vi": "Họ và tên người giám hộ", "en": "Guardian's full name"}, "input": "text"},
                "guardian.email": {"label": {"vi": "Thư điện tử", "en": "E-mail"}, "input": "email"},
                "guardian.consents": {"label": {"vi": "Đồng ý nhận tin", "en": "Agrees to news"}, "input": "checkbox"},
                "guardian.residence": {"label": {"vi": "Nơi cư trú của người giám hộ", "en": "Guardian's residence"}, "input": "address"},
                "siblings": {"label": {"vi": "Anh chị em", "en": "Siblings"}, "input": "repeat"},
                "siblings[].fullName": {"label": {"vi": "Họ và tên", "en": "Full name"}, "input": "text"}}}}
            """;

    final FormDefinition form = FormDefinition.parse(JSON.readTree(FORM));
    final FormValidator validator = new FormValidatorFactory().create();

    static final class FormValidatorFactory {
        FormValidator create() {
            ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
            messages.setBasenames("messages/forms");
            messages.setDefaultEncoding("UTF-8");
            messages.setFallbackToSystemLocale(false);
            try {
                var constructor = FormValidator.class.getDeclaredConstructor(org.springframework.context.MessageSource.class);
                constructor.setAccessible(true);
                return constructor.newInstance(messages);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private List<FieldProblem> validate(ObjectNode data, String lang) {
        return validator.validate(form, data, FormValidator.EVERYTHING, code -> code.equals("24121"), lang);
    }

    private static Map<String, String> messages(List<FieldProblem> problems) {
        return problems.stream().collect(java.util.stream.Collectors.toMap(FieldProblem::field, FieldProblem::message, (a, b) -> a));
    }

    @Test
    void anEmptyApplicationNamesEveryMissingFieldByItsLabelInVietnamese() {
        Map<String, String> m = messages(validate(JSON.createObjectNode(), "vi"));
        assertThat(m).containsEntry("child.fullName", "Vui lòng nhập Họ, chữ đệm và tên của trẻ.")
                .containsEntry("child.sex", "Vui lòng chọn Giới tính.")
                .containsEntry("child.dateOfBirth", "Vui lòng nhập Ngày sinh.")
                .containsEntry("requester.personalId", "Vui lòng nhập Số định danh cá nhân.")
                .containsKey("requester.residence");
    }

    @Test
    void wrongValuesAreExplainedPerFieldInEnglishToo() {
        ObjectNode data = JSON.createObjectNode();
        FormData.set(data, "child.fullName", JSON.getNodeFactory().stringNode("A"));
        FormData.set(data, "child.dateOfBirth", FormData.convert("30/02/2026", form.schemaAt("child.dateOfBirth"), "date"));
        FormData.set(data, "child.sex", JSON.getNodeFactory().stringNode("OTHER"));
        FormData.set(data, "child.weightGrams", FormData.convert("nặng", form.schemaAt("child.weightGrams"), "number"));
        FormData.set(data, "requester.personalId", FormData.convert("0661 9000 123", form.schemaAt("requester.personalId"), "personalId"));
        FormData.set(data, "requester.phone", FormData.convert("12345", form.schemaAt("requester.phone"), "tel"));
        FormData.set(data, "requester.residence.street", JSON.getNodeFactory().stringNode("12 Lê Duẩn"));
        FormData.set(data, "requester.residence.commune", JSON.getNodeFactory().stringNode("99999"));

        Map<String, String> vi = messages(validate(data, "vi"));
        assertThat(vi).containsEntry("child.fullName", "Họ, chữ đệm và tên của trẻ phải có ít nhất 2 ký tự.")
                .containsEntry("child.dateOfBirth", "Ngày sinh phải là một ngày có thật, ví dụ 25/03/2020.")
                .containsEntry("child.sex", "Vui lòng chọn Giới tính.")
                .containsEntry("child.weightGrams", "Cân nặng (gam) phải là một số.")
                .containsEntry("requester.personalId", "Số định danh cá nhân phải gồm đúng 12 chữ số.")
                .containsEntry("requester.phone", "Số điện thoại chưa đúng. Ví dụ: 0912 345 678.")
                .containsEntry("requester.residence", "Nơi cư trú: xã/phường đã chọn không còn tồn tại. Vui lòng chọn lại.");

        Map<String, String> en = messages(validate(data, "en"));
        assertThat(en).containsEntry("child.dateOfBirth", "Date of birth must be a real date, for example 25/03/2020.")
                .containsEntry("requester.personalId", "Personal identification number must be exactly 12 digits.");
    }

    @Test
    void typedValuesAreNormalisedBeforeValidation() {
        assertThat(FormData.convert("0661 9000 1234", form.schemaAt("requester.personalId"), "personalId").asString()).isEqualTo("066190001234");
        assertThat(FormData.convert("０６６１９０００１２３４", form.schemaAt("requester.personalId"), "personalId").asString()).isEqualTo("066190001234");
        assertThat(FormData.convert("+84 912 345 678", form.schemaAt("requester.phone"), "tel").asString()).isEqualTo("0912345678");
        assertThat(FormData.convert("05/03/2026", form.schemaAt("child.dateOfBirth"), "date").asString()).isEqualTo("2026-03-05");
        assertThat(FormData.convert("3.200", form.schemaAt("child.weightGrams"), "number").asLong()).isEqualTo(3200);
    }

    @Test
    void aPageIsValidatedOnItsOwnAndItemsOfRepeatableGroupsByPosition() {
        ObjectNode data = JSON.createObjectNode();
        FormData.set(data, "siblings[1].fullName", JSON.getNodeFactory().stringNode("B"));
        List<FieldProblem> childPage = validator.validate(form, data, FormValidator.pageScope(form.page("tre")), c -> true, "vi");
        assertThat(childPage).extracting(FieldProblem::field).allMatch(f -> f.startsWith("child."));
        List<FieldProblem> requesterPage = validator.validate(form, data, FormValidator.pageScope(form.page("nguoi-yeu-cau")), c -> true, "vi");
        assertThat(requesterPage).extracting(FieldProblem::field).contains("siblings[0].fullName", "siblings[1].fullName")
                .noneMatch(f -> f.startsWith("child."));
    }

    @Test
    void aCompleteApplicationIsValid() {
        ObjectNode data = (ObjectNode) JSON.readTree("""
                {"child": {"fullName": "Nguyễn Minh Anh", "dateOfBirth": "2026-11-20", "sex": "FEMALE", "weightGrams": 3100},
                 "requester": {"personalId": "066190001234", "phone": "0912345678", "residence": {"street": "12 Lê Duẩn", "commune": "24121"}},
                 "siblings": [{"fullName": "Nguyễn Minh Khoa"}]}
                """);
        assertThat(validate(data, "vi")).isEmpty();
    }

    private ObjectNode complete() {
        return (ObjectNode) JSON.readTree("""
                {"child": {"fullName": "Nguyễn Minh Anh", "dateOfBirth": "2026-11-20", "sex": "FEMALE"},
                 "requester": {"personalId": "066190001234", "phone": "0912345678", "residence": {"street": "12 Lê Duẩn", "commune": "24121"}}}
                """);
    }

    @Test
    void anOptionalGroupLeftBlankIsAbsentNotAGroupWithEveryFieldMissing() {
        ObjectNode data = complete();
        // what the guardian page saves when every input is left blank and the box unticked
        FormData.set(data, "guardian.residence", JSON.createObjectNode());
        FormData.set(data, "guardian.consents", JSON.getNodeFactory().booleanNode(false));
        ((ObjectNode) data.get("guardian")).put("fullName", "  ").putNull("email");
        assertThat(validate(data, "vi")).isEmpty();
        assertThat(validator.validate(form, data, FormValidator.pageScope(form.page("nguoi-giam-ho")), c -> true, "vi")).isEmpty();
        assertThat(data.get("guardian").get("fullName").asString()).as("the person's data is not changed").isEqualTo("  ");
    }

    @Test
    void anOptionalGroupStartedMustBeCompleted() {
        ObjectNode data = complete();
        FormData.set(data, "guardian.email", JSON.getNodeFactory().stringNode("ba.giam.ho@congso.local"));
        FormData.set(data, "guardian.residence", JSON.createObjectNode());
        Map<String, String> m = messages(validate(data, "vi"));
        assertThat(m).containsOnlyKeys("guardian.fullName", "guardian.residence")
                .containsEntry("guardian.fullName", "Vui lòng nhập Họ và tên người giám hộ.");
    }

    @Test
    void anEmailIsAcceptedWhenAnAccountCouldHaveItAndRefusedOtherwise() {
        ObjectNode data = complete();
        data.putObject("guardian").put("fullName", "Trần Văn Bình").put("email", "citizen@congso.local")
                .putObject("residence").put("street", "12 Lê Duẩn").put("commune", "24121");
        assertThat(validate(data, "vi")).isEmpty();
        ((ObjectNode) data.get("guardian")).put("email", "khong co a cong");
        assertThat(messages(validate(data, "vi"))).containsEntry("guardian.email", "Thư điện tử chưa đúng. Ví dụ: ten@example.vn.");
    }

    @Test
    void anUntickedRequiredBoxIsReportedAsABoxToTick() {
        String schema = """
                {"schema": {"type": "object", "required": ["declaration"], "properties": {
                   "declaration": {"type": "object", "required": ["truthful"], "properties": {"truthful": {"type": "boolean", "enum": [true]}}}}},
                 "ui": {"pages": [{"id": "cam-doan", "fields": ["declaration.truthful"]}],
                   "fields": {"declaration.truthful": {"label": {"vi": "Tôi cam đoan", "en": "I declare"}, "input": "checkbox"}}}}
                """;
        FormDefinition declaration = FormDefinition.parse(JSON.readTree(schema));
        ObjectNode data = JSON.createObjectNode();
        FormData.set(data, "declaration.truthful", JSON.getNodeFactory().booleanNode(false));
        assertThat(messages(validator.validate(declaration, data, FormValidator.EVERYTHING, c -> true, "vi")))
                .containsExactly(Map.entry("declaration.truthful", "Vui lòng đánh dấu ô \"Tôi cam đoan\"."));
    }
}
