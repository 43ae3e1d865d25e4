package vn.congso.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.congso.dossier.DossierView;
import vn.congso.support.CongsoTest;
import vn.congso.support.Http;

/** Satisfaction ratings of returned dossiers: online with the check code, at the counter by an officer of the agency. */
@CongsoTest
class RatingTest {

    @LocalServerPort
    int port;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    FeedbackEvents events;

    Http anonymous() {
        return new Http(port);
    }

    Http officer(String login) {
        return new Http(port).basic(login, FeedbackFixtures.PASSWORD);
    }

    static Map<String, Object> rating(DossierView d, String check, String rating) {
        return Map.of("dossierCode", d.code(), "check", check, "rating", rating, "comment", "Cán bộ hướng dẫn tận tình");
    }

    @Test
    void aReturnedDossierIsRatedOnceWithItsCheckCodeAndTheRatingIsPublished() {
        DossierView d = fixtures.returned(null);

        Http.Response first = anonymous().postJson("/api/v1/ratings", rating(d, d.checkCode().toLowerCase(), "SATISFIED"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("channel").asString()).isEqualTo("ONLINE");

        Http.Response second = anonymous().postJson("/api/v1/ratings", rating(d, d.checkCode(), "DISSATISFIED"));
        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.isProblem()).isTrue();
        assertThat(second.json().get("code").asString()).isEqualTo("feedback.rating.already");

        assertThat(events.rated(d.code())).singleElement().satisfies(e -> {
            assertThat(e.dossierId()).isEqualTo(d.id());
            assertThat(e.agencyId()).isEqualTo(d.competentAgencyId());
            assertThat(e.rating()).isEqualTo("SATISFIED");
            assertThat(e.channel()).isEqualTo("ONLINE");
            assertThat(e.at()).isNotNull();
        });
        Http.Response page = anonymous().get("/danh-gia/" + d.code() + "?kiemTra=" + d.checkCode());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Hồ sơ đã được đánh giá").doesNotContain("name=\"rating\"");
    }

    @Test
    void aDossierNotYetReturnedCannotBeRated() {
        DossierView d = fixtures.inProgress(null);

        Http.Response api = anonymous().language("en").postJson("/api/v1/ratings", rating(d, d.checkCode(), "ACCEPTABLE"));
        assertThat(api.status()).as(api.toString()).isEqualTo(409);
        assertThat(api.json().get("code").asString()).isEqualTo("feedback.rating.not-returned");
        assertThat(api.json().get("detail").asString()).contains("has not been returned yet");

        Http.Response page = anonymous().get("/danh-gia/" + d.code() + "?kiemTra=" + d.checkCode());
        assertThat(page.status()).isEqualTo(409);
        assertThat(page.body()).contains("Hồ sơ chưa trả kết quả").doesNotContain("name=\"rating\"");
        assertThat(events.rated(d.code())).isEmpty();
    }

    @Test
    void aWrongCheckCodeIsRefusedLikeTracking() {
        DossierView d = fixtures.returned(null);

        Http.Response api = anonymous().postJson("/api/v1/ratings", rating(d, "ZZZZZZ", "SATISFIED"));
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.json().get("code").asString()).isEqualTo("feedback.rating.not-found");
        assertThat(anonymous().get("/danh-gia/" + d.code() + "?kiemTra=ZZZZZZ").status()).isEqualTo(404);
        assertThat(anonymous().get("/danh-gia/" + d.code()).status()).as("no check, not signed in").isEqualTo(404);

        Http.Response pagePost = anonymous().post("/danh-gia/" + d.code(), "application/x-www-form-urlencoded",
                ("kiemTra=ZZZZZZ&rating=SATISFIED").getBytes());
        assertThat(pagePost.status()).as("refused (no CSRF token or wrong check), never recorded").isIn(403, 404);
        assertThat(events.rated(d.code())).isEmpty();
    }

    @Test
    void aMissingOrUnknownAnswerOrATooLongCommentIsABadRequest() {
        DossierView d = fixtures.returned(null);

        Http.Response r = anonymous().postJson("/api/v1/ratings", Map.of("dossierCode", d.code(), "check", d.checkCode(), "rating", "VERY_HAPPY",
                "comment", "x".repeat(1001)));
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("rating", "comment");
        assertThat(events.rated(d.code())).isEmpty();
    }

    @Test
    void anOfficerRecordsACounterRatingForADossierOfTheirAgencyButNotForAnotherAgencys() {
        DossierView d = fixtures.returned(null);

        Http.Response other = officer("tiepnhan.tuyhoa").postJson("/api/v1/officer/ratings", Map.of("dossierCode", d.code(), "rating", "SATISFIED"));
        assertThat(other.status()).as(other.toString()).isEqualTo(404);
        Http.Response otherPage = officer("tiepnhan.tuyhoa").get("/can-bo/danh-gia?ma=" + d.code());
        assertThat(otherPage.status()).isEqualTo(404);
        assertThat(otherPage.body()).doesNotContain("value=\"SATISFIED\"");

        Http.Response citizen = new Http(port).basic("citizen@congso.local", FeedbackFixtures.PASSWORD)
                .postJson("/api/v1/officer/ratings", Map.of("dossierCode", d.code(), "rating", "SATISFIED"));
        assertThat(citizen.status()).isEqualTo(403);

        Http.Response page = officer("tiepnhan.bmt").get("/can-bo/danh-gia?ma=" + d.code());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"SATISFIED\"").contains("value=\"DISSATISFIED\"");

        Http.Response own = officer("tiepnhan.bmt").postJson("/api/v1/officer/ratings", Map.of("dossierCode", d.code(), "rating", "DISSATISFIED"));
        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        assertThat(events.rated(d.code())).singleElement().satisfies(e -> {
            assertThat(e.channel()).isEqualTo("COUNTER");
            assertThat(e.rating()).isEqualTo("DISSATISFIED");
        });
        assertThat(anonymous().postJson("/api/v1/ratings", rating(d, d.checkCode(), "SATISFIED")).status()).as("rated at the counter already")
                .isEqualTo(409);
    }

    @Test
    void theTrackingPageOffersTheSurveyOnlyUntilTheDossierIsRated() {
        DossierView d = fixtures.returned(null);
        String tracking = "/tra-cuu?ma=" + d.code() + "&kiemTra=" + d.checkCode();
        String rateLink = "/danh-gia/" + d.code() + "?kiemTra=" + d.checkCode();

        assertThat(anonymous().get(tracking).body()).contains(rateLink.replace("&", "&amp;"))
                .contains(("/phan-anh/gui?hoSo=" + d.code() + "&kiemTra=" + d.checkCode()).replace("&", "&amp;"));
        assertThat(anonymous().postJson("/api/v1/ratings", rating(d, d.checkCode(), "ACCEPTABLE")).status()).isEqualTo(201);
        assertThat(anonymous().get(tracking).body()).doesNotContain("/danh-gia/").contains("/phan-anh/gui?hoSo=");

        DossierView open = fixtures.inProgress(null);
        assertThat(anonymous().get("/tra-cuu?ma=" + open.code() + "&kiemTra=" + open.checkCode()).body()).doesNotContain("/danh-gia/");
    }
}
