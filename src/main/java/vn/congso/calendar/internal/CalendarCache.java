package vn.congso.calendar.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.congso.calendar.CalendarChanged;
import vn.congso.organization.Agency;
import vn.congso.organization.Organization;
import vn.congso.shared.ApiException;

/**
 * The calendars in memory, so that due dates cost no query: all definitions and schedule days are loaded at
 * once (they are small), year plans are built on first use. A change on this node drops the cache after its
 * commit; changes on other nodes are noticed within {@code congso.calendar.refresh-seconds} (30 s) by comparing
 * the calendars' versions. Which calendar an agency uses (its own, its nearest ancestor's, or the province's)
 * is remembered too, and forgotten at each refresh so that moves in the agency tree are seen.
 */
@Component
class CalendarCache {

    private final CalendarRepository repository;
    private final Organization organization;
    private final long refreshNanos;
    private final AtomicLong checkedAt = new AtomicLong(System.nanoTime());
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;

    CalendarCache(CalendarRepository repository, Organization organization,
                  @Value("${congso.calendar.refresh-seconds:30}") long refreshSeconds) {
        this.repository = repository;
        this.organization = organization;
        this.refreshNanos = TimeUnit.SECONDS.toNanos(refreshSeconds);
    }

    /** The calendar of an agency (null: the province calendar). An unknown agency is refused. */
    ResolvedCalendar forAgency(Long agencyId) {
        Snapshot s = current();
        if (agencyId == null) {
            return s.province;
        }
        ResolvedCalendar known = s.byAgency.get(agencyId);
        if (known != null) {
            return known;
        }
        ResolvedCalendar resolved = resolve(s, agencyId);
        s.byAgency.put(agencyId, resolved);
        return resolved;
    }

    /** The agency's own override calendar, if it has one. */
    Optional<ResolvedCalendar> ownCalendar(long agencyId) {
        Snapshot s = current();
        return Optional.ofNullable(s.overrides.get(agencyId)).map(s.byId::get);
    }

    /** After the change's transaction ends (committed or not), the next question reloads the calendars. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION)
    void on(CalendarChanged changed) {
        invalidate();
    }

    void invalidate() {
        generation.incrementAndGet();
        snapshot = null;
    }

    private ResolvedCalendar resolve(Snapshot s, long agencyId) {
        Long current = agencyId;
        for (int depth = 0; current != null && depth < 32; depth++) {
            Long calendarId = s.overrides.get(current);
            if (calendarId != null) {
                return s.byId.get(calendarId);
            }
            Optional<Agency> agency = organization.agency(current);
            if (agency.isEmpty()) {
                if (depth == 0) {
                    throw ApiException.badRequest("calendar.agency.unknown", agencyId);
                }
                break;
            }
            current = agency.get().parentId();
        }
        return s.province;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        long now = System.nanoTime();
        long last = checkedAt.get();
        if (s != null && now - last > refreshNanos && checkedAt.compareAndSet(last, now)) {
            if (!repository.stamp().equals(s.stamp)) {
                s = null;
            } else {
                s.byAgency.clear();
            }
        }
        if (s == null) {
            long before = generation.get();
            s = load();
            if (generation.get() == before) {
                snapshot = s;
            }
        }
        return s;
    }

    private Snapshot load() {
        CalendarRepository.Stamp stamp = repository.stamp();
        List<CalendarDefinition> definitions = repository.calendars();
        Map<Long, List<ScheduleEntry>> entries = new HashMap<>();
        repository.entries().forEach(e -> entries.computeIfAbsent(e.calendarId(), k -> new java.util.ArrayList<>()).add(e));
        CalendarDefinition province = definitions.stream().filter(CalendarDefinition::isProvince).findFirst()
                .orElseThrow(() -> new IllegalStateException("no province calendar (migration V40_0 missing?)"));
        WeeklyWindows provinceWindows = province.windows().isEmpty() ? WeeklyWindows.DEFAULT : WeeklyWindows.of(province.windows());
        List<ScheduleEntry> official = entries.getOrDefault(province.id(), List.of());
        Map<Long, ResolvedCalendar> byId = new HashMap<>();
        Map<Long, Long> overrides = new HashMap<>();
        for (CalendarDefinition d : definitions) {
            if (d.isProvince()) {
                byId.put(d.id(), new ResolvedCalendar(d.id(), null, provinceWindows, official, List.of(), LunarCalendar.VIETNAM));
            } else {
                WeeklyWindows windows = d.windows().isEmpty() ? provinceWindows : WeeklyWindows.of(d.windows());
                byId.put(d.id(), new ResolvedCalendar(d.id(), d.agencyId(), windows, official,
                        entries.getOrDefault(d.id(), List.of()), LunarCalendar.VIETNAM));
                overrides.put(d.agencyId(), d.id());
            }
        }
        return new Snapshot(stamp, byId.get(province.id()), Map.copyOf(byId), Map.copyOf(overrides));
    }

    private record Snapshot(CalendarRepository.Stamp stamp, ResolvedCalendar province, Map<Long, ResolvedCalendar> byId,
                            Map<Long, Long> overrides, Map<Long, ResolvedCalendar> byAgency) {
        Snapshot(CalendarRepository.Stamp stamp, ResolvedCalendar province, Map<Long, ResolvedCalendar> byId, Map<Long, Long> overrides) {
            this(stamp, province, byId, overrides, new ConcurrentHashMap<>());
        }
    }
}
