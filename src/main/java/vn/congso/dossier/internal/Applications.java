package vn.congso.dossier.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import vn.congso.catalog.Catalog;
import vn.congso.catalog.Component;
import vn.congso.catalog.Procedure;
import vn.congso.dossier.Applicant;
import vn.congso.dossier.Channel;
import vn.congso.dossier.DossierStatus;
import vn.congso.dossier.DossierSubmitted;
import vn.congso.dossier.DossierView;
import vn.congso.dossier.internal.form.FormData;
import vn.congso.dossier.internal.form.FormDefinition;
import vn.congso.dossier.internal.form.FormValidator;
import vn.congso.identity.Account;
import vn.congso.identity.AccountKind;
import vn.congso.identity.CurrentUser;
import vn.congso.identity.Identity;
import vn.congso.organization.AdminLevel;
import vn.congso.organization.AdminUnit;
import vn.congso.organization.Agency;
import vn.congso.organization.AgencyKind;
import vn.congso.organization.Organization;
import vn.congso.shared.ApiException;
import vn.congso.shared.FieldProblem;
import vn.congso.shared.Formats;
import vn.congso.shared.VietnameseText;

/**
 * The online application use cases: start or resume a draft, save a page, choose where to apply, attach and
 * remove documents, discard, and submit. Every draft operation names the signed-in applicant, and the draft is
 * looked up with that owner in SQL, so one applicant can never touch another's draft (it is "not found").
 */
@Service
class Applications {

    private static final String CHECK_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final Pattern INDEXED = Pattern.compile("^(.+?)\\[(\\d+)]\\.(.+)$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DraftRepository drafts;
    private final DossierRepository dossiers;
    private final DossierSequence sequence;
    private final DossierFiles files;
    private final Catalog catalog;
    private final Organization organization;
    private final Identity identity;
    private final Forms forms;
    private final FormValidator validator;
    private final JsonMapper json;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;
    private final TransactionTemplate inTransaction;

    Applications(DraftRepository drafts, DossierRepository dossiers, DossierSequence sequence, DossierFiles files, Catalog catalog,
                 Organization organization, Identity identity, Forms forms, FormValidator validator, JsonMapper json, JdbcClient jdbc,
                 ApplicationEventPublisher events, Clock clock, @Value("${congso.base-url}") String baseUrl,
                 PlatformTransactionManager transactions) {
        this.inTransaction = new TransactionTemplate(transactions);
        this.drafts = drafts;
        this.dossiers = dossiers;
        this.sequence = sequence;
        this.files = files;
        this.catalog = catalog;
        this.organization = organization;
        this.identity = identity;
        this.forms = forms;
        this.validator = validator;
        this.json = json;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** A draft with everything needed to show it. */
    record Session(Draft draft, Procedure procedure, FormDefinition form, ApplicationFlow flow, List<DraftFile> files,
                   AdminUnit commune) {
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

    Procedure onlineProcedure(String code) {
        Procedure p = catalog.procedure(code, today()).orElseThrow(() -> ApiException.notFound("procedure.not-found", code));
        if (!p.canApplyOnline()) {
            throw ApiException.conflict("application.not-online", p.code());
        }
        forms.of(p);
        return p;
    }

    @Transactional(readOnly = true)
    Optional<Draft> openDraft(CurrentUser user, String procedureCode) {
        return drafts.openFor(applicant(user), procedureCode);
    }

    /** Starts a new draft; with {@code restart} an existing open draft of the same procedure is discarded first. */
    @Transactional
    Draft create(CurrentUser user, String procedureCode, boolean restart) {
        long accountId = applicant(user);
        Procedure p = onlineProcedure(procedureCode);
        Optional<Draft> existing = drafts.openFor(accountId, p.code());
        if (existing.isPresent()) {
            if (!restart) {
                return existing.get();
            }
            drafts.close(existing.get().id(), Draft.Status.DISCARDED, null, clock.instant());
        }
        FormDefinition form = forms.of(p);
        Account account = identity.account(accountId).orElseThrow();
        ObjectNode data = prefill(form, account);
        ApplicationFlow flow = ApplicationFlow.of(p, form);
        Long commune = null;
        Agency[] where = {null, null};
        if (p.level() == AdminLevel.PROVINCE) {
            where = provincialAgencies(p);
        } else if (account.adminUnitId() != null) {
            commune = account.adminUnitId();
            where = communeAgencies(commune);
        }
        // where = [competent, receiving]; the draft stores receiving first
        return drafts.insert(accountId, p.code(), p.versionId(), commune, where[1] == null ? null : where[1].id(),
                where[0] == null ? null : where[0].id(), data, flow.first(), clock.instant());
    }

    @Transactional(readOnly = true)
    Session session(CurrentUser user, String draftId) {
        Draft d = drafts.owned(draftId, applicant(user)).orElseThrow(() -> ApiException.notFound("draft.not-found"));
        return session(d);
    }

    Session session(Draft d) {
        Procedure p = catalog.version(d.procedureVersionId()).orElseThrow();
        FormDefinition form = forms.of(p);
        AdminUnit commune = d.communeUnitId() == null ? null : organization.adminUnit(d.communeUnitId()).orElse(null);
        return new Session(d, p, form, ApplicationFlow.of(p, form), drafts.files(d.id()), commune);
    }

    @Transactional(readOnly = true)
    List<Session> openDrafts(CurrentUser user) {
        return drafts.openOf(applicant(user)).stream().map(this::session).toList();
    }

    /**
     * Saves the answers of one page. With {@code validate} (the "Continue" button) the page's fields are checked
     * and nothing is lost when they are wrong: the answers are saved and the problems returned.
     */
    @Transactional
    List<FieldProblem> savePage(CurrentUser user, String draftId, String pageId, Map<String, List<String>> params, Long version,
                                boolean validate, String language) {
        Session s = openSession(user, draftId, version);
        FormDefinition.Page page = s.form().page(pageId);
        if (page == null) {
            throw ApiException.notFound("draft.page-not-found", pageId);
        }
        ObjectNode data = s.draft().data().deepCopy();
        apply(s.form(), page, data, params);
        drafts.save(s.draft(), data, pageId, s.draft().communeUnitId(), s.draft().receivingAgencyId(), s.draft().competentAgencyId(),
                clock.instant());
        if (!validate) {
            return List.of();
        }
        return validator.validate(s.form(), data, FormValidator.pageScope(page), this::communeKnown, language);
    }

    /** Autosave: merges whatever fields were sent, without validation (the page is saved again on "Continue"). */
    @Transactional
    void autosave(CurrentUser user, String draftId, String pageId, Map<String, List<String>> params) {
        Session s = openSession(user, draftId, null);
        FormDefinition.Page page = s.form().page(pageId);
        if (page == null) {
            throw ApiException.notFound("draft.page-not-found", pageId);
        }
        ObjectNode data = s.draft().data().deepCopy();
        apply(s.form(), page, data, params);
        drafts.save(s.draft(), data, pageId, s.draft().communeUnitId(), s.draft().receivingAgencyId(), s.draft().competentAgencyId(),
                clock.instant());
    }

    /** Replaces the whole data of a draft (API clients send JSON rather than pages); not validated until submission. */
    @Transactional
    void replaceData(CurrentUser user, String draftId, JsonNode data, String currentPage, Long version) {
        if (data == null || !data.isObject()) {
            throw ApiException.invalid(List.of(FieldProblem.of("data", "draft.data-object")));
        }
        Session s = openSession(user, draftId, version);
        String page = currentPage != null && s.flow().has(currentPage) ? currentPage : s.draft().currentPage();
        drafts.save(s.draft(), (ObjectNode) data, page, s.draft().communeUnitId(), s.draft().receivingAgencyId(),
                s.draft().competentAgencyId(), clock.instant());
    }

    @Transactional
    void moveTo(CurrentUser user, String draftId, String step) {
        Session s = openSession(user, draftId, null);
        if (s.flow().has(step) && !step.equals(s.draft().currentPage())) {
            drafts.save(s.draft(), s.draft().data(), step, s.draft().communeUnitId(), s.draft().receivingAgencyId(),
                    s.draft().competentAgencyId(), clock.instant());
        }
    }

    /** Commune-level procedures: the commune (xã/phường) whose centre receives the dossier. */
    @Transactional
    List<FieldProblem> chooseCommune(CurrentUser user, String draftId, String communeCode, Long version) {
        Session s = openSession(user, draftId, version);
        if (communeCode == null || communeCode.isBlank()) {
            return List.of(FieldProblem.of("commune", "application.commune-required"));
        }
        AdminUnit unit = organization.adminUnit(communeCode.strip(), today())
                .filter(u -> u.level() == AdminLevel.COMMUNE)
                .orElse(null);
        if (unit == null) {
            return List.of(FieldProblem.of("commune", "application.commune-unknown"));
        }
        Agency[] where = communeAgencies(unit.id());
        if (where[0] == null || where[1] == null) {
            return List.of(FieldProblem.of("commune", "application.commune-no-agency"));
        }
        drafts.save(s.draft(), s.draft().data(), ApplicationFlow.WHERE, unit.id(), where[1].id(), where[0].id(), clock.instant());
        return List.of();
    }

    @Transactional
    DraftFile addFile(CurrentUser user, String draftId, String componentCode, MultipartFile upload) {
        Session s = openSession(user, draftId, null);
        Component component = s.procedure().components().stream().filter(c -> c.code().equals(componentCode)).findFirst()
                .orElseThrow(() -> ApiException.notFound("draft.component-not-found", componentCode));
        long fileId = files.store(upload, applicant(user));
        drafts.addFile(s.draft().id(), fileId, component.code(), clock.instant());
        drafts.touch(s.draft().id(), clock.instant());
        return drafts.files(s.draft().id()).stream().filter(f -> f.fileId() == fileId).findFirst().orElseThrow();
    }

    @Transactional
    void removeFile(CurrentUser user, String draftId, String filePublicId) {
        Session s = openSession(user, draftId, null);
        if (!drafts.removeFile(s.draft().id(), filePublicId)) {
            throw ApiException.notFound("draft.file-not-found");
        }
        drafts.touch(s.draft().id(), clock.instant());
    }

    @Transactional
    void discard(CurrentUser user, String draftId) {
        Session s = openSession(user, draftId, null);
        drafts.close(s.draft().id(), Draft.Status.DISCARDED, null, clock.instant());
    }

    /** Everything that keeps a draft from being submitted, in page order. */
    List<FieldProblem> problems(Session s, String language) {
        List<FieldProblem> problems = new ArrayList<>();
        if (s.flow().has(ApplicationFlow.WHERE) && s.draft().competentAgencyId() == null) {
            problems.add(FieldProblem.of("commune", "application.commune-required"));
        }
        problems.addAll(validator.validate(s.form(), s.draft().data(), FormValidator.EVERYTHING, this::communeKnown, language));
        for (Component c : s.procedure().components()) {
            if (c.mandatory() && s.files().stream().noneMatch(f -> f.componentCode().equals(c.code()))) {
                problems.add(FieldProblem.of("component-" + c.code(), "application.component-missing", c.name()));
            }
        }
        return problems;
    }

    /** Whether the applicant's draft has already become a dossier (a repeated submission). */
    @Transactional(readOnly = true)
    boolean submitted(CurrentUser user, String draftId) {
        return drafts.owned(draftId, applicant(user)).orElseThrow(() -> ApiException.notFound("draft.not-found")).status()
                == Draft.Status.SUBMITTED;
    }

    /**
     * Submits a draft. Idempotent: the same draft, or the same {@code idempotencyKey} from the same applicant,
     * always yields the same dossier, whether the second request comes after the first or at the same moment.
     * <p>
     * The draft is checked and its dossier number taken before the transaction starts: the number has its own short
     * transaction ({@link DossierSequence}), and taking it inside this one would hold a pooled connection while
     * waiting for a second, so as many concurrent submissions as the pool has connections would block each other.
     * Only a draft that passed its checks takes a number; the transaction then locks the draft and re-checks it
     * only if it changed in between.
     */
    DossierView submit(CurrentUser user, String draftId, String idempotencyKey, boolean declared, String language) {
        long accountId = applicant(user);
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw ApiException.invalid(List.of(FieldProblem.of("Idempotency-Key", "application.idempotency-key")));
        }
        Draft checked = drafts.owned(draftId, accountId).orElseThrow(() -> ApiException.notFound("draft.not-found"));
        Integer number = null;
        if (checked.isOpen() && declared && checked.receivingAgencyId() != null && earlierSubmission(accountId, idempotencyKey).isEmpty()) {
            List<FieldProblem> problems = problems(session(checked), language);
            if (!problems.isEmpty()) {
                throw ApiException.invalid(problems);
            }
            number = sequence.next(checked.receivingAgencyId(), today());
        }
        Integer taken = number;
        return inTransaction.execute(status -> submitChecked(accountId, draftId, idempotencyKey, declared, language, checked, taken));
    }

    private Optional<Long> earlierSubmission(long accountId, String idempotencyKey) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT dossier_id FROM submission_key WHERE account_id = :a AND idem_key = :k")
                .param("a", accountId).param("k", idempotencyKey).query(Long.class).optional();
    }

    private DossierView submitChecked(long accountId, String draftId, String idempotencyKey, boolean declared, String language,
                                      Draft checked, Integer number) {
        Optional<Long> earlier = earlierSubmission(accountId, idempotencyKey);
        if (earlier.isPresent()) {
            return dossiers.view(earlier.get()).orElseThrow();
        }
        Draft draft = drafts.ownedForUpdate(draftId, accountId).orElseThrow(() -> ApiException.notFound("draft.not-found"));
        if (draft.status() == Draft.Status.SUBMITTED && draft.dossierId() != null) {
            return dossiers.view(draft.dossierId()).orElseThrow();
        }
        if (!draft.isOpen()) {
            throw ApiException.conflict("draft.closed");
        }
        if (!declared) {
            throw ApiException.invalid(List.of(FieldProblem.of("declaration", "application.declaration-required")));
        }
        Session s = session(draft);
        boolean unchanged = number != null && draft.version() == checked.version()
                && java.util.Objects.equals(draft.receivingAgencyId(), checked.receivingAgencyId());
        if (!unchanged) {
            List<FieldProblem> problems = problems(s, language);
            if (!problems.isEmpty()) {
                throw ApiException.invalid(problems);
            }
        }
        Account account = identity.account(accountId).orElseThrow();
        Agency receiving = organization.agency(draft.receivingAgencyId()).orElseThrow();
        // rare: the draft changed between the check and the lock; its number is then taken here
        int sequenceNumber = unchanged ? number : sequence.next(receiving.id(), today());
        long dossierId = createDossier(account, s.procedure(), s.form(), draft.data(), receiving, draft.competentAgencyId(),
                draft.communeUnitId(), s.files().stream().map(f -> new Attached(f.fileId(), f.componentCode())).toList(), sequenceNumber,
                idempotencyKey, language);
        drafts.close(draft.id(), Draft.Status.SUBMITTED, dossierId, clock.instant());
        return dossiers.view(dossierId).orElseThrow();
    }

    /** A stored file attached to a component of the new dossier. */
    record Attached(long fileId, String componentCode) {
    }

    /**
     * Writes a new online dossier (status 1) with its components, files, first history line and idempotency key,
     * and publishes {@link DossierSubmitted}; in the caller's transaction.
     */
    private long createDossier(Account account, Procedure procedure, FormDefinition form, JsonNode data, Agency receiving,
                               Long competentAgencyId, Long communeUnitId, List<Attached> attached, int sequenceNumber,
                               String idempotencyKey, String language) {
        Instant now = clock.instant();
        String code = DossierCodeFormat.CIRCULAR_01_2018.format(receiving.code(), today(), sequenceNumber);
        Applicant applicant = applicantOf(account, form, data, language);
        String checkCode = checkCode();
        long dossierId = dossiers.insert(new DossierRepository.NewDossier(code, UUID.randomUUID().toString(), procedure.code(),
                procedure.versionId(), procedure.name(), procedure.resultIsDocument(), Channel.ONLINE, DossierStatus.SUBMITTED,
                applicant, VietnameseText.fold(applicant.name()), receiving.id(), competentAgencyId, communeUnitId,
                json.writeValueAsString(data), checkCode, now, account.assuranceLevel() >= 2));
        for (Component c : procedure.components()) {
            dossiers.addComponent(dossierId, c.code(), c.name(), c.mandatory(), false);
        }
        for (Attached f : attached) {
            dossiers.addFile(dossierId, f.fileId(), f.componentCode(), "APPLICANT", now, account.id());
        }
        dossiers.addHistory(dossierId, now, account.id(), applicant.name(), "APPLICANT", null, DossierStatus.SUBMITTED, null, null);
        if (idempotencyKey != null) {
            jdbc.sql("INSERT INTO submission_key (account_id, idem_key, dossier_id, created_at) VALUES (:a, :k, :d, :now)")
                    .param("a", account.id()).param("k", idempotencyKey).param("d", dossierId).param("now", java.sql.Timestamp.from(now)).update();
        }
        events.publishEvent(new DossierSubmitted(dossierId, code, procedure.code(), procedure.name(), Channel.ONLINE,
                receiving.id(), competentAgencyId, applicant, now, trackingUrl(code, checkCode), checkCode));
        return dossierId;
    }

    /** What an API client sends to apply in one request. */
    record DirectApplication(String procedureCode, String commune, JsonNode data, boolean declared) {
    }

    /** The dossier of a one-request application, and whether it was an earlier one (a retry with the same key). */
    record Submitted(DossierView dossier, boolean replay) {
    }

    /**
     * Applies in one request, without a draft: the answers, the documents (by component code) and the declaration
     * are checked together, the files are checked and stored, and the dossier is written in one transaction.
     * Idempotent like {@link #submit}: the same {@code idempotencyKey} from the same applicant always yields the
     * same dossier, also when two requests with it arrive at the same moment. Nothing is kept of a refused request.
     */
    Submitted submitDirect(CurrentUser user, DirectApplication in, Map<String, List<MultipartFile>> uploads, String idempotencyKey,
                           String language) {
        long accountId = applicant(user);
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
            throw ApiException.invalid(List.of(FieldProblem.of("Idempotency-Key", "application.idempotency-key")));
        }
        Optional<Long> earlier = earlierSubmission(accountId, idempotencyKey);
        if (earlier.isPresent()) {
            return new Submitted(dossiers.view(earlier.get()).orElseThrow(), true);
        }
        if (in == null || in.procedureCode() == null || in.procedureCode().isBlank()) {
            throw ApiException.invalid(List.of(FieldProblem.of("procedureCode", "required")));
        }
        Procedure p = onlineProcedure(in.procedureCode().strip());
        FormDefinition form = forms.of(p);
        Account account = identity.account(accountId).orElseThrow();
        List<FieldProblem> problems = new ArrayList<>();
        Long commune = null;
        Agency[] where;
        if (p.level() == AdminLevel.PROVINCE) {
            where = provincialAgencies(p);
        } else {
            String communeCode = in.commune() != null && !in.commune().isBlank() ? in.commune().strip() : null;
            AdminUnit unit = communeCode != null
                    ? organization.adminUnit(communeCode, today()).filter(u -> u.level() == AdminLevel.COMMUNE).orElse(null)
                    : account.adminUnitId() == null ? null : organization.adminUnit(account.adminUnitId()).orElse(null);
            where = unit == null ? new Agency[] {null, null} : communeAgencies(unit.id());
            if (unit == null) {
                problems.add(FieldProblem.of("commune", communeCode == null ? "application.commune-required" : "application.commune-unknown"));
            } else if (where[0] == null || where[1] == null) {
                problems.add(FieldProblem.of("commune", "application.commune-no-agency"));
            } else {
                commune = unit.id();
            }
        }
        if (in.data() == null || !in.data().isObject()) {
            problems.add(FieldProblem.of("data", "draft.data-object"));
        } else {
            problems.addAll(validator.validate(form, (ObjectNode) in.data(), FormValidator.EVERYTHING, this::communeKnown, language));
        }
        for (String part : uploads.keySet()) {
            if (p.components().stream().noneMatch(c -> c.code().equals(part))) {
                problems.add(FieldProblem.of(part, "draft.component-not-found", part));
            }
        }
        for (Component c : p.components()) {
            if (c.mandatory() && uploads.getOrDefault(c.code(), List.of()).stream().noneMatch(f -> !f.isEmpty())) {
                problems.add(FieldProblem.of("component-" + c.code(), "application.component-missing", c.name()));
            }
        }
        if (!in.declared()) {
            problems.add(FieldProblem.of("declaration", "application.declaration-required"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        Agency receiving = where[1];
        Long competent = where[0] == null ? null : where[0].id();
        Long communeId = commune;
        // The files are checked and stored before the transaction (no connection is held while PDFs are read); if
        // anything after fails, they are removed again.
        List<DossierFiles.Accepted> accepted = new ArrayList<>();
        try {
            for (Component c : p.components()) {
                for (MultipartFile upload : uploads.getOrDefault(c.code(), List.of())) {
                    if (!upload.isEmpty()) {
                        accepted.add(files.accept(upload, c.code()));
                    }
                }
            }
            int number = sequence.next(receiving.id(), today());
            DossierView created = inTransaction.execute(status -> {
                List<Attached> attached = new ArrayList<>();
                for (DossierFiles.Accepted a : accepted) {
                    attached.add(new Attached(files.record(a, accountId), a.componentCode()));
                }
                long dossierId = createDossier(account, p, form, in.data(), receiving, competent, communeId, attached, number, idempotencyKey,
                        language);
                return dossiers.view(dossierId).orElseThrow(); // read back on the transaction's connection
            });
            return new Submitted(created, false);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // the same key arrived twice at the same moment: the other request made the dossier
            accepted.forEach(files::discard);
            return new Submitted(dossiers.view(earlierSubmission(accountId, idempotencyKey).orElseThrow(() -> e)).orElseThrow(), true);
        } catch (RuntimeException e) {
            accepted.forEach(files::discard);
            throw e;
        }
    }

    String trackingUrl(String code, String checkCode) {
        return baseUrl + "/tra-cuu?ma=" + code + "&kiemTra=" + checkCode;
    }

    private Session openSession(CurrentUser user, String draftId, Long version) {
        Draft d = drafts.owned(draftId, applicant(user)).orElseThrow(() -> ApiException.notFound("draft.not-found"));
        if (!d.isOpen()) {
            throw ApiException.conflict("draft.closed");
        }
        if (version != null && version != d.version()) {
            throw ApiException.conflict("concurrent-change");
        }
        return session(d);
    }

    private static long applicant(CurrentUser user) {
        if (user == null || !user.isApplicant()) {
            throw ApiException.forbidden("application.applicants-only");
        }
        return user.accountId();
    }

    boolean communeKnown(String code) {
        return organization.adminUnit(code, today()).filter(u -> u.level() == AdminLevel.COMMUNE).isPresent();
    }

    /** [competent, receiving] for a provincial procedure: the competent department, received at the provincial centre. */
    private Agency[] provincialAgencies(Procedure p) {
        Agency competent = p.competentAgency() == null ? null : organization.agency(p.competentAgency().id()).orElse(null);
        Agency centre = organization.agencies(today()).stream()
                .filter(a -> a.kind() == AgencyKind.PAC_CENTRE && a.level() == AdminLevel.PROVINCE).findFirst().orElse(competent);
        return new Agency[] {competent, centre};
    }

    /** [competent, receiving] for a commune: its People's Committee, received at its service centre. */
    private Agency[] communeAgencies(long communeUnitId) {
        Agency competent = organization.communeAgency(communeUnitId, AgencyKind.COMMUNE_PC, today()).orElse(null);
        Agency centre = organization.communeAgency(communeUnitId, AgencyKind.COMMUNE_CENTRE, today()).orElse(competent);
        return new Agency[] {competent, centre};
    }

    /** The applicant's own details where the form asks for them (UX: never ask twice for what the state holds). */
    private ObjectNode prefill(FormDefinition form, Account a) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        for (FormDefinition.Field f : form.fields().values()) {
            if (f.prefill() == null || f.path().contains("[]")) {
                continue;
            }
            String value = switch (f.prefill()) {
                case "fullName" -> a.kind() == AccountKind.BUSINESS && a.representative() != null ? a.representative() : a.fullName();
                case "personalId" -> a.personalId();
                case "dateOfBirth" -> a.dateOfBirth() == null ? null : a.dateOfBirth().toString();
                case "phone" -> a.phone();
                case "email" -> a.email();
                case "businessName" -> a.businessName();
                case "taxCode" -> a.taxCode();
                case "representative" -> a.representative();
                case "address" -> a.address();
                default -> null;
            };
            if (value == null || value.isBlank()) {
                continue;
            }
            if (f.isAddress()) {
                FormData.set(data, f.path() + ".street", JsonNodeFactory.instance.stringNode(value));
                continue;
            }
            JsonNode converted = FormData.convert(value, f.schema(), f.input());
            if (converted != null) {
                FormData.set(data, f.path(), converted);
            }
        }
        return data;
    }

    /** Writes a page's posted values into the data (blank answers remove the value). */
    static void apply(FormDefinition form, FormDefinition.Page page, ObjectNode data, Map<String, List<String>> params) {
        for (String path : page.fields()) {
            FormDefinition.Field field = form.fields().get(path);
            if (field == null) {
                continue;
            }
            if (field.isRepeat()) {
                FormData.set(data, path, repeat(form, field, params));
            } else if (field.isAddress()) {
                ObjectNode address = JsonNodeFactory.instance.objectNode();
                String street = first(params, path + ".street");
                String commune = first(params, path + ".commune");
                if (street != null && !street.isBlank()) {
                    address.put("street", VietnameseText.clean(street));
                }
                if (commune != null && !commune.isBlank()) {
                    address.put("commune", commune.strip());
                }
                FormData.set(data, path, address);
            } else {
                FormData.set(data, path, FormData.convert(first(params, path), field.schema(), field.input()));
            }
        }
    }

    private static ArrayNode repeat(FormDefinition form, FormDefinition.Field field, Map<String, List<String>> params) {
        TreeMap<Integer, Map<String, String>> items = new TreeMap<>();
        params.forEach((name, values) -> {
            Matcher m = INDEXED.matcher(name);
            if (m.matches() && m.group(1).equals(field.path())) {
                items.computeIfAbsent(Integer.parseInt(m.group(2)), k -> new java.util.HashMap<>()).put(m.group(3), values.isEmpty() ? null : values.get(0));
            }
        });
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Map<String, String> item : items.values()) {
            ObjectNode node = array.addObject();
            boolean any = false;
            for (FormDefinition.Field f : form.itemFields(field.path())) {
                String name = FormDefinition.last(f.path());
                JsonNode value = FormData.convert(item.get(name), f.schema(), f.input());
                if (value != null && !(value.isBoolean() && !value.asBoolean())) {
                    node.set(name, value);
                    any = true;
                }
            }
            if (!any && !item.containsKey("__new")) {
                array.remove(array.size() - 1);
            }
        }
        return array;
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /**
     * The applicant as recorded on the dossier: the account's details (businesses: the business and its contact),
     * completed from the answers to the form's prefilled questions when the account lacks them.
     */
    private static Applicant applicantOf(Account a, FormDefinition form, JsonNode data, String language) {
        String name = a.kind() == AccountKind.BUSINESS && a.businessName() != null ? a.businessName() : a.fullName();
        String id = a.kind() == AccountKind.BUSINESS ? a.taxCode() : a.personalId();
        return new Applicant(a.id(), name, id != null ? id : answer(form, data, "personalId"),
                a.phone() != null ? a.phone() : answer(form, data, "phone"),
                a.email() != null ? a.email() : answer(form, data, "email"),
                a.address() != null ? a.address() : answer(form, data, "address"),
                "en".equals(a.preferredLanguage()) ? "en" : "vi");
    }

    private static String answer(FormDefinition form, JsonNode data, String prefill) {
        for (FormDefinition.Field f : form.fields().values()) {
            if (prefill.equals(f.prefill()) && !f.path().contains("[]")) {
                JsonNode v = FormData.get(data, f.path());
                if (f.isAddress()) {
                    String street = v.path("street").asString("");
                    return street.isEmpty() ? null : street;
                }
                if (v.isValueNode() && !v.asString().isBlank()) {
                    return v.asString();
                }
            }
        }
        return null;
    }

    private static String checkCode() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            b.append(CHECK_ALPHABET.charAt(RANDOM.nextInt(CHECK_ALPHABET.length())));
        }
        return b.toString();
    }
}
