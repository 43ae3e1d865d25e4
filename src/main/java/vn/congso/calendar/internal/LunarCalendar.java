package vn.congso.calendar.internal;

import java.time.LocalDate;

/**
 * The Vietnamese lunisolar calendar, computed astronomically (Hồ Ngọc Đức's algorithm: mean new moons corrected
 * by the main periodic terms, and the sun's longitude for the major solar terms) at a given time zone.
 * Vietnam computes at UTC+7; China at UTC+8, which is why Tết sometimes differs (1985 by a whole month,
 * 2007 by a day). Valid for the Gregorian years 1900–2200 the platform accepts.
 */
final class LunarCalendar {

    /** The calendar Vietnam uses (Asia/Ho_Chi_Minh, UTC+7). */
    static final LunarCalendar VIETNAM = new LunarCalendar(7);

    /** Julian day number of 1970-01-01 (epoch day 0). */
    private static final long JULIAN_EPOCH_OFFSET = 2440588L;
    private static final double SYNODIC_MONTH = 29.530588853;

    private final double timeZone;

    LunarCalendar(double timeZoneHours) {
        this.timeZone = timeZoneHours;
    }

    /** A lunar date: day, month (1–12), lunar year (the Gregorian year in which its Tết falls), leap month flag. */
    record LunarDate(int day, int month, int year, boolean leap) {
    }

    /** Mùng 1 tháng Giêng (the first day of Tết) of the lunar year beginning in the Gregorian year. */
    LocalDate newYear(int year) {
        return toSolar(new LunarDate(1, 1, year, false));
    }

    /** The solar date of a lunar date; for a leap date that does not exist, an exception. */
    LocalDate toSolar(LunarDate lunar) {
        int month = lunar.month();
        int year = lunar.year();
        long a11;
        long b11;
        if (month < 11) {
            a11 = lunarMonth11(year - 1);
            b11 = lunarMonth11(year);
        } else {
            a11 = lunarMonth11(year);
            b11 = lunarMonth11(year + 1);
        }
        long k = (long) Math.floor(0.5 + (a11 - 2415021.076998695) / SYNODIC_MONTH);
        int off = month - 11;
        if (off < 0) {
            off += 12;
        }
        if (b11 - a11 > 365) {
            int leapOff = leapMonthOffset(a11);
            int leapMonth = leapOff - 2;
            if (leapMonth < 0) {
                leapMonth += 12;
            }
            if (lunar.leap() && month != leapMonth) {
                throw new IllegalArgumentException("no leap month " + month + " in lunar year " + year);
            } else if (lunar.leap() || off >= leapOff) {
                off += 1;
            }
        } else if (lunar.leap()) {
            throw new IllegalArgumentException("no leap month in lunar year " + year);
        }
        long monthStart = newMoonDay(k + off);
        return fromJulianDay(monthStart + lunar.day() - 1);
    }

    LunarDate toLunar(LocalDate date) {
        long dayNumber = julianDay(date);
        long k = (long) Math.floor((dayNumber - 2415021.076998695) / SYNODIC_MONTH);
        long monthStart = newMoonDay(k + 1);
        if (monthStart > dayNumber) {
            monthStart = newMoonDay(k);
        }
        int yy = date.getYear();
        long a11 = lunarMonth11(yy);
        long b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = yy;
            a11 = lunarMonth11(yy - 1);
        } else {
            lunarYear = yy + 1;
            b11 = lunarMonth11(yy + 1);
        }
        int lunarDay = (int) (dayNumber - monthStart + 1);
        int diff = (int) Math.floor((monthStart - a11) / 29.0);
        boolean leap = false;
        int lunarMonth = diff + 11;
        if (b11 - a11 > 365) {
            int leapMonthDiff = leapMonthOffset(a11);
            if (diff >= leapMonthDiff) {
                lunarMonth = diff + 10;
                if (diff == leapMonthDiff) {
                    leap = true;
                }
            }
        }
        if (lunarMonth > 12) {
            lunarMonth -= 12;
        }
        if (lunarMonth >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarDay, lunarMonth, lunarYear, leap);
    }

    static long julianDay(LocalDate date) {
        return date.toEpochDay() + JULIAN_EPOCH_OFFSET;
    }

    static LocalDate fromJulianDay(long julianDay) {
        return LocalDate.ofEpochDay(julianDay - JULIAN_EPOCH_OFFSET);
    }

    /** Julian day (fractional, UT) of the k-th new moon after the one of 1900-01-01. */
    static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT;
        if (t < -11) {
            deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
        } else {
            deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
        }
        return jd1 + c1 - deltaT;
    }

    /** The sun's apparent longitude in radians, normalized to [0, 2π), at a Julian day (UT). */
    static double sunLongitude(double jdn) {
        double t = (jdn - 2451545.0) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
        dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
    }

    /** The major solar term (0–11, 30° each) at the local midnight that starts the given day. */
    int solarTerm(long dayNumber) {
        return (int) Math.floor(sunLongitude(dayNumber - 0.5 - timeZone / 24) / Math.PI * 6);
    }

    /** The local day on which the k-th new moon falls. */
    long newMoonDay(long k) {
        return (long) Math.floor(newMoon(k) + 0.5 + timeZone / 24);
    }

    /** The first day of the 11th lunar month (the one containing the winter solstice) of the year. */
    long lunarMonth11(int year) {
        long off = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
        long k = (long) Math.floor(off / SYNODIC_MONTH);
        long nm = newMoonDay(k);
        if (solarTerm(nm) >= 9) {
            nm = newMoonDay(k - 1);
        }
        return nm;
    }

    /** Which month after the 11th is the leap month: the first with no major solar term. */
    int leapMonthOffset(long a11) {
        long k = (long) Math.floor((a11 - 2415021.076998695) / SYNODIC_MONTH + 0.5);
        int last;
        int i = 1;
        int arc = solarTerm(newMoonDay(k + i));
        do {
            last = arc;
            i++;
            arc = solarTerm(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }
}
