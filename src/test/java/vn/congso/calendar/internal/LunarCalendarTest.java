package vn.congso.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.congso.calendar.internal.LunarCalendar.LunarDate;

class LunarCalendarTest {

    private final LunarCalendar vietnam = LunarCalendar.VIETNAM;
    private final LunarCalendar china = new LunarCalendar(8);

    @ParameterizedTest(name = "Tết {0} is {1}")
    @CsvSource({
            "1985, 1985-01-21",
            "1990, 1990-01-27",
            "1995, 1995-01-31",
            "2000, 2000-02-05",
            "2007, 2007-02-17",
            "2010, 2010-02-14",
            "2015, 2015-02-19",
            "2020, 2020-01-25",
            "2021, 2021-02-12",
            "2023, 2023-01-22",
            "2024, 2024-02-10",
            "2025, 2025-01-29",
            "2026, 2026-02-17",
            "2027, 2027-02-06",
            "2028, 2028-01-26",
            "2030, 2030-02-02"})
    void tetFallsOnTheVietnameseNewYearDay(int year, LocalDate tet) {
        assertThat(vietnam.newYear(year)).isEqualTo(tet);
        assertThat(vietnam.toLunar(tet)).isEqualTo(new LunarDate(1, 1, year, false));
    }

    @Test
    void tet1985IsAMonthEarlierInVietnamThanInChinaBecauseTheCalendarIsComputedAtUtcPlus7() {
        assertThat(vietnam.newYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
        assertThat(china.newYear(1985)).isEqualTo(LocalDate.of(1985, 2, 20));
    }

    @Test
    void tet2007And2030AreOneDayEarlierInVietnamThanInChina() {
        assertThat(vietnam.newYear(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
        assertThat(china.newYear(2007)).isEqualTo(LocalDate.of(2007, 2, 18));
        assertThat(vietnam.newYear(2030)).isEqualTo(LocalDate.of(2030, 2, 2));
        assertThat(china.newYear(2030)).isEqualTo(LocalDate.of(2030, 2, 3));
    }

    @ParameterizedTest(name = "Hùng Kings {0} is {1}")
    @CsvSource({"2012, 2012-03-31", "2023, 2023-04-29", "2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26"})
    void hungKingsDayIsTheTenthDayOfTheThirdLunarMonth(int year, LocalDate day) {
        assertThat(vietnam.toSolar(new LunarDate(10, 3, year, false))).isEqualTo(day);
    }

    @Test
    void hungKingsDayFallsInTheRegularThirdMonthEvenInAYearWithALeapSecondMonth() {
        // 2023 (Quý Mão) has a leap 2nd month: 22/03/2023 is the 1st of the leap 2nd month.
        assertThat(vietnam.toLunar(LocalDate.of(2023, 3, 22))).isEqualTo(new LunarDate(1, 2, 2023, true));
        assertThat(vietnam.toSolar(new LunarDate(1, 2, 2023, true))).isEqualTo(LocalDate.of(2023, 3, 22));
        assertThat(vietnam.toSolar(new LunarDate(10, 3, 2023, false))).isEqualTo(LocalDate.of(2023, 4, 29));
    }

    @Test
    void aLeapMonthThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> vietnam.toSolar(new LunarDate(1, 5, 2026, true))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLastDayOfTheLunarYearIsThe29thOr30thOfTheTwelfthMonth() {
        assertThat(vietnam.toLunar(LocalDate.of(2024, 2, 9))).isEqualTo(new LunarDate(30, 12, 2023, false));
        assertThat(vietnam.toLunar(LocalDate.of(2025, 1, 28))).isEqualTo(new LunarDate(29, 12, 2024, false));
        assertThat(vietnam.toLunar(LocalDate.of(2026, 2, 16))).isEqualTo(new LunarDate(29, 12, 2025, false));
    }

    @Test
    void everyDayFrom1985To2030ConvertsToLunarAndBack() {
        for (LocalDate d = LocalDate.of(1985, 1, 1); d.isBefore(LocalDate.of(2031, 1, 1)); d = d.plusDays(1)) {
            LunarDate lunar = vietnam.toLunar(d);
            assertThat(lunar.day()).isBetween(1, 30);
            assertThat(vietnam.toSolar(lunar)).as("round trip of %s (%s)", d, lunar).isEqualTo(d);
        }
    }
}
