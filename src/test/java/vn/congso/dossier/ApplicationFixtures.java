package vn.congso.dossier;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import vn.congso.catalog.CatalogImport;
import vn.congso.support.Fixtures;

/** A provincial procedure with a small real form, imported once per test class with a unique code. */
final class ApplicationFixtures {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final String FORM = """
            {"schema": {"type": "object", "required": ["applicant", "purpose"], "properties": {
               "applicant": {"type": "object", "required": ["fullName", "personalId", "phone", "residence"], "properties": {
                  "fullName": {"type": "string", "minLength": 2, "maxLength": 100},
                  "personalId": {"type": "string", "pattern": "^[0-9]{12}$"},
                  "phone": {"type": "string", "pattern": "^(0|\\\\+84)[0-9]{9,10}$"},
                  "residence": {"type": "object", "required": ["street", "commune"], "properties": {
                      "street": {"type": "string", "minLength": 2}, "commune": {"type": "string"}}}}},
               "purpose": {"type": "string", "enum": ["WORK", "STUDY"]},
               "copies": {"type": "integer", "minimum": 1, "maximum": 10}}},
             "ui": {"pages": [
                {"id": "nguoi-nop", "title": {"vi": "Thông tin người nộp", "en": "About you"},
                 "fields": ["applicant.fullName", "applicant.personalId", "applicant.phone", "applicant.residence"]},
                {"id": "yeu-cau", "title": {"vi": "Nội dung yêu cầu", "en": "Your request"}, "fields": ["purpose", "copies"]}],
               "fields": {
                "applicant.fullName": {"label": {"vi": "Họ, chữ đệm và tên", "en": "Full name"}, "input": "text", "prefill": "fullName"},
                "applicant.personalId": {"label": {"vi": "Số định danh cá nhân", "en": "Personal identification number"}, "input": "personalId", "prefill": "personalId"},
                "applicant.phone": {"label": {"vi": "Số điện thoại", "en": "Phone"}, "input": "tel", "prefill": "phone"},
                "applicant.residence": {"label": {"vi": "Nơi cư trú", "en": "Residence"}, "input": "address", "prefill": "address"},
                "purpose": {"label": {"vi": "Mục đích", "en": "Purpose"}, "input": "radio",
                   "options": {"WORK": {"vi": "Xin việc", "en": "Work"}, "STUDY": {"vi": "Học tập", "en": "Study"}}},
                "copies": {"label": {"vi": "Số bản", "en": "Copies"}, "input": "number"}}}}
            """;

    private ApplicationFixtures() {
    }

    /** Imports a FULL-online provincial procedure (Department of Justice) with two components, the first mandatory. */
    static String procedure(CatalogImport importer) {
        String code = Fixtures.uniqueCode();
        Map<String, Object> row = Fixtures.aProcedure(code)
                .named("Thủ tục thử nghiệm nộp trực tuyến " + code)
                .with("competentAgency", "000.00.03.H66")
                .with("components", List.of(
                        Map.of("code", "TP1", "name", "Tờ khai", "originals", 1, "copies", 0, "mandatory", true),
                        Map.of("code", "TP2", "name", "Giấy tờ khác", "originals", 0, "copies", 1, "mandatory", false)))
                .with("form", JSON.readTree(FORM))
                .build();
        CatalogImport.Result r = importer.importJson(JSON.writeValueAsBytes(Map.of("procedures", List.of(row))));
        if (!r.imported()) {
            throw new IllegalStateException(r.problems().toString());
        }
        return code;
    }

    static Map<String, Object> validData() {
        return Map.of("applicant", Map.of("fullName", "Nguyễn Thị Hồng Nhung", "personalId", "066190001234", "phone", "0912345678",
                        "residence", Map.of("street", "12 Lê Duẩn", "commune", "24133")),
                "purpose", "WORK", "copies", 2);
    }
}
