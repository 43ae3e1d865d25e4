package vn.congso.calendar.internal;

import java.util.List;

import vn.congso.calendar.WorkingWindow;

/**
 * A stored calendar: the province calendar (no agency, no parent) or an agency's override calendar whose parent
 * is the province calendar. An override without windows of its own works the province's windows.
 */
record CalendarDefinition(long id, String code, String name, String nameEn, Long agencyId, Long parentId, long version,
                          List<WorkingWindow> windows) {

    boolean isProvince() {
        return parentId == null;
    }
}
