package vn.congso.kpi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.congso.support.CongsoTest;
import vn.congso.support.Http;

/** The dashboard pages over HTTP: what a ward chairman sees, the exports, the scope, and the public transparency page. */
@CongsoTest
class DashboardPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Http as(String login) {
        return new Http(port).basic(login, "Congso@2026");
    }

    long agency(String code) {
        return jdbc.sql("SELECT id FROM agency WHERE code = :c").param("c", code).query(Long.class).single();
    }

    /** An overdue open dossier of the ward of Buôn Ma Thuột received a minute ago (its due date already past). */
    String overdueWardDossier() {
        String now = LocalDateTime.now(FactRows.ZONE).minusMinutes(1).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16);
        FactRows.Row row = new FactRows(jdbc).fact(agency("000.01.00.H66")).receivedOn(now).set("second_supplement", true)
                .set("procedure_code", "T.DASH");
        row.insert();
        return (String) row.v.get("code");
    }

    @Test
    void theWardChairmanSeesTargetsScoreTrendRankingAndWarningsWithLinksToTheDossiers() {
        String code = overdueWardDossier();
        Http chairman = as("chutich.bmt");
        Http.Response page = chairman.get("/lanh-dao/chi-so");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("Bảng chỉ số điều hành").contains("Ủy ban nhân dân phường Buôn Ma Thuột")
                .contains("Chỉ tiêu chương trình").contains("Quyết định 766").contains("Diễn biến 12 tháng").contains("Xếp hạng đơn vị")
                .contains("Chưa đo được").contains("/lanh-dao/chi-so/766.2.1/ho-so?part=missing")
                .contains("yêu cầu bổ sung lần thứ hai").contains("echarts.min.js").contains("id=\"kpi-data\"");
        assertThat(html).doesNotContain("Ủy ban nhân dân phường Tuy Hòa</option>");

        Http.Response missing = chairman.get("/lanh-dao/chi-so/766.2.1/ho-so", Map.of("part", "missing"));
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.body()).contains(code).contains("Quá hạn");
        Http.Response warning = chairman.get("/lanh-dao/chi-so/canh-bao/SECOND_SUPPLEMENT");
        assertThat(warning.status()).isEqualTo(200);
        assertThat(warning.body()).contains(code);

        long tuyHoa = agency("000.02.00.H66");
        assertThat(chairman.get("/lanh-dao/chi-so", Map.of("unit", tuyHoa)).status()).isEqualTo(403);
        assertThat(as("congchuc.bmt").get("/lanh-dao/chi-so").status()).isEqualTo(403);
    }

    @Test
    void badDatesOnThePageAreSummarisedAndTheMonthIsShown() {
        Http.Response page = as("lanhdao.tinh").get("/lanh-dao/chi-so", Map.of("from", "2026-02-30"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("error-summary").contains("Ngày phải có dạng").contains("href=\"#f-from\"");
    }

    @Test
    void everyTableExportsAsCsvAndXlsxWithTheSameFigures() throws Exception {
        String code = overdueWardDossier();
        Http chairman = as("chutich.bmt");
        Http.Response csv = chairman.get("/lanh-dao/chi-so/xuat", Map.of("table", "766", "format", "csv"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFMã,Chỉ số,Tử số,Mẫu số").contains("766.2.1,\"Hồ sơ giải quyết trước").contains("Chưa đo được");
        for (String table : new String[] {"program", "groups", "trend", "ranking"}) {
            Http.Response r = chairman.get("/lanh-dao/chi-so/xuat", Map.of("table", table, "format", "csv"));
            assertThat(r.status()).as(table).isEqualTo(200);
        }
        assertThat(new String(chairman.get("/lanh-dao/chi-so/xuat", Map.of("table", "groups", "format", "csv")).bytes(), StandardCharsets.UTF_8))
                .contains("Tiến độ, kết quả giải quyết").contains("Tổng,");

        Http.Response xlsx = chairman.get("/lanh-dao/chi-so/xuat", Map.of("table", "766", "format", "xlsx"));
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Chỉ số");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("766.1.1");
            int progress = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(0).getStringCellValue().equals("766.2.1")) {
                    progress = r;
                }
            }
            assertThat(progress).isPositive();
            assertThat(sheet.getRow(progress).getCell(3).getNumericCellValue()).as("denominator").isGreaterThanOrEqualTo(1);
        }

        Http.Response dossiers = chairman.get("/lanh-dao/chi-so/766.2.1/ho-so/xuat", Map.of("format", "xlsx", "part", "missing"));
        assertThat(dossiers.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(dossiers.bytes()))) {
            Sheet sheet = book.getSheetAt(0);
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                found |= sheet.getRow(r).getCell(0).getStringCellValue().equals(code);
            }
            assertThat(found).isTrue();
        }
        assertThat(chairman.get("/lanh-dao/chi-so/xuat", Map.of("table", "766", "format", "pdf")).status()).isEqualTo(400);
        assertThat(chairman.get("/lanh-dao/chi-so/xuat", Map.of("table", "secrets", "format", "csv")).status()).isEqualTo(400);
    }

    @Test
    void theTransparencyPageIsPublicAndShowsOnlyAggregates() {
        overdueWardDossier();
        Http.Response page = new Http(port).get("/minh-bach");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body()).contains("Minh bạch kết quả giải quyết hồ sơ").contains("Ủy ban nhân dân phường Buôn Ma Thuột")
                .contains("Đúng hạn").contains("Trực tuyến").contains("Hài lòng")
                .doesNotContain("T-").doesNotContain("066090");
        assertThat(page.header("Set-Cookie")).as("no session for an anonymous page").satisfiesAnyOf(
                c -> assertThat(c).isNull(), c -> assertThat(c).doesNotContain("SESSION"));
    }
}
