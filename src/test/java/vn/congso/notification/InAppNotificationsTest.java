package vn.congso.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.congso.support.CongsoTest;
import vn.congso.support.Http;
import vn.congso.support.TestAccounts;
import vn.congso.support.TestAccounts.TestAccount;

@CongsoTest
class InAppNotificationsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Notifications notifications;

    TestAccount hoa;
    TestAccount binh;

    @BeforeEach
    void accounts() {
        TestAccounts accounts = new TestAccounts(jdbc, encoder);
        hoa = accounts.citizen("Nguyễn Thị Hoa");
        binh = accounts.citizen("Trần Văn Bình");
    }

    Http as(TestAccount a) {
        return new Http(port).basic(a.login(), a.password());
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        Http.Response list = new Http(port).get("/api/v1/notifications");
        assertThat(list.status()).isEqualTo(401);
        assertThat(list.isProblem()).isTrue();
        assertThat(list.json().get("code").asString()).isEqualTo("unauthenticated");
        assertThat(new Http(port).postJson("/api/v1/notifications/read", "{}").status()).isEqualTo(401);

        Http.Response page = new Http(port).get("/thong-bao");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).contains("/dang-nhap");
    }

    @Test
    void eachPersonSeesOnlyTheirOwnNotificationsNewestFirst() throws InterruptedException {
        notifications.inApp(hoa.id(), "Hồ sơ A đã được tiếp nhận", "Thủ tục: Đăng ký khai sinh.", "/tra-cuu/A");
        Thread.sleep(5); // distinct creation times, so "newest first" is observable
        notifications.inApp(hoa.id(), "Hồ sơ B đang được xử lý", null, null);

        var mine = as(hoa).get("/api/v1/notifications");
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.json().get("total").asLong()).isEqualTo(2);
        assertThat(mine.json().get("unread").asInt()).isEqualTo(2);
        assertThat(mine.json().get("items").get(0).get("title").asString()).isEqualTo("Hồ sơ B đang được xử lý");
        assertThat(mine.json().get("items").get(1).get("title").asString()).isEqualTo("Hồ sơ A đã được tiếp nhận");
        assertThat(mine.json().get("items").get(1).get("link").asString()).isEqualTo("/tra-cuu/A");

        var theirs = as(binh).get("/api/v1/notifications");
        assertThat(theirs.json().get("total").asLong()).isZero();
        assertThat(theirs.json().get("items").size()).isZero();
    }

    @Test
    void markingAllReadLeavesNothingUnreadForThatPersonOnly() {
        notifications.inApp(hoa.id(), "Hồ sơ C đã có kết quả", null, null);
        notifications.inApp(binh.id(), "Hồ sơ D đã có kết quả", null, null);

        var marked = as(hoa).postJson("/api/v1/notifications/read", "{}");
        assertThat(marked.status()).as(marked.toString()).isEqualTo(200);
        assertThat(marked.json().get("marked").asInt()).isEqualTo(1);

        assertThat(as(hoa).get("/api/v1/notifications").json().get("unread").asInt()).isZero();
        assertThat(as(hoa).get("/api/v1/notifications").json().get("items").get(0).get("readAt").isNull()).isFalse();
        assertThat(as(binh).get("/api/v1/notifications").json().get("unread").asInt()).isEqualTo(1);
    }

    @Test
    void someoneElsesNotificationCannotBeMarkedRead() {
        notifications.inApp(binh.id(), "Hồ sơ E cần bổ sung giấy tờ", null, null);
        long binhsId = notifications.inbox(binh.id(), vn.congso.shared.Paging.of(1, 1)).items().get(0).id();

        Http.Response r = as(hoa).postJson("/api/v1/notifications/" + binhsId + "/read", "{}");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("code").asString()).isEqualTo("notification.not-found");
        assertThat(notifications.unread(binh.id())).isEqualTo(1);
    }

    @Test
    void badPagingIsA400Problem() {
        Http.Response r = as(hoa).get("/api/v1/notifications?size=1000");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.isProblem()).isTrue();
    }

    @Test
    void theNotificationsPageListsThemWithUnreadMarkedInWords() {
        notifications.inApp(hoa.id(), "Hồ sơ F đã được tiếp nhận", "Thủ tục: Đăng ký khai sinh. Trạng thái: Đã được tiếp nhận.",
                "/tra-cuu/F");

        Http.Response page = as(hoa).get("/thong-bao");

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        String html = page.body();
        assertThat(Pattern.compile("<h1[ >]").matcher(html).results().count()).isEqualTo(1);
        assertThat(html).contains("<h1>Thông báo</h1>").contains("Hồ sơ F đã được tiếp nhận").contains("Chưa đọc")
                .contains("Đánh dấu tất cả là đã đọc").contains("1 thông báo, 1 chưa đọc");
        assertThat(as(binh).get("/thong-bao").body()).doesNotContain("Hồ sơ F");
    }

    @Test
    void anEmptyInboxPageSaysWhatWillAppearThere() {
        Http.Response page = as(binh).get("/thong-bao?lang=en");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("You have no notifications yet.").doesNotContain("Mark all as read");
    }

    @Test
    void markingAllReadOnThePageConfirmsIt() {
        notifications.inApp(hoa.id(), "Hồ sơ G đã trả kết quả", null, null);

        Http.Response post = as(hoa).post("/thong-bao/da-doc", "application/x-www-form-urlencoded", new byte[0]);
        assertThat(post.status()).isEqualTo(302);
        Http.Response page = as(hoa).get(post.header("Location").replaceFirst("^https?://[^/]+", ""));

        assertThat(page.body()).contains("Đã đánh dấu tất cả thông báo là đã đọc.").doesNotContain(">Chưa đọc<");
        assertThat(notifications.unread(hoa.id())).isZero();
    }

    @Test
    void openingANotificationMarksItReadAndGoesWhereItPoints() {
        notifications.inApp(hoa.id(), "Hồ sơ H đang được xử lý", null, "/tra-cuu/H");
        notifications.inApp(hoa.id(), "Liên kết ngoài", null, "https://example.com/lừa-đảo");
        var items = notifications.inbox(hoa.id(), vn.congso.shared.Paging.of(1, 10)).items();

        Http.Response open = as(hoa).get("/thong-bao/" + items.get(1).id());
        assertThat(open.status()).isEqualTo(302);
        assertThat(open.header("Location")).endsWith("/tra-cuu/H");
        assertThat(as(hoa).get("/thong-bao/" + items.get(0).id()).header("Location")).endsWith("/thong-bao");
        assertThat(notifications.unread(hoa.id())).isZero();
        assertThat(as(binh).get("/thong-bao/" + items.get(0).id()).status()).isEqualTo(404);
    }
}
