package vn.congso.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

import vn.congso.catalog.CatalogImport;
import vn.congso.support.CongsoTest;

/**
 * Issue 2 benchmark: 10,000 generated procedures, then GET /api/v1/procedures?q=... over HTTP.
 * Run: see docs/PERFORMANCE.md. Not part of ./mvnw verify.
 */
@CongsoTest
class CatalogSearchBenchmark {

    static final String[] VERBS = {"Cấp", "Cấp lại", "Gia hạn", "Điều chỉnh", "Thu hồi", "Đăng ký", "Xác nhận", "Công nhận", "Thẩm định", "Phê duyệt"};
    static final String[] OBJECTS = {"giấy phép xây dựng", "giấy chứng nhận quyền sử dụng đất", "giấy phép kinh doanh", "chứng chỉ hành nghề",
            "giấy phép lao động", "giấy phép môi trường", "giấy chứng nhận đủ điều kiện", "bản sao trích lục", "phù hiệu xe ô tô",
            "giấy phép lái xe", "hộ kinh doanh", "văn phòng công chứng", "cơ sở giáo dục", "di tích lịch sử", "lễ hội truyền thống",
            "trạm y tế", "cơ sở bán lẻ thuốc", "giấy phép khai thác nước", "dự án đầu tư", "nhà ở riêng lẻ"};
    static final String[] QUALIFIERS = {"cho cá nhân", "cho tổ chức", "đối với công trình cấp III", "trong khu công nghiệp", "tại nông thôn",
            "cho doanh nghiệp nhỏ và vừa", "có yếu tố nước ngoài", "lần đầu", "khi thay đổi thông tin", "theo thủ tục rút gọn"};
    static final String[] QUERIES = {"giay phep xay dung", "GIẤY PHÉP", "dang ky ho kinh doanh", "cap lai chung chi", "moi truong",
            "khai sinh", "đất", "xac nhan", "cong chung", "phu hieu xe", "gia han giay phep lao dong", "le hoi", "thuoc", "nha o rieng le",
            "dau tu", "khu cong nghiep", "co yeu to nuoc ngoai", "tham dinh du an", "di tich", "tram y te"};

    @LocalServerPort
    int port;

    @Autowired
    CatalogImport importer;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Test
    void searchOverTenThousandProcedures() throws Exception {
        int target = Integer.getInteger("bench.procedures", 10_000);
        long existing = jdbc.sql("SELECT COUNT(*) FROM procedure").query(Long.class).single();
        Random random = new Random(42);
        long t0 = System.nanoTime();
        for (int batch = 0; existing < target; batch++) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < 1000 && existing + i < target; i++) {
                rows.add(procedure("B." + String.format("%06d", existing + i), random));
            }
            CatalogImport.Result r = importer.importJson(json.writeValueAsBytes(Map.of("procedures", rows)));
            if (!r.imported()) {
                throw new IllegalStateException(r.problems().toString());
            }
            existing += rows.size();
        }
        System.out.printf("Generated procedures: %d in total (%.1f s)%n", existing, (System.nanoTime() - t0) / 1e9);

        HttpClient client = HttpClient.newHttpClient();
        String base = "http://localhost:" + port + "/api/v1/procedures?size=20&q=";
        BenchSupport.run("warm-up", 2_000, 4, i -> get(client, base, QUERIES[i % QUERIES.length]));
        for (int clients : new int[] {1, 4, 16}) {
            System.out.println(BenchSupport.run("GET /api/v1/procedures?q=", 6_000, clients,
                    i -> get(client, base, QUERIES[(i * 7) % QUERIES.length])));
        }
        String filtered = "http://localhost:" + port + "/api/v1/procedures?size=20&level=PROVINCE&online=FULL&q=";
        System.out.println(BenchSupport.run("GET /api/v1/procedures?q=&level&online", 6_000, 4,
                i -> get(client, filtered, QUERIES[(i * 3) % QUERIES.length])));
        // Varied queries: fragments of words typed as people type them (part of a word, no diacritics or with them),
        // one or two words, mostly different from each other, so the per-word match cache rarely helps.
        String[] varied = variedQueries(20_000, new Random(7));
        for (int clients : new int[] {1, 4}) {
            System.out.println(BenchSupport.run("GET /api/v1/procedures?q=(varied)", 10_000, clients,
                    i -> get(client, base, varied[(clients * 10_000 + i) % varied.length])));
        }
    }

    private static String[] variedQueries(int count, Random random) {
        List<String> words = new ArrayList<>();
        for (String phrase : OBJECTS) {
            words.addAll(List.of(phrase.split(" ")));
        }
        for (String phrase : QUALIFIERS) {
            words.addAll(List.of(phrase.split(" ")));
        }
        String[] out = new String[count];
        for (int i = 0; i < count; i++) {
            StringBuilder q = new StringBuilder();
            int n = 1 + random.nextInt(2);
            for (int k = 0; k < n; k++) {
                String w = words.get(random.nextInt(words.size()));
                int from = random.nextInt(Math.max(1, w.length() - 2));
                String part = w.substring(from, Math.min(w.length(), from + 2 + random.nextInt(4)));
                if (random.nextBoolean()) {
                    part = java.text.Normalizer.normalize(part, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd');
                }
                q.append(k == 0 ? "" : " ").append(part);
            }
            out[i] = q.toString();
        }
        return out;
    }

    private static boolean get(HttpClient client, String base, String q) {
        try {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(base + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return r.statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private static Map<String, Object> procedure(String code, Random random) {
        String name = VERBS[random.nextInt(VERBS.length)] + " " + OBJECTS[random.nextInt(OBJECTS.length)] + " "
                + QUALIFIERS[random.nextInt(QUALIFIERS.length)];
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", code);
        row.put("name", name);
        row.put("field", "HT");
        row.put("level", random.nextBoolean() ? "PROVINCE" : "COMMUNE");
        row.put("competentAgency", "000.00.00.H66");
        row.put("description", "Thủ tục " + name.toLowerCase() + " theo quy định hiện hành; " + OBJECTS[random.nextInt(OBJECTS.length)] + ".");
        row.put("timeLimit", Map.of("amount", 1 + random.nextInt(30), "unit", "WORKING_DAYS"));
        row.put("components", List.of(Map.of("name", "Đơn đề nghị", "originals", 1, "copies", 0, "mandatory", true)));
        row.put("onlineType", new String[] {"FULL", "PARTIAL", "NONE"}[random.nextInt(3)]);
        row.put("validFrom", "2025-07-01");
        return row;
    }
}
