package vn.congso.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.congso.support.CongsoTest;

/**
 * Issue 4 benchmark: 1,000,000 dossiers across the demo province (PostgreSQL only: bulk SQL with generate_series),
 * then the officer inbox (first page, sorted by due date, in the officer's scope) and the officer dossier detail
 * over HTTP with a signed-in session. Run: see docs/PERFORMANCE.md. Not part of ./mvnw verify.
 */
@CongsoTest
class BackOfficeBenchmark {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void inboxAndDossierDetailOverOneMillionDossiers() throws Exception {
        int target = Integer.getInteger("bench.dossiers", 1_000_000);
        long existing = jdbc.sql("SELECT COUNT(*) FROM dossier WHERE code LIKE 'BENCH-%'").query(Long.class).single();
        long t0 = System.nanoTime();
        if (existing < target) {
            generate(target);
        }
        System.out.printf("Dossiers: %d (generated in %.1f s); tasks: %d%n",
                jdbc.sql("SELECT COUNT(*) FROM dossier").query(Long.class).single(), (System.nanoTime() - t0) / 1e9,
                jdbc.sql("SELECT COUNT(*) FROM task").query(Long.class).single());

        String only = System.getProperty("bench.queues", "AGENCY,RECEPTION,UNIT,OVERDUE,DETAIL");
        for (String[] who : List.of(new String[] {"chutich.bmt", "AGENCY"}, new String[] {"tiepnhan.tinh", "RECEPTION"},
                new String[] {"congchuc.bmt", "UNIT"}, new String[] {"lanhdao.tinh", "OVERDUE"})) {
            if (!List.of(only.split(",")).contains(who[1])) {
                continue;
            }
            HttpClient client = login(who[0]);
            String url = "http://localhost:" + port + "/api/v1/officer/inbox?size=20&queue=" + who[1];
            BenchSupport.run("warm-up", 300, 2, i -> get(client, url));
            System.out.println(BenchSupport.run("inbox " + who[1] + " (" + who[0] + ")", 3_000, 4, i -> get(client, url)));
        }

        if (!List.of(only.split(",")).contains("DETAIL")) {
            return;
        }
        HttpClient leader = login("chutich.bmt");
        List<String> codes = jdbc.sql("""
                SELECT d.code FROM dossier d JOIN agency a ON a.id = d.competent_agency_id
                WHERE a.code = '000.01.00.H66' AND d.code LIKE 'BENCH-%' ORDER BY d.id DESC LIMIT 2000
                """).query(String.class).list();
        Random random = new Random(7);
        BenchSupport.run("warm-up", 300, 2, i -> get(leader, detailUrl(codes.get(random.nextInt(codes.size())))));
        System.out.println(BenchSupport.run("dossier detail (chutich.bmt)", 3_000, 4,
                i -> get(leader, detailUrl(codes.get((i * 31) % codes.size())))));
    }

    private String detailUrl(String code) {
        return "http://localhost:" + port + "/api/v1/officer/dossiers/" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    /** A signed-in browser-like client: the session cookie, not a password check per request. */
    private HttpClient login(String login) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dang-nhap")).build(), HttpResponse.BodyHandlers.discarding());
        String token = ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
        String form = "login=" + login + "&password=Congso%402026&_csrf=" + token;
        HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dang-nhap"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login failed for " + login + ": " + r.statusCode());
        }
        return client;
    }

    private static boolean get(HttpClient client, String url) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * Bulk-generates dossiers with their reception task (done), one processing task (open for the most recent 3 %,
     * done otherwise) and two history rows, spread over every receiving desk and competent agency of the demo
     * province and over the last 12 months.
     */
    private void generate(int count) {
        jdbc.sql("CREATE TEMP TABLE bench_agency AS SELECT row_number() OVER (ORDER BY a.id) AS n, a.id AS competent, "
                + "COALESCE((SELECT c.id FROM agency c WHERE c.parent_id = a.id AND c.kind = 'COMMUNE_CENTRE' LIMIT 1), "
                + "(SELECT p.id FROM agency p WHERE p.code = '000.00.01.H66')) AS receiving, a.kind "
                + "FROM agency a WHERE a.kind IN ('COMMUNE_PC', 'DEPARTMENT')").update();
        int agencies = jdbc.sql("SELECT COUNT(*) FROM bench_agency").query(Integer.class).single();
        long version = jdbc.sql("SELECT MIN(id) FROM procedure_version").query(Long.class).single();
        for (int from = 1; from <= count; from += 100_000) {
            int to = Math.min(count, from + 99_999);
            jdbc.sql("""
                    INSERT INTO dossier (code, public_id, procedure_code, procedure_version_id, procedure_name, result_is_document, channel,
                        status, dvcqg_status, applicant_name, applicant_folded, applicant_phone, applicant_language, receiving_agency_id,
                        competent_agency_id, data, check_code, submitted_at, received_at, due_at, effective_due_at, decided_at, returned_at,
                        paused_minutes, supplement_count, extension_count, online_payment, vneid_verified, tracking_failures, created_at,
                        updated_at, version)
                    SELECT 'BENCH-' || g, md5(g::text), '1.001193', :version, 'Đăng ký khai sinh', TRUE, 1 + (g % 3),
                        CASE WHEN g > :recent THEN 'IN_PROGRESS' ELSE 'RETURNED' END, CASE WHEN g > :recent THEN 4 ELSE 10 END,
                        'Người nộp ' || g, 'nguoi nop ' || g, '0912' || lpad((g % 1000000)::text, 6, '0'), 'vi', b.receiving, b.competent, '{}', 'ABC123',
                        t.at, t.at, t.at + interval '3 day', t.at + interval '3 day' + ((g % 5) * interval '1 hour'),
                        CASE WHEN g > :recent THEN NULL ELSE t.at + interval '2 day' END,
                        CASE WHEN g > :recent THEN NULL ELSE t.at + interval '2 day' END, 0, 0, 0, FALSE, FALSE, 0, t.at, t.at, 1
                    FROM generate_series(:from, :to) g
                    JOIN bench_agency b ON b.n = 1 + (g % :agencies)
                    CROSS JOIN LATERAL (SELECT now() - ((:count - g) * interval '31 second') AS at) t
                    """).param("version", version).param("recent", (long) (count * 0.97)).param("from", from).param("to", to)
                    .param("agencies", agencies).param("count", count).update();
        }
        jdbc.sql("""
                INSERT INTO task (dossier_id, dossier_code, procedure_code, procedure_name, applicant_name, kind, step_id, step_no, step_name,
                    agency_id, desk_agency_id, role, status, started_at, sort_due_at, dossier_status, channel, completed_at, outcome, version)
                SELECT d.id, d.code, d.procedure_code, d.procedure_name, d.applicant_name, 'RECEPTION', 'tiep-nhan', 0, 'Tiếp nhận hồ sơ',
                    d.competent_agency_id, d.receiving_agency_id, 'RECEPTIONIST', 'DONE', d.submitted_at, d.submitted_at, d.status, d.channel,
                    d.received_at, 'ACCEPTED', 1
                FROM dossier d WHERE d.code LIKE 'BENCH-%'
                """).update();
        jdbc.sql("""
                INSERT INTO task (dossier_id, dossier_code, procedure_code, procedure_name, applicant_name, kind, step_id, step_no, step_name,
                    agency_id, role, status, started_at, step_due_at, sort_due_at, dossier_status, channel, completed_at, outcome, version)
                SELECT d.id, d.code, d.procedure_code, d.procedure_name, d.applicant_name, 'STEP', 'tham-dinh', 2, 'Thẩm định hồ sơ',
                    d.competent_agency_id, 'SPECIALIST', CASE WHEN d.status = 'RETURNED' THEN 'DONE' ELSE 'OPEN' END, d.received_at,
                    d.effective_due_at, d.effective_due_at, d.status, d.channel, d.decided_at,
                    CASE WHEN d.status = 'RETURNED' THEN 'FORWARDED' END, 1
                FROM dossier d WHERE d.code LIKE 'BENCH-%'
                """).update();
        jdbc.sql("""
                INSERT INTO dossier_status_history (dossier_id, at, actor_name, actor_role, from_status, to_status, dvcqg_from, dvcqg_to)
                SELECT d.id, d.submitted_at, 'Bench', 'APPLICANT', NULL, 'SUBMITTED', NULL, 1 FROM dossier d WHERE d.code LIKE 'BENCH-%'
                UNION ALL
                SELECT d.id, d.received_at, 'Bench', 'RECEPTIONIST', 'SUBMITTED', 'RECEIVED', 1, 2 FROM dossier d WHERE d.code LIKE 'BENCH-%'
                """).update();
        // PostgreSQL's autovacuum would do this on a running system (it is switched off on the test machine): the
        // statistics, and the visibility map that lets counts read only an index.
        jdbc.sql("VACUUM (ANALYZE)").update();
    }
}
