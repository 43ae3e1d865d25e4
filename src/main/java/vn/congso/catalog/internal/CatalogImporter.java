package vn.congso.catalog.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.congso.catalog.CatalogImport;
import vn.congso.catalog.FieldRow;
import vn.congso.catalog.ProcedureChanged;
import vn.congso.catalog.ProcedureRow;
import vn.congso.organization.AdminUnitRow;
import vn.congso.organization.Agency;
import vn.congso.organization.AgencyRow;
import vn.congso.organization.Organization;
import vn.congso.organization.OrganizationImport;
import vn.congso.shared.FieldProblem;
import vn.congso.shared.VietnameseText;

/**
 * All-or-nothing import of fields, units, agencies and procedures. Every row is checked (shape, references,
 * version order) before anything is written; the write runs in one transaction.
 */
@Service
class CatalogImporter implements CatalogImport {

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.\\-_]{1,31}");
    private static final Pattern CUTOFF = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final Set<String> SUBJECTS = Set.of("CITIZEN", "BUSINESS", "ORGANIZATION", "FOREIGNER", "OFFICIAL");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CatalogRepository repository;
    private final Organization organization;
    private final OrganizationImport organizationImport;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SearchIndex index;
    private final CatalogCache cache;

    CatalogImporter(JdbcClient jdbc, JsonMapper json, CatalogRepository repository, Organization organization,
                    OrganizationImport organizationImport, TransactionTemplate tx, ApplicationEventPublisher events, Clock clock,
                    SearchIndex index, CatalogCache cache) {
        this.index = index;
        this.cache = cache;
        this.jdbc = jdbc;
        this.json = json;
        this.repository = repository;
        this.organization = organization;
        this.organizationImport = organizationImport;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Result importJson(byte[] content) {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JacksonException e) {
            return rejected(List.of(FieldProblem.of("$", "import.not-json", line(e))));
        }
        if (root == null || !root.isObject()) {
            return rejected(List.of(FieldProblem.of("$", "import.not-object")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<FieldRow> fields = rows(root, "fields", FieldRow.class, problems);
        List<AdminUnitRow> units = rows(root, "adminUnits", AdminUnitRow.class, problems);
        List<AgencyRow> agencies = rows(root, "agencies", AgencyRow.class, problems);
        List<ProcedureRow> procedures = rows(root, "procedures", ProcedureRow.class, problems);
        if (!problems.isEmpty()) {
            return rejected(problems);
        }
        return importFile(new File(fields, units, agencies, procedures));
    }

    @Override
    public Result importProceduresCsv(byte[] csv) {
        List<FieldProblem> problems = new ArrayList<>();
        List<ProcedureRow> rows = ProcedureCsv.read(new String(stripBom(csv), StandardCharsets.UTF_8), problems);
        if (!problems.isEmpty()) {
            return rejected(problems);
        }
        return importFile(new File(List.of(), List.of(), List.of(), rows));
    }

    @Override
    public Result importFile(File file) {
        Result result = tx.execute(status -> {
            List<FieldProblem> problems = new ArrayList<>(organizationImport.check(file.adminUnits(), file.agencies()));
            problems.addAll(checkFields(file.fields()));
            problems.addAll(checkProcedures(file));
            if (!problems.isEmpty()) {
                status.setRollbackOnly();
                return rejected(problems);
            }
            cache.cache.changedInThisTransaction();
            writeFields(file.fields());
            organizationImport.write(file.adminUnits(), file.agencies());
            int versions = 0;
            for (ProcedureRow row : file.procedures()) {
                if (writeProcedure(row)) {
                    versions++;
                }
            }
            repository.bumpRevision();
            return new Result(true, file.fields().size(), file.adminUnits().size(), file.agencies().size(),
                    file.procedures().size(), versions, List.of());
        });
        if (result != null && result.imported()) {
            index.invalidate();
        }
        return result;
    }

    private <T> List<T> rows(JsonNode root, String name, Class<T> type, List<FieldProblem> problems) {
        JsonNode array = root.get(name);
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            problems.add(FieldProblem.of(name, "import.not-array", name));
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            try {
                out.add(json.treeToValue(array.get(i), type));
            } catch (JacksonException e) {
                problems.add(FieldProblem.of(name + "[" + i + "]" + path(e), "import.malformed", path(e).isEmpty() ? name : path(e).substring(1)));
            }
        }
        return out;
    }

    private static String path(JacksonException e) {
        StringBuilder p = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                p.append('.').append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                p.append('[').append(ref.getIndex()).append(']');
            }
        }
        return p.toString();
    }

    private static String line(JacksonException e) {
        return e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getLineNr());
    }

    private List<FieldProblem> checkFields(List<FieldRow> fields) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            FieldRow f = fields.get(i);
            String at = "fields[" + i + "]";
            if (f.code() == null || !CODE.matcher(f.code()).matches()) {
                problems.add(FieldProblem.of(at + ".code", "import.code", f.code()));
            } else if (!seen.add(f.code())) {
                problems.add(FieldProblem.of(at + ".code", "import.duplicate", f.code()));
            }
            if (blank(f.name())) {
                problems.add(FieldProblem.of(at + ".name", "import.required", "name"));
            }
        }
        return problems;
    }

    private List<FieldProblem> checkProcedures(File file) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> fieldCodes = new HashSet<>();
        file.fields().forEach(f -> fieldCodes.add(f.code()));
        repository.fields().forEach(f -> fieldCodes.add(f.code()));
        Set<String> agencyCodes = new HashSet<>();
        file.agencies().forEach(a -> agencyCodes.add(a.code()));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < file.procedures().size(); i++) {
            ProcedureRow p = file.procedures().get(i);
            String at = "procedures[" + i + "]";
            if (p.code() == null || !CODE.matcher(p.code()).matches()) {
                problems.add(FieldProblem.of(at + ".code", "import.code", p.code()));
            } else if (!seen.add(p.code())) {
                problems.add(FieldProblem.of(at + ".code", "import.duplicate", p.code()));
            }
            if (blank(p.name()) || p.name().length() > 500) {
                problems.add(FieldProblem.of(at + ".name", "import.required", "name"));
            }
            if (blank(p.field()) || !fieldCodes.contains(p.field())) {
                problems.add(FieldProblem.of(at + ".field", "import.unknown-field", p.field()));
            }
            if (p.level() == null || p.level() == vn.congso.organization.AdminLevel.DISTRICT) {
                problems.add(FieldProblem.of(at + ".level", "import.procedure-level", p.level()));
            }
            if (blank(p.competentAgency()) && p.competentAgencyKind() == null) {
                problems.add(FieldProblem.of(at + ".competentAgency", "import.competent-missing"));
            }
            checkAgency(p.competentAgency(), at + ".competentAgency", agencyCodes, problems);
            List<String> implementing = p.implementingAgencies() == null ? List.of() : p.implementingAgencies();
            for (int j = 0; j < implementing.size(); j++) {
                checkAgency(implementing.get(j), at + ".implementingAgencies[" + j + "]", agencyCodes, problems);
            }
            for (String s : p.subjects() == null ? List.<String>of() : p.subjects()) {
                if (s == null || !SUBJECTS.contains(s)) {
                    problems.add(FieldProblem.of(at + ".subjects", "import.subject", s));
                }
            }
            if (p.timeLimit() == null || p.timeLimit().amount() == null || p.timeLimit().amount() < 1 || p.timeLimit().amount() > 1000) {
                problems.add(FieldProblem.of(at + ".timeLimit.amount", "import.time-limit"));
            }
            if (p.timeLimit() == null || p.timeLimit().unit() == null) {
                problems.add(FieldProblem.of(at + ".timeLimit.unit", "import.required", "timeLimit.unit"));
            }
            if (p.cutoff() != null && !CUTOFF.matcher(p.cutoff()).matches()) {
                problems.add(FieldProblem.of(at + ".cutoff", "import.cutoff", p.cutoff()));
            }
            List<ProcedureRow.FeeRow> fees = p.fees() == null ? List.of() : p.fees();
            for (int j = 0; j < fees.size(); j++) {
                ProcedureRow.FeeRow fee = fees.get(j);
                if (blank(fee.name()) || fee.amountVnd() == null || fee.amountVnd() < 0) {
                    problems.add(FieldProblem.of(at + ".fees[" + j + "]", "import.fee"));
                }
            }
            List<ProcedureRow.ComponentRow> components = p.components() == null ? List.of() : p.components();
            Set<String> componentCodes = new HashSet<>();
            for (int j = 0; j < components.size(); j++) {
                ProcedureRow.ComponentRow c = components.get(j);
                if (blank(c.name())) {
                    problems.add(FieldProblem.of(at + ".components[" + j + "].name", "import.required", "name"));
                }
                if ((c.originals() != null && c.originals() < 0) || (c.copies() != null && c.copies() < 0)) {
                    problems.add(FieldProblem.of(at + ".components[" + j + "]", "import.component-count"));
                }
                if (!componentCodes.add(componentCode(c, j))) {
                    problems.add(FieldProblem.of(at + ".components[" + j + "].code", "import.duplicate", componentCode(c, j)));
                }
            }
            if (p.onlineType() == null) {
                problems.add(FieldProblem.of(at + ".onlineType", "import.required", "onlineType"));
            }
            if (p.form() != null && !p.form().isNull() && (!p.form().isObject() || !p.form().path("schema").isObject())) {
                problems.add(FieldProblem.of(at + ".form", "import.form"));
            }
            if (p.validFrom() == null) {
                problems.add(FieldProblem.of(at + ".validFrom", "import.required", "validFrom"));
            } else if (p.code() != null) {
                repository.latest(p.code()).ifPresent(latest -> {
                    if (p.validFrom().isBefore(latest.validFrom())) {
                        problems.add(FieldProblem.of(at + ".validFrom", "import.version-order", latest.validFrom()));
                    } else if (p.validFrom().equals(latest.validFrom()) && !hash(p).equals(latest.contentHash())) {
                        problems.add(FieldProblem.of(at + ".validFrom", "import.version-exists", latest.validFrom()));
                    }
                });
            }
        }
        return problems;
    }

    private void checkAgency(String code, String at, Set<String> inFile, List<FieldProblem> problems) {
        if (!blank(code) && !inFile.contains(code) && organization.agencyByCode(code).isEmpty()) {
            problems.add(FieldProblem.of(at, "import.unknown-agency", code));
        }
    }

    private void writeFields(List<FieldRow> fields) {
        for (FieldRow f : fields) {
            int updated = jdbc.sql("UPDATE field SET name = :n, name_en = :e, name_folded = :f WHERE code = :c")
                    .param("n", VietnameseText.clean(f.name())).param("e", f.nameEn()).param("f", VietnameseText.fold(f.name()))
                    .param("c", f.code()).update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO field (code, name, name_en, name_folded) VALUES (:c, :n, :e, :f)")
                        .param("n", VietnameseText.clean(f.name())).param("e", f.nameEn()).param("f", VietnameseText.fold(f.name()))
                        .param("c", f.code()).update();
            }
        }
    }

    /** Writes a new version unless the latest one is identical; returns whether a version was created. */
    private boolean writeProcedure(ProcedureRow p) {
        String hash = hash(p);
        Optional<CatalogRepository.VersionRow> latest = repository.latest(p.code());
        if (latest.isPresent() && latest.get().contentHash().equals(hash)) {
            return false;
        }
        Instant now = clock.instant();
        long procedureId = latest.map(CatalogRepository.VersionRow::procedureId).orElseGet(() -> {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO procedure (code, created_at) VALUES (:c, :t)").param("c", p.code())
                    .param("t", java.sql.Timestamp.from(now)).update(keys, "id");
            return keys.getKey().longValue();
        });
        int versionNo = latest.map(v -> v.versionNo() + 1).orElse(1);
        latest.ifPresent(v -> jdbc.sql("UPDATE procedure_version SET valid_to = :to WHERE id = :id AND (valid_to IS NULL OR valid_to >= :from)")
                .param("to", p.validFrom().minusDays(1)).param("from", p.validFrom()).param("id", v.id()).update());
        var field = repository.fieldByCode(p.field()).orElseThrow();
        Long competent = blank(p.competentAgency()) ? null : organization.agencyByCode(p.competentAgency()).map(Agency::id).orElseThrow();
        String form = p.form() != null && !p.form().isNull() ? json.writeValueAsString(p.form())
                : latest.map(CatalogRepository.VersionRow::formDefinition).orElse(null);
        List<ProcedureRow.FeeRow> fees = p.fees() == null ? List.of() : p.fees();
        long totalFee = fees.stream().mapToLong(ProcedureRow.FeeRow::amountVnd).sum();
        String searchText = VietnameseText.fold(String.join(" ", nonNull(p.name(), p.code(), p.nameEn(), field.name(),
                p.description(), p.resultName(), p.competentAuthority())));
        Map<String, Object> params = new HashMap<>();
        params.put("procedure", procedureId);
        params.put("no", versionNo);
        params.put("from", p.validFrom());
        params.put("name", VietnameseText.clean(p.name()));
        params.put("nameEn", p.nameEn());
        params.put("folded", VietnameseText.fold(p.name()));
        params.put("search", searchText.length() > 8000 ? searchText.substring(0, 8000) : searchText);
        params.put("field", field.id());
        params.put("level", p.level().name());
        params.put("agency", competent);
        params.put("kind", p.competentAgencyKind() == null ? null : p.competentAgencyKind().name());
        params.put("authority", p.competentAuthority());
        params.put("subjects", p.subjects() == null ? null : String.join(",", p.subjects()));
        params.put("description", p.description());
        params.put("eligibility", p.eligibility());
        params.put("how", p.howToApply());
        params.put("amount", p.timeLimit().amount());
        params.put("unit", p.timeLimit().unit().name());
        params.put("note", p.timeLimit().note());
        params.put("cutoff", p.cutoff());
        params.put("fee", totalFee);
        params.put("result", p.resultName());
        params.put("isDoc", p.resultIsDocument() == null || p.resultIsDocument());
        params.put("online", p.onlineType().name());
        params.put("full", Boolean.TRUE.equals(p.eligibleForFull()));
        params.put("legal", p.legalBasis() == null ? null : String.join("\n", p.legalBasis()));
        params.put("form", form);
        params.put("hash", hash);
        params.put("now", java.sql.Timestamp.from(now));
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO procedure_version (procedure_id, version_no, valid_from, name, name_en, name_folded, search_text, field_id,
                    level, competent_agency_id, competent_agency_kind, competent_authority, subjects, description, eligibility,
                    how_to_apply, time_limit_amount, time_limit_unit, time_limit_note, cutoff_time, total_fee_vnd, result_name,
                    result_is_document, online_type, eligible_for_full, legal_basis, form_definition, content_hash, created_at)
                VALUES (:procedure, :no, :from, :name, :nameEn, :folded, :search, :field, :level, :agency, :kind, :authority,
                    :subjects, :description, :eligibility, :how, :amount, :unit, :note, :cutoff, :fee, :result, :isDoc, :online,
                    :full, :legal, :form, :hash, :now)
                """).params(params).update(keys, "id");
        long versionId = keys.getKey().longValue();
        for (int i = 0; i < fees.size(); i++) {
            ProcedureRow.FeeRow fee = fees.get(i);
            jdbc.sql("INSERT INTO procedure_fee (version_id, ord, name, amount_vnd, note) VALUES (:v, :o, :n, :a, :note)")
                    .param("v", versionId).param("o", i).param("n", fee.name()).param("a", fee.amountVnd()).param("note", fee.note()).update();
        }
        List<ProcedureRow.ComponentRow> components = p.components() == null ? List.of() : p.components();
        for (int i = 0; i < components.size(); i++) {
            ProcedureRow.ComponentRow c = components.get(i);
            jdbc.sql("""
                    INSERT INTO procedure_component (version_id, ord, code, name, originals, copies, mandatory, template_name, template_url, note)
                    VALUES (:v, :o, :code, :name, :orig, :copies, :mandatory, :tname, :turl, :note)
                    """).param("v", versionId).param("o", i).param("code", componentCode(c, i)).param("name", VietnameseText.clean(c.name()))
                    .param("orig", c.originals() == null ? 0 : c.originals()).param("copies", c.copies() == null ? 0 : c.copies())
                    .param("mandatory", c.mandatory() == null || c.mandatory()).param("tname", c.templateName())
                    .param("turl", c.templateUrl()).param("note", c.note()).update();
        }
        for (String code : p.implementingAgencies() == null ? List.<String>of() : p.implementingAgencies()) {
            long agencyId = organization.agencyByCode(code).map(Agency::id).orElseThrow();
            jdbc.sql("INSERT INTO procedure_implementing_agency (version_id, agency_id) VALUES (:v, :a)")
                    .param("v", versionId).param("a", agencyId).update();
        }
        events.publishEvent(new ProcedureChanged(p.code(), versionId, versionNo));
        return true;
    }

    static String componentCode(ProcedureRow.ComponentRow c, int index) {
        return blank(c.code()) ? "TP" + (index + 1) : c.code().strip();
    }

    private String hash(ProcedureRow row) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(row));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> nonNull(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    private static Result rejected(List<FieldProblem> problems) {
        return new Result(false, 0, 0, 0, 0, 0, problems);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static byte[] stripBom(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        return bytes;
    }

}
