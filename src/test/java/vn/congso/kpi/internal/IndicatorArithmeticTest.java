package vn.congso.kpi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.congso.catalog.Catalog;
import vn.congso.catalog.OnlineServiceType;
import vn.congso.kpi.internal.Results.IndicatorResult;
import vn.congso.kpi.internal.Results.PackResult;
import vn.congso.kpi.internal.Results.Status;
import vn.congso.support.CongsoTest;

/**
 * Every indicator of both packs on hand-built facts for October 2026: a commune A with 21 dossiers of known
 * channels, results, pauses, supplements, payments and ratings, a commune B with one, and the two together.
 */
@CongsoTest
class IndicatorArithmeticTest {

    private static final AtomicLong AGENCIES = new AtomicLong(990_000_000L + (System.nanoTime() % 100_000) * 10);
    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Evaluator evaluator;
    @Autowired
    Catalog catalog;
    @Autowired
    FeedbackFactStore feedback;

    long a;
    long b;
    FactRows rows;

    Filter october(List<Long> agencies) {
        return new Filter(agencies, null, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), FactRows.at("2026-11-01T00:00"));
    }

    @BeforeEach
    void commune() {
        a = AGENCIES.incrementAndGet();
        b = AGENCIES.incrementAndGet();
        rows = new FactRows(jdbc);
        // 10 finished on time: 4 online with a document result and its e-result (digitized), 2 online without a
        // document result (digitized), 4 at the counter (2 document results without e-result, digitized; 2 plain)
        for (int i = 0; i < 4; i++) {
            rows.fact(a).online().document(true).set("digitized_components", 1).finished("2026-10-08T10:00", "EARLY").insert();
        }
        for (int i = 0; i < 2; i++) {
            rows.fact(a).online().set("digitized_components", 2).finished("2026-10-15T10:00", "ON_TIME").insert();
        }
        rows.fact(a).document(false).set("digitized_components", 1).set("fee_bearing", true).set("online_payment", true)
                .set("procedure_code", "T.PAY1").set("rating", "SATISFIED").finished("2026-10-09T10:00", "EARLY").insert();
        rows.fact(a).document(false).set("fee_bearing", true).set("rating", "DISSATISFIED").finished("2026-10-09T10:00", "EARLY").insert();
        rows.fact(a).set("rating", "SATISFIED").finished("2026-10-09T10:00", "EARLY").insert();
        rows.fact(a).set("rating", "ACCEPTABLE").finished("2026-10-09T10:00", "ON_TIME").insert();
        // 3 finished late at the counter, document results, one with its e-result, all fee-bearing, one paid online
        rows.fact(a).document(true).set("fee_bearing", true).set("online_payment", true).set("procedure_code", "T.PAY1")
                .set("complaint", true).finished("2026-10-25T10:00", "OVERDUE").insert();
        rows.fact(a).document(false).set("fee_bearing", true).set("rating", "SATISFIED").finished("2026-10-25T10:00", "OVERDUE").insert();
        rows.fact(a).document(false).set("fee_bearing", true).finished("2026-10-25T10:00", "OVERDUE").insert();
        // 2 open online, due after the period: within time; document results not yet issued
        for (int i = 0; i < 2; i++) {
            rows.fact(a).online().document(false).receivedOn("2026-10-28T09:00").due("2026-11-05T17:30").insert();
        }
        // 2 open at the counter, due on 20/10: overdue at the end of the period
        for (int i = 0; i < 2; i++) {
            rows.fact(a).receivedOn("2026-10-06T09:00").due("2026-10-20T17:30").insert();
        }
        // 1 paused for a supplement past its original due date: the clock is stopped, within time
        rows.fact(a).paused().receivedOn("2026-10-02T09:00").due("2026-10-15T17:30").set("supplement_requested", true).insert();
        // 1 finished "early" by the dates but with a second supplement request: overdue (Decision 766)
        rows.fact(a).set("second_supplement", true).set("supplement_requested", true).finished("2026-10-12T10:00", "EARLY").insert();
        // 1 finished after the period, late at the end of the period
        rows.fact(a).receivedOn("2026-10-10T09:00").due("2026-10-25T17:30").finished("2026-11-03T10:00", "OVERDUE").insert();
        // 1 submitted online in October, not yet received: counts only by first receipt
        rows.fact(a).online().notReceived().insert();
        // a dossier received in September and one in November do not count in October
        rows.fact(a).receivedOn("2026-09-30T16:00").insert();
        rows.fact(a).receivedOn("2026-11-02T08:00").insert();
        // commune B: one open fee-bearing dossier, not paid online, within time
        rows.fact(b).set("fee_bearing", true).receivedOn("2026-10-29T09:00").due("2026-11-10T17:30").insert();
    }

    private static void check(IndicatorResult r, long numerator, long denominator, double ratio, Double points, Status status) {
        assertThat(r.numerator()).as(r.code() + " numerator").isEqualTo(numerator);
        assertThat(r.denominator()).as(r.code() + " denominator").isEqualTo(denominator);
        assertThat(r.ratio()).as(r.code() + " ratio").isCloseTo(ratio, within(0.0001));
        if (points == null) {
            assertThat(r.points()).as(r.code() + " points").isNull();
        } else {
            assertThat(r.points()).as(r.code() + " points").isCloseTo(points, within(0.005));
        }
        assertThat(r.status()).as(r.code() + " status").isEqualTo(status);
    }

    @Test
    void decision766IndicatorsOfACommuneMatchTheHandCount() {
        PackResult r = evaluator.evaluate("766", october(List.of(a)), a, "A", VI);
        // on time: 10 finished on time + 2 open within time + 1 paused = 13 of 20 received
        check(r.indicator("766.2.1"), 13, 20, 0.65, 13.0, Status.MEASURED);
        // online = channel 2 and, for document results, an e-result: 4 + 2 of 20; full marks at 50 %
        check(r.indicator("766.3.3"), 6, 20, 0.3, 3.6, Status.BELOW_TARGET);
        // e-results: finished document results 4 + 2 + 3 = 9, with e-result 4 + 1 = 5
        check(r.indicator("766.6.1"), 5, 9, 0.5556, 3.33, Status.MEASURED);
        // digitized: 6 (the two counter document results without e-result do not count); full at 80 %
        check(r.indicator("766.6.2"), 6, 20, 0.3, 1.5, Status.BELOW_TARGET);
        // paid online: 2 of 5 fee-bearing
        check(r.indicator("766.4.2"), 2, 5, 0.4, 2.4, Status.MEASURED);
        // dossier satisfaction: 100 % − 7 overdue − 2 with complaint or dislike = 11 of 20; full at 90 %
        check(r.indicator("766.5.4"), 11, 20, 0.55, 3.67, Status.BELOW_TARGET);
        // no feedback: no data, full marks by the Decision's rule
        IndicatorResult feedback = r.indicator("766.5.2");
        assertThat(feedback.status()).isEqualTo(Status.NO_DATA);
        assertThat(feedback.ratio()).isNull();
        assertThat(feedback.points()).isEqualTo(6.0);
        // not yet measurable: no number at all
        for (String code : List.of("766.1.1", "766.1.4", "766.6.4", "766.6.5", "766.6.6", "766.6.7")) {
            IndicatorResult n = r.indicator(code);
            assertThat(n.status()).as(code).isEqualTo(Status.NOT_MEASURED);
            assertThat(n.numerator()).as(code).isNull();
            assertThat(n.ratio()).as(code).isNull();
            assertThat(n.points()).as(code).isNull();
        }
        // procedures: the catalogue's online share; fee-bearing procedures with an online payment: 1 of them
        long procedures = catalog.all(LocalDate.of(2026, 10, 31)).size();
        long online = catalog.all(LocalDate.of(2026, 10, 31)).stream().filter(p -> p.onlineType() != OnlineServiceType.NONE).count();
        long feeBearing = catalog.all(LocalDate.of(2026, 10, 31)).stream().filter(p -> p.totalFeeVnd() > 0).count();
        IndicatorResult offered = r.indicator("766.3.1");
        assertThat(offered.numerator()).isEqualTo(online);
        assertThat(offered.denominator()).isEqualTo(procedures);
        assertThat(r.indicator("766.4.1").numerator()).isEqualTo(1);
        assertThat(r.indicator("766.4.1").denominator()).isEqualTo(feeBearing);
        // groups and total add up the points of what is measured
        double sum = r.indicators().stream().filter(i -> i.points() != null).mapToDouble(IndicatorResult::points).sum();
        assertThat(r.total()).isCloseTo(sum, within(0.011));
        assertThat(r.maxTotal()).isEqualTo(100.0);
        Results.GroupResult transparency = r.groups().stream().filter(g -> g.code().equals("transparency")).findFirst().orElseThrow();
        assertThat(transparency.points()).isEqualTo(0.0);
        assertThat(transparency.measuredMaxPoints()).isEqualTo(0.0);
        Results.GroupResult progress = r.groups().stream().filter(g -> g.code().equals("progress")).findFirst().orElseThrow();
        assertThat(progress.points()).isEqualTo(13.0);
        assertThat(progress.maxPoints()).isEqualTo(20.0);
    }

    @Test
    void programmeTargetsShowNotMeasuredWhereNoDataSourceExists() {
        PackResult r = evaluator.evaluate("program", october(List.of(a)), a, "A", VI);
        // online by first receipt: 6 + 2 + 1 (not yet received) of 21 arrivals
        check(r.indicator("P.03"), 9, 21, 0.4286, null, Status.BELOW_TARGET);
        // satisfaction: satisfied or acceptable 4 of 5 ratings
        check(r.indicator("P.04"), 4, 5, 0.8, null, Status.BELOW_TARGET);
        check(r.indicator("P.07"), 2, 5, 0.4, null, Status.BELOW_TARGET);
        for (String code : List.of("P.01", "P.05", "P.06", "P.08", "P.09", "P.10", "P.11")) {
            assertThat(r.indicator(code).status()).as(code).isEqualTo(Status.NOT_MEASURED);
            assertThat(r.indicator(code).ratio()).as(code).isNull();
        }
        assertThat(r.total()).isNull();
    }

    @Test
    void noDataIsNotZero() {
        PackResult r = evaluator.evaluate("766", october(List.of(b)), b, "B", VI);
        // one fee-bearing dossier not paid online: a measured 0
        check(r.indicator("766.4.2"), 0, 1, 0.0, 0.0, Status.MEASURED);
        // no finished document result: no data, no points
        IndicatorResult eResult = r.indicator("766.6.1");
        assertThat(eResult.status()).isEqualTo(Status.NO_DATA);
        assertThat(eResult.denominator()).isZero();
        assertThat(eResult.ratio()).isNull();
        assertThat(eResult.points()).isNull();
        PackResult empty = evaluator.evaluate("766", october(List.of(AGENCIES.incrementAndGet())), null, "none", VI);
        assertThat(empty.indicator("766.2.1").status()).isEqualTo(Status.NO_DATA);
        assertThat(empty.indicator("766.2.1").points()).isNull();
        // dossier satisfaction without dossiers scores 0 (Decision 766 §5.4)
        assertThat(empty.indicator("766.5.4").status()).isEqualTo(Status.NO_DATA);
        assertThat(empty.indicator("766.5.4").points()).isEqualTo(0.0);
    }

    @Test
    void communesRollUpIntoTheirParent() {
        PackResult both = evaluator.evaluate("766", october(List.of(a, b)), null, "A+B", VI);
        check(both.indicator("766.2.1"), 14, 21, 0.6667, 13.33, Status.MEASURED);
        check(both.indicator("766.4.2"), 2, 6, 0.3333, 2.0, Status.MEASURED);
        var grouped = evaluator.evaluateGrouped("766", october(List.of(a, b)), agency -> agency == b ? b : a,
                new java.util.LinkedHashMap<>(java.util.Map.of(a, "A", b, "B")), VI);
        assertThat(grouped.get(a).indicator("766.2.1").numerator()).isEqualTo(13);
        assertThat(grouped.get(b).indicator("766.2.1").numerator()).isEqualTo(1);
    }

    @Test
    void feedbackFactsFeedTheSatisfactionGroup() {
        long unit = AGENCIES.incrementAndGet();
        long base = unit * 10;
        // four feedback items in October: answered on time and liked; answered late; open past its deadline; open within it
        feedback.recordFeedbackReceived(base + 1, "PAKN-1", unit, "1.001193", null, FactRows.at("2026-10-01T09:00"));
        feedback.recordFeedbackHandled(base + 1, unit, "ANSWERED", true, FactRows.at("2026-10-05T09:00"));
        feedback.recordReaction(base + 1, unit, true, FactRows.at("2026-10-06T09:00"));
        feedback.recordFeedbackReceived(base + 2, "PAKN-2", unit, "1.001193", null, FactRows.at("2026-10-01T09:00"));
        feedback.recordFeedbackHandled(base + 2, unit, "ANSWERED", false, FactRows.at("2026-10-29T09:00"));
        feedback.recordFeedbackReceived(base + 3, "PAKN-3", unit, null, null, FactRows.at("2026-10-02T09:00"));
        feedback.recordFeedbackReceived(base + 4, "PAKN-4", unit, null, null, FactRows.at("2026-10-30T09:00"));
        // answered on time but disliked more than liked: on time, not satisfied
        feedback.recordFeedbackReceived(base + 5, "PAKN-5", unit, null, null, FactRows.at("2026-10-12T09:00"));
        feedback.recordFeedbackHandled(base + 5, unit, "PUBLISHED", true, FactRows.at("2026-10-14T09:00"));
        feedback.recordReaction(base + 5, unit, false, FactRows.at("2026-10-15T09:00"));
        feedback.recordReaction(base + 5, unit, false, FactRows.at("2026-10-15T10:00"));
        feedback.recordReaction(base + 5, unit, true, FactRows.at("2026-10-15T11:00"));
        // replaying an event changes nothing
        feedback.recordFeedbackReceived(base + 1, "PAKN-1", unit, "1.001193", null, FactRows.at("2026-10-01T09:00"));

        PackResult r = evaluator.evaluate("766", october(List.of(unit)), unit, "F", VI);
        // on time: 1, 4 (open, deadline in November), 5 → 3 of 5
        check(r.indicator("766.5.2"), 3, 5, 0.6, 3.6, Status.MEASURED);
        // satisfied: on time and not more dislikes than likes → 1 and 4 → 2 of 5
        check(r.indicator("766.5.3"), 2, 5, 0.4, 2.4, Status.MEASURED);

        // ratings and complaints reach the dossier facts, and survive in their own table
        long dossier = rows.fact(unit).finished("2026-10-09T10:00", "EARLY").insert();
        feedback.recordRating(dossier, unit, "dissatisfied", FactRows.at("2026-10-10T10:00"));
        assertThat(jdbc.sql("SELECT rating FROM kpi_dossier_fact WHERE dossier_id = :d").param("d", dossier).query(String.class).single())
                .isEqualTo("DISSATISFIED");
        feedback.recordComplaint(dossier, unit, FactRows.at("2026-10-11T10:00"));
        PackResult after = evaluator.evaluate("766", october(List.of(unit)), unit, "F", VI);
        check(after.indicator("766.5.4"), 0, 1, 0.0, 0.0, Status.BELOW_TARGET);
        assertThat(jdbc.sql("SELECT complaint FROM kpi_dossier_feedback WHERE dossier_id = :d").param("d", dossier).query(Boolean.class).single())
                .isTrue();
    }

    @Test
    void scoringRules() {
        Indicator.Scoring linear = new Indicator.Scoring(Indicator.Scoring.Rule.LINEAR, 6, null, null, Indicator.Scoring.NoData.NONE);
        assertThat(linear.points(0.5)).isEqualTo(3.0);
        assertThat(linear.points(0)).isEqualTo(0.0);
        assertThat(linear.points(1)).isEqualTo(6.0);
        Indicator.Scoring threshold = new Indicator.Scoring(Indicator.Scoring.Rule.FULL_AT_THRESHOLD, 6, 0.5, null, Indicator.Scoring.NoData.NONE);
        assertThat(threshold.points(0.5)).isEqualTo(6.0);
        assertThat(threshold.points(0.6)).isEqualTo(6.0);
        assertThat(threshold.points(0.25)).isEqualTo(3.0);
        Indicator.Scoring ninety = new Indicator.Scoring(Indicator.Scoring.Rule.FULL_AT_THRESHOLD, 6, 0.9, null, Indicator.Scoring.NoData.ZERO);
        assertThat(ninety.points(0.89)).isEqualTo(5.93);
        assertThat(ninety.pointsWithoutData()).isEqualTo(0.0);
        // Decision 766 group 4 (reverse-engineered): min(2, 2.5 × B)
        Indicator.Scoring capped = new Indicator.Scoring(Indicator.Scoring.Rule.CAPPED, 2, null, 1.25, Indicator.Scoring.NoData.FULL);
        assertThat(capped.points(0.4)).isEqualTo(1.0);
        assertThat(capped.points(0.9)).isEqualTo(2.0);
        assertThat(capped.pointsWithoutData()).isEqualTo(2.0);
    }
}
