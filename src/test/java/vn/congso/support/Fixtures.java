package vn.congso.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Small builders of import rows, so a test states only what matters to it. */
public final class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Fixtures() {
    }

    /** A code no other test uses, e.g. {@code T.000042}. */
    public static String uniqueCode() {
        return "T.%06d".formatted(SEQUENCE.incrementAndGet() + (int) (System.nanoTime() % 1000) * 1000);
    }

    public static ProcedureBuilder aProcedure(String code) {
        return new ProcedureBuilder(code);
    }

    public static Map<String, Object> importFile(List<Map<String, Object>> fields, List<Map<String, Object>> procedures) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("fields", fields);
        file.put("procedures", procedures);
        return file;
    }

    public static Map<String, Object> field(String code, String name) {
        return new LinkedHashMap<>(Map.of("code", code, "name", name, "nameEn", name));
    }

    /** A valid provincial procedure of the Department of Justice unless told otherwise. */
    public static final class ProcedureBuilder {
        private final Map<String, Object> row = new LinkedHashMap<>();

        ProcedureBuilder(String code) {
            row.put("code", code);
            row.put("name", "Thủ tục thử nghiệm " + code);
            row.put("field", "HT");
            row.put("level", "PROVINCE");
            row.put("competentAgency", "000.00.00.H66");
            row.put("competentAuthority", "Ủy ban nhân dân tỉnh");
            row.put("subjects", List.of("CITIZEN"));
            row.put("description", "Mô tả thử nghiệm.");
            row.put("timeLimit", Map.of("amount", 5, "unit", "WORKING_DAYS"));
            row.put("fees", new ArrayList<>());
            row.put("components", List.of(Map.of("code", "TP1", "name", "Tờ khai", "originals", 1, "copies", 0, "mandatory", true)));
            row.put("resultName", "Giấy chứng nhận");
            row.put("resultIsDocument", true);
            row.put("onlineType", "FULL");
            row.put("eligibleForFull", true);
            row.put("legalBasis", List.of("Luật thử nghiệm"));
            row.put("validFrom", "2025-07-01");
        }

        public ProcedureBuilder with(String key, Object value) {
            row.put(key, value);
            return this;
        }

        public ProcedureBuilder named(String name) {
            return with("name", name);
        }

        public ProcedureBuilder timeLimit(int amount, String unit) {
            return with("timeLimit", Map.of("amount", amount, "unit", unit));
        }

        public Map<String, Object> build() {
            return new LinkedHashMap<>(row);
        }
    }
}
