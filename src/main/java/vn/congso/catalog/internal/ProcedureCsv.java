package vn.congso.catalog.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.congso.calendar.DurationUnit;
import vn.congso.catalog.OnlineServiceType;
import vn.congso.catalog.ProcedureRow;
import vn.congso.organization.AdminLevel;
import vn.congso.organization.AgencyKind;
import vn.congso.shared.FieldProblem;

/**
 * Procedures from a CSV file (RFC 4180, UTF-8, header row). Lists inside a cell are separated by {@code ;};
 * a fee is {@code name|amount}, a component {@code name|originals|copies|mandatory}. Cell problems are
 * reported as {@code row N.column}.
 */
final class ProcedureCsv {

    static final List<String> COLUMNS = List.of("code", "name", "nameEn", "field", "level", "competentAgency",
            "competentAgencyKind", "competentAuthority", "implementingAgencies", "subjects", "description", "eligibility",
            "timeLimitAmount", "timeLimitUnit", "timeLimitNote", "cutoff", "fees", "components", "resultName",
            "resultIsDocument", "onlineType", "eligibleForFull", "legalBasis", "validFrom");
    static final Set<String> REQUIRED = Set.of("code", "name", "field", "level", "timeLimitAmount", "timeLimitUnit",
            "onlineType", "validFrom");

    private ProcedureCsv() {
    }

    static List<ProcedureRow> read(String text, List<FieldProblem> problems) {
        List<List<String>> records = parse(text, problems);
        if (!problems.isEmpty()) {
            return List.of();
        }
        if (records.isEmpty()) {
            problems.add(FieldProblem.of("row 1", "import.csv-empty"));
            return List.of();
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        for (String h : header) {
            if (!COLUMNS.contains(h)) {
                problems.add(FieldProblem.of("row 1", "import.csv-column", h));
            }
        }
        for (String r : REQUIRED) {
            if (!header.contains(r)) {
                problems.add(FieldProblem.of("row 1", "import.csv-missing-column", r));
            }
        }
        if (!problems.isEmpty()) {
            return List.of();
        }
        List<ProcedureRow> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            String at = "row " + (i + 1);
            if (cells.size() != header.size()) {
                problems.add(FieldProblem.of(at, "import.csv-cells", header.size(), cells.size()));
                continue;
            }
            Map<String, String> c = new HashMap<>();
            for (int j = 0; j < header.size(); j++) {
                String v = cells.get(j).strip();
                c.put(header.get(j), v.isEmpty() ? null : v);
            }
            Cells cell = new Cells(at, c, problems);
            rows.add(new ProcedureRow(c.get("code"), c.get("name"), c.get("nameEn"), c.get("field"),
                    cell.enumValue("level", AdminLevel.class), c.get("competentAgency"),
                    cell.enumValue("competentAgencyKind", AgencyKind.class), c.get("competentAuthority"),
                    list(c.get("implementingAgencies")), list(c.get("subjects")), c.get("description"), c.get("eligibility"), null,
                    new ProcedureRow.TimeLimit(cell.integer("timeLimitAmount"), cell.enumValue("timeLimitUnit", DurationUnit.class),
                            c.get("timeLimitNote")),
                    c.get("cutoff"), cell.fees(), cell.components(), c.get("resultName"), cell.bool("resultIsDocument"),
                    cell.enumValue("onlineType", OnlineServiceType.class), cell.bool("eligibleForFull"),
                    list(c.get("legalBasis")), cell.date("validFrom"), null));
        }
        return rows;
    }

    private record Cells(String at, Map<String, String> c, List<FieldProblem> problems) {

        <E extends Enum<E>> E enumValue(String column, Class<E> type) {
            String v = c.get(column);
            if (v == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of(at + "." + column, "import.csv-value", v));
                return null;
            }
        }

        Integer integer(String column) {
            String v = c.get(column);
            if (v == null) {
                return null;
            }
            try {
                return Integer.valueOf(v);
            } catch (NumberFormatException e) {
                problems.add(FieldProblem.of(at + "." + column, "import.csv-value", v));
                return null;
            }
        }

        Boolean bool(String column) {
            String v = c.get(column);
            if (v == null) {
                return null;
            }
            return switch (v.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1", "co", "có" -> true;
                case "false", "no", "0", "khong", "không" -> false;
                default -> {
                    problems.add(FieldProblem.of(at + "." + column, "import.csv-value", v));
                    yield null;
                }
            };
        }

        LocalDate date(String column) {
            String v = c.get(column);
            if (v == null) {
                return null;
            }
            try {
                if (v.matches("\\d{2}/\\d{2}/\\d{4}")) {
                    return LocalDate.of(Integer.parseInt(v.substring(6)), Integer.parseInt(v.substring(3, 5)), Integer.parseInt(v.substring(0, 2)));
                }
                return LocalDate.parse(v);
            } catch (java.time.DateTimeException e) {
                problems.add(FieldProblem.of(at + "." + column, "import.csv-value", v));
                return null;
            }
        }

        List<ProcedureRow.FeeRow> fees() {
            List<ProcedureRow.FeeRow> out = new ArrayList<>();
            for (String item : list(c.get("fees"))) {
                String[] parts = item.split("\\|");
                try {
                    out.add(new ProcedureRow.FeeRow(parts[0].strip(), Long.parseLong(parts[1].strip().replace(".", "")), null));
                } catch (RuntimeException e) {
                    problems.add(FieldProblem.of(at + ".fees", "import.csv-value", item));
                }
            }
            return out;
        }

        List<ProcedureRow.ComponentRow> components() {
            List<ProcedureRow.ComponentRow> out = new ArrayList<>();
            for (String item : list(c.get("components"))) {
                String[] parts = item.split("\\|");
                try {
                    out.add(new ProcedureRow.ComponentRow(null, parts[0].strip(),
                            parts.length > 1 ? Integer.valueOf(parts[1].strip()) : 1,
                            parts.length > 2 ? Integer.valueOf(parts[2].strip()) : 0,
                            parts.length > 3 ? Boolean.valueOf(parts[3].strip()) : true, null, null, null));
                } catch (RuntimeException e) {
                    problems.add(FieldProblem.of(at + ".components", "import.csv-value", item));
                }
            }
            return out;
        }
    }

    static List<String> list(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** RFC 4180: quoted cells may hold commas, quotes ("") and line breaks. */
    static List<List<String>> parse(String text, List<FieldProblem> problems) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                line++;
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            problems.add(FieldProblem.of("row " + line, "import.csv-quote"));
            return List.of();
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }
}
