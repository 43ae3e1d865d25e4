package vn.congso.calendar.internal;

import java.time.LocalDate;
import java.util.List;

import vn.congso.calendar.DayOff;

/**
 * One year of one calendar, precomputed: the working windows of each day (seconds of the day) and the working
 * seconds elapsed before each day, so that counting working time is a binary search rather than a walk.
 * A working position is the number of working seconds from the start of the year.
 */
final class YearPlan {

    private final int year;
    private final long firstEpochDay;
    private final int[][] windows;
    private final long[] before;
    private final List<DayOff> daysOff;

    YearPlan(int year, int[][] windows, List<DayOff> daysOff) {
        this.year = year;
        this.firstEpochDay = LocalDate.of(year, 1, 1).toEpochDay();
        this.windows = windows;
        this.daysOff = List.copyOf(daysOff);
        this.before = new long[windows.length + 1];
        for (int d = 0; d < windows.length; d++) {
            long sum = 0;
            for (int i = 0; i < windows[d].length; i += 2) {
                sum += windows[d][i + 1] - windows[d][i];
            }
            before[d + 1] = before[d] + sum;
        }
    }

    int year() {
        return year;
    }

    long firstEpochDay() {
        return firstEpochDay;
    }

    int days() {
        return windows.length;
    }

    /** Working seconds in the whole year. */
    long total() {
        return before[windows.length];
    }

    boolean works(int day) {
        return windows[day].length > 0;
    }

    int[] windowsOf(int day) {
        return windows[day];
    }

    List<DayOff> daysOff() {
        return daysOff;
    }

    /** The working position at a second of a day: worked seconds before the day plus those of the day so far. */
    long position(int day, int secondOfDay) {
        long position = before[day];
        int[] w = windows[day];
        for (int i = 0; i < w.length; i += 2) {
            if (secondOfDay >= w[i + 1]) {
                position += w[i + 1] - w[i];
            } else {
                if (secondOfDay > w[i]) {
                    position += secondOfDay - w[i];
                }
                break;
            }
        }
        return position;
    }

    long positionAtStartOf(int day) {
        return before[day];
    }

    /**
     * The day on which a count reaching {@code position} (0 &lt; position ≤ total) runs out. A count that runs out
     * exactly at the end of a day's last window ends on that day, not on the next working day.
     */
    int dayEndingAt(long position) {
        int lo = 1;
        int hi = windows.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (before[mid] >= position) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo - 1;
    }

    /** The second of the day at which a count reaching {@code position} runs out (a window's end when exact). */
    int secondEndingAt(int day, long position) {
        long rest = position - before[day];
        int[] w = windows[day];
        for (int i = 0; i < w.length; i += 2) {
            int length = w[i + 1] - w[i];
            if (rest <= length) {
                return (int) (w[i] + rest);
            }
            rest -= length;
        }
        throw new IllegalStateException("position " + position + " is not on day " + day);
    }

    /** The working day on which working time at {@code position} (0 ≤ position &lt; total) is worked. */
    int dayStartingAt(long position) {
        int lo = 0;
        int hi = windows.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (before[mid] > position) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo - 1;
    }

    /** The second of the day at which working time at {@code position} is worked (a window's start when exact). */
    int secondStartingAt(int day, long position) {
        long rest = position - before[day];
        int[] w = windows[day];
        for (int i = 0; i < w.length; i += 2) {
            int length = w[i + 1] - w[i];
            if (rest < length) {
                return (int) (w[i] + rest);
            }
            rest -= length;
        }
        throw new IllegalStateException("position " + position + " is not on day " + day);
    }
}
