package vn.congso.kpi.internal;

import java.util.List;

/** A table of the dashboard as it is exported (CSV, XLSX): a title, the headers, rows of cells (text or numbers). */
record Table(String name, String title, List<String> headers, List<List<Object>> rows) {
}
