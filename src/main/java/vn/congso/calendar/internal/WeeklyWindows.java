package vn.congso.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.congso.calendar.WorkingWindow;

/**
 * The weekly pattern of a calendar: working windows per weekday (default Monday–Friday 07:30–11:30 and
 * 13:30–17:30). The standard day is the pattern most weekdays share; its length is one working day, and a rest
 * day swapped into a working day (làm bù) is worked with it.
 */
final class WeeklyWindows {

    private static final int[] NONE = new int[0];

    static final WeeklyWindows DEFAULT = of(defaultWindows());

    private final List<WorkingWindow> windows;
    private final int[][] byDay;
    private final int[] standardDay;
    private final long standardDaySeconds;

    private WeeklyWindows(List<WorkingWindow> windows) {
        this.windows = windows;
        this.byDay = new int[7][];
        for (DayOfWeek day : DayOfWeek.values()) {
            byDay[day.ordinal()] = seconds(windows.stream().filter(w -> w.day() == day).toList());
        }
        this.standardDay = mostCommonPattern(byDay);
        long total = 0;
        for (int i = 0; i < standardDay.length; i += 2) {
            total += standardDay[i + 1] - standardDay[i];
        }
        this.standardDaySeconds = total;
    }

    /** A valid weekly pattern, or an exception naming the first problem (see {@link #problems}). */
    static WeeklyWindows of(List<WorkingWindow> windows) {
        List<String> problems = problems(windows);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0));
        }
        List<WorkingWindow> sorted = windows.stream()
                .sorted(Comparator.comparing(WorkingWindow::day).thenComparing(WorkingWindow::start)).toList();
        return new WeeklyWindows(sorted);
    }

    /** Problem codes of a proposed pattern: empty, overlapping windows. */
    static List<String> problems(List<WorkingWindow> windows) {
        List<String> problems = new ArrayList<>();
        if (windows == null || windows.isEmpty()) {
            problems.add("calendar.windows.empty");
            return problems;
        }
        for (int i = 0; i < windows.size(); i++) {
            for (int j = i + 1; j < windows.size(); j++) {
                if (windows.get(i).overlaps(windows.get(j))) {
                    problems.add("calendar.windows.overlap");
                    return problems;
                }
            }
        }
        return problems;
    }

    static List<WorkingWindow> defaultWindows() {
        List<WorkingWindow> list = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            list.add(WorkingWindow.of(day, "07:30", "11:30"));
            list.add(WorkingWindow.of(day, "13:30", "17:30"));
        }
        return list;
    }

    List<WorkingWindow> windows() {
        return windows;
    }

    boolean works(DayOfWeek day) {
        return byDay[day.ordinal()].length > 0;
    }

    /** Windows of a weekday as seconds of the day: start, end, start, end... (shared, do not modify). */
    int[] secondsOf(DayOfWeek day) {
        return byDay[day.ordinal()];
    }

    int[] standardDay() {
        return standardDay;
    }

    long standardDaySeconds() {
        return standardDaySeconds;
    }

    static List<WorkingWindow> toWindows(DayOfWeek day, int[] seconds) {
        List<WorkingWindow> list = new ArrayList<>(seconds.length / 2);
        for (int i = 0; i < seconds.length; i += 2) {
            list.add(new WorkingWindow(day, LocalTime.ofSecondOfDay(seconds[i]), LocalTime.ofSecondOfDay(seconds[i + 1])));
        }
        return list;
    }

    private static int[] seconds(List<WorkingWindow> sorted) {
        if (sorted.isEmpty()) {
            return NONE;
        }
        int[] s = new int[sorted.size() * 2];
        for (int i = 0; i < sorted.size(); i++) {
            s[2 * i] = sorted.get(i).start().toSecondOfDay();
            s[2 * i + 1] = sorted.get(i).end().toSecondOfDay();
        }
        return s;
    }

    private static int[] mostCommonPattern(int[][] byDay) {
        Map<String, int[]> patterns = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int[] day : byDay) {
            if (day.length == 0) {
                continue;
            }
            String key = Arrays.toString(day);
            patterns.putIfAbsent(key, day);
            counts.merge(key, 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> patterns.get(e.getKey())).orElse(NONE);
    }
}
