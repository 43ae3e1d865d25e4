package vn.congso.dossier.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.congso.calendar.WorkingCalendar;
import vn.congso.catalog.Catalog;
import vn.congso.catalog.Component;
import vn.congso.catalog.Procedure;
import vn.congso.dossier.Actor;
import vn.congso.dossier.Applicant;
import vn.congso.dossier.DossierAction;
import vn.congso.dossier.DossierStatus;
import vn.congso.dossier.DossierFilesChanged;
import vn.congso.dossier.DossierStatusChanged;
import vn.congso.dossier.DossierSubmitted;
import vn.congso.dossier.DossierView;
import vn.congso.dossier.Dossiers;
import vn.congso.dossier.Timeliness;
import vn.congso.organization.Agency;
import vn.congso.organization.Organization;
import vn.congso.shared.ApiException;
import vn.congso.shared.FieldProblem;
import vn.congso.shared.Formats;
import vn.congso.shared.VietnameseText;

import static vn.congso.dossier.DossierStatus.AWAITING_PAYMENT;
import static vn.congso.dossier.DossierStatus.DECIDED;
import static vn.congso.dossier.DossierStatus.IN_PROGRESS;
import static vn.congso.dossier.DossierStatus.RECEIVED;
import static vn.congso.dossier.DossierStatus.RECEPTION_SUPPLEMENT;
import static vn.congso.dossier.DossierStatus.REFUSED;
import static vn.congso.dossier.DossierStatus.RETURNED;
import static vn.congso.dossier.DossierStatus.STOPPED;
import static vn.congso.dossier.DossierStatus.SUBMITTED;
import static vn.congso.dossier.DossierStatus.SUPPLEMENT_REQUESTED;
import static vn.congso.dossier.DossierStatus.WITHDRAWN;

/**
 * The rules of a dossier's life (DOMAIN.md §3 and §5): which action is allowed in which state, when the clock
 * starts, pauses and ends, the due date on the working calendar, the one extension, and the history and event
 * of every change. Each change is one UPDATE guarded by the expected version.
 */
@Service
class DossierLifecycle implements Dossiers {

    private final DossierRepository dossiers;
    private final DossierFiles files;
    private final DossierSequence sequence;
    private final Catalog catalog;
    private final Organization organization;
    private final WorkingCalendar calendar;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    DossierLifecycle(DossierRepository dossiers, DossierFiles files, DossierSequence sequence, Catalog catalog, Organization organization,
                     WorkingCalendar calendar, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
                     @Value("${congso.base-url}") String baseUrl) {
        this.dossiers = dossiers;
        this.files = files;
        this.sequence = sequence;
        this.catalog = catalog;
        this.organization = organization;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DossierView> get(long id) {
        return dossiers.view(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DossierView> byCode(String code) {
        return code == null ? Optional.empty() : dossiers.idByCode(code.strip()).flatMap(dossiers::view);
    }

    @Override
    @Transactional
    public DossierView act(long id, long expectedVersion, DossierAction action, Actor actor) {
        DossierView d = dossiers.view(id).orElseThrow(() -> ApiException.notFound("dossier.not-found"));
        if (d.version() != expectedVersion) {
            throw ApiException.conflict("concurrent-change");
        }
        Instant now = clock.instant();
        Map<String, Object> set = new HashMap<>();
        DossierStatus to;
        String reason = null;
        if (action instanceof DossierAction.Accept a) {
            require(d, action, SUBMITTED);
            to = RECEIVED;
            Procedure p = catalog.version(d.procedureVersionId()).orElseThrow();
            Instant due = calendar.due(now, p.timeLimit(), d.competentAgencyId(),
                    p.cutoff() == null ? null : LocalTime.parse(p.cutoff())).due();
            set.put("received_at", now);
            set.put("due_at", due);
            set.put("effective_due_at", due);
        } else if (action instanceof DossierAction.Refuse r) {
            require(d, action, SUBMITTED, RECEPTION_SUPPLEMENT);
            to = REFUSED;
            reason = requireReason(r.reason());
            set.put("ended_at", now);
        } else if (action instanceof DossierAction.RequestSupplement r) {
            require(d, action, SUBMITTED, RECEIVED, IN_PROGRESS);
            reason = requireReason(r.reason());
            if (d.status() == SUBMITTED) {
                to = RECEPTION_SUPPLEMENT;
            } else {
                to = SUPPLEMENT_REQUESTED;
                set.put("paused_since", now);
                set.put("supplement_count", d.supplementCount() + 1);
            }
        } else if (action instanceof DossierAction.SupplementProvided s) {
            require(d, action, RECEPTION_SUPPLEMENT, SUPPLEMENT_REQUESTED);
            reason = s.note();
            if (d.status() == RECEPTION_SUPPLEMENT) {
                to = SUBMITTED;
            } else {
                to = IN_PROGRESS;
                Instant pausedSince = pausedSince(id);
                long paused = calendar.workingMinutesBetween(pausedSince, now, d.competentAgencyId());
                set.put("paused_minutes", pausedMinutes(id) + paused);
                set.put("paused_since", null);
                set.put("effective_due_at", calendar.shiftForPause(d.effectiveDueAt(), pausedSince, now, d.competentAgencyId()));
            }
        } else if (action instanceof DossierAction.StartProcessing s) {
            require(d, action, RECEIVED);
            to = IN_PROGRESS;
            reason = s.step();
        } else if (action instanceof DossierAction.RequestPayment r) {
            require(d, action, RECEIVED, IN_PROGRESS);
            if (r.amountVnd() < 0) {
                throw ApiException.invalid(List.of(FieldProblem.of("amountVnd", "dossier.amount")));
            }
            to = AWAITING_PAYMENT;
            reason = requireReason(r.reason());
        } else if (action instanceof DossierAction.PaymentReceived p) {
            require(d, action, AWAITING_PAYMENT);
            to = IN_PROGRESS;
            if (p.online()) {
                set.put("online_payment", true);
            }
        } else if (action instanceof DossierAction.Extend e) {
            require(d, action, RECEIVED, IN_PROGRESS, AWAITING_PAYMENT);
            reason = requireReason(e.reason());
            if (d.extensionCount() >= 1) {
                throw ApiException.conflict("dossier.extension-once");
            }
            Instant due = d.effectiveDueAt();
            // Form 04 must be issued no later than one working day before the due date
            if (calendar.workingMinutesBetween(now, due, d.competentAgencyId()) < calendar.dailyWorkingMinutes(d.competentAgencyId())) {
                throw ApiException.conflict("dossier.extension-too-late");
            }
            if (e.newDue() == null || !e.newDue().isAfter(due)) {
                throw ApiException.invalid(List.of(FieldProblem.of("newDue", "dossier.extension-date")));
            }
            to = d.status();
            set.put("extended_due_at", e.newDue());
            set.put("effective_due_at", e.newDue());
            set.put("extension_count", d.extensionCount() + 1);
        } else if (action instanceof DossierAction.Stop s) {
            require(d, action, RECEIVED, IN_PROGRESS, SUPPLEMENT_REQUESTED, AWAITING_PAYMENT);
            to = STOPPED;
            reason = requireReason(s.reason());
            set.put("ended_at", now);
        } else if (action instanceof DossierAction.Decide dec) {
            require(d, action, RECEIVED, IN_PROGRESS);
            to = DECIDED;
            set.put("decided_at", now);
            if (dec.resultCode() != null && !dec.resultCode().isBlank()) {
                set.put("e_result_code", dec.resultCode().strip());
                set.put("e_result_url", dec.resultUrl());
            }
        } else if (action instanceof DossierAction.ReturnResult r) {
            require(d, action, DECIDED);
            to = RETURNED;
            reason = r.how();
            set.put("returned_at", now);
        } else if (action instanceof DossierAction.Withdraw w) {
            require(d, action, SUBMITTED, RECEPTION_SUPPLEMENT, RECEIVED, IN_PROGRESS, SUPPLEMENT_REQUESTED, AWAITING_PAYMENT);
            to = WITHDRAWN;
            reason = requireReason(w.reason());
            set.put("ended_at", now);
        } else {
            throw new IllegalArgumentException("unknown action " + action);
        }
        set.put("status", to.name());
        set.put("dvcqg_status", to.dvcqgCode());
        set.put("updated_at", now);
        update(id, expectedVersion, set);
        String step = action instanceof DossierAction.StartProcessing s ? s.step() : null;
        String historyReason = action instanceof DossierAction.Extend e
                ? reason + " → " + Formats.dateTime(e.newDue()) : action instanceof DossierAction.RequestSupplement r && r.items() != null
                && !r.items().isEmpty() ? reason + ": " + String.join("; ", r.items()) : reason;
        dossiers.addHistory(id, now, actor.accountId(), actor.name(), actor.role(), d.status(), to, historyReason, step);
        DossierView after = dossiers.view(id).orElseThrow();
        events.publishEvent(new DossierStatusChanged(id, d.code(), d.procedureName(), d.status(), to, now, historyReason, d.applicant(),
                after.effectiveDueAt(), d.receivingAgencyId(), d.competentAgencyId(), d.channel(), trackingUrl(after)));
        return after;
    }

    @Override
    @Transactional
    public DossierView intake(Intake in, Actor actor) {
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        Procedure p = catalog.procedure(in.procedureCode(), today).orElseThrow(() -> ApiException.notFound("procedure.not-found", in.procedureCode()));
        if (in.applicantName() == null || VietnameseText.clean(in.applicantName()).length() < 2) {
            throw ApiException.invalid(List.of(FieldProblem.of("applicantName", "dossier.applicant-name")));
        }
        if (in.channel() == vn.congso.dossier.Channel.ONLINE) {
            throw ApiException.invalid(List.of(FieldProblem.of("channel", "dossier.intake-channel")));
        }
        String personalId = in.personalId() == null || in.personalId().isBlank() ? null : VietnameseText.digits(in.personalId());
        if (personalId != null && personalId.length() != 12) {
            throw ApiException.invalid(List.of(FieldProblem.of("personalId", "dossier.personal-id")));
        }
        Agency receiving = organization.agency(in.receivingAgencyId()).orElseThrow(() -> ApiException.notFound("dossier.agency-not-found"));
        Long competent = p.competentAgency() != null ? p.competentAgency().id()
                : in.communeUnitId() == null ? null
                : organization.communeAgency(in.communeUnitId(), vn.congso.organization.AgencyKind.COMMUNE_PC, today).map(Agency::id).orElse(null);
        if (competent == null) {
            throw ApiException.invalid(List.of(FieldProblem.of("commune", "application.commune-required")));
        }
        Instant now = clock.instant();
        String code = DossierCodeFormat.CIRCULAR_01_2018.format(receiving.code(), today, sequence.next(receiving.id(), today));
        String phone = in.phone() == null || in.phone().isBlank() ? null : in.phone().replaceAll("[\\s.\\-()]", "").replaceFirst("^\\+84", "0");
        Applicant applicant = new Applicant(null, VietnameseText.clean(in.applicantName()), personalId, phone,
                in.email() == null || in.email().isBlank() ? null : in.email().strip().toLowerCase(java.util.Locale.ROOT),
                in.address(), "vi");
        String check = UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        long id = dossiers.insert(new DossierRepository.NewDossier(code, UUID.randomUUID().toString(), p.code(), p.versionId(), p.name(),
                p.resultIsDocument(), in.channel(), SUBMITTED, applicant, VietnameseText.fold(applicant.name()), receiving.id(), competent,
                in.communeUnitId(), in.data() == null ? "{}" : in.data(), check, now, false));
        Set<String> chosen = in.componentCodes() == null ? Set.of() : Set.copyOf(in.componentCodes());
        for (Component c : p.components()) {
            dossiers.addComponent(id, c.code(), c.name(), c.mandatory(), false);
        }
        dossiers.addHistory(id, now, actor.accountId(), actor.name(), actor.role(), null, SUBMITTED,
                chosen.isEmpty() ? null : String.join(", ", chosen), null);
        DossierView view = dossiers.view(id).orElseThrow();
        events.publishEvent(new DossierSubmitted(id, code, p.code(), p.name(), in.channel(), receiving.id(), competent, applicant, now,
                trackingUrl(view), check));
        return view;
    }

    @Override
    @Transactional
    public DossierView.FileView attach(long id, MultipartFile upload, String componentCode, String kind, boolean digitized, Actor actor) {
        DossierView d = dossiers.view(id).orElseThrow(() -> ApiException.notFound("dossier.not-found"));
        if (componentCode != null && d.components().stream().noneMatch(c -> c.code().equals(componentCode))) {
            throw ApiException.notFound("draft.component-not-found", componentCode);
        }
        long fileId = files.store(upload, actor.accountId());
        Instant now = clock.instant();
        dossiers.addFile(id, fileId, componentCode, kind, now, actor.accountId());
        if (digitized && componentCode != null) {
            jdbc.sql("UPDATE dossier_component SET digitized = TRUE WHERE dossier_id = :d AND component_code = :c")
                    .param("d", id).param("c", componentCode).update();
        }
        jdbc.sql("UPDATE dossier SET updated_at = :now WHERE id = :id").param("now", Timestamp.from(now)).param("id", id).update();
        events.publishEvent(new DossierFilesChanged(id, d.code(), kind, digitized, now));
        List<DossierView.FileView> all = dossiers.view(id).orElseThrow().files();
        return all.get(all.size() - 1);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FileContent> file(long dossierId, String filePublicId) {
        return dossiers.fileOfDossier(dossierId, filePublicId)
                .map(f -> new FileContent(f.displayName(), f.contentType(), f.size(), files.open(f)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> idsAfter(long afterId, int limit) {
        return dossiers.idsAfter(afterId, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DossierView> received(java.util.Collection<Long> agencyIds, Instant from, Instant to, int limit) {
        return dossiers.receivedBy(agencyIds, from, to, limit);
    }

    @Override
    public Instant dueAt(DossierView d, Instant at) {
        if (d.effectiveDueAt() == null) {
            return null;
        }
        if (d.status() == SUPPLEMENT_REQUESTED) {
            Instant since = pausedSince(d.id());
            return since == null ? d.effectiveDueAt() : calendar.shiftForPause(d.effectiveDueAt(), since, at, d.competentAgencyId());
        }
        return d.effectiveDueAt();
    }

    @Override
    public Timeliness timeliness(DossierView d, Instant at) {
        if (d.receivedAt() == null) {
            return Timeliness.NOT_STARTED;
        }
        // Decision 766: a second supplement request counts the dossier as overdue
        if (d.supplementCount() >= 2) {
            return Timeliness.OVERDUE;
        }
        Instant end = end(d);
        Instant due = dueAt(d, at);
        if (end == null) {
            return at.isAfter(due) ? Timeliness.OVERDUE : Timeliness.WITHIN_TIME;
        }
        return end.isBefore(due) ? Timeliness.EARLY : end.equals(due) ? Timeliness.ON_TIME : Timeliness.OVERDUE;
    }

    /** End of processing: first of decided, else returned, else stopped/refused/withdrawn. */
    private Instant end(DossierView d) {
        if (d.decidedAt() != null) {
            return d.decidedAt();
        }
        if (d.returnedAt() != null) {
            return d.returnedAt();
        }
        if (d.status() == STOPPED || d.status() == REFUSED || d.status() == WITHDRAWN) {
            return jdbc.sql("SELECT ended_at FROM dossier WHERE id = :id").param("id", d.id()).query(Timestamp.class).single().toInstant();
        }
        return null;
    }

    private void update(long id, long expectedVersion, Map<String, Object> set) {
        StringBuilder sql = new StringBuilder("UPDATE dossier SET version = version + 1");
        Map<String, Object> params = new HashMap<>();
        set.forEach((column, value) -> {
            sql.append(", ").append(column).append(" = :").append(column);
            params.put(column, value instanceof Instant i ? Timestamp.from(i) : value);
        });
        sql.append(" WHERE id = :id AND version = :expected");
        params.put("id", id);
        params.put("expected", expectedVersion);
        if (jdbc.sql(sql.toString()).params(params).update() == 0) {
            throw new OptimisticLockingFailureException("dossier " + id + " changed");
        }
    }

    private Instant pausedSince(long id) {
        Timestamp t = jdbc.sql("SELECT paused_since FROM dossier WHERE id = :id").param("id", id).query(Timestamp.class).optional().orElse(null);
        return t == null ? null : t.toInstant();
    }

    private long pausedMinutes(long id) {
        return jdbc.sql("SELECT paused_minutes FROM dossier WHERE id = :id").param("id", id).query(Long.class).single();
    }

    private String trackingUrl(DossierView d) {
        return baseUrl + "/tra-cuu?ma=" + d.code() + "&kiemTra=" + d.checkCode();
    }

    private static void require(DossierView d, DossierAction action, DossierStatus... allowed) {
        Set<DossierStatus> ok = EnumSet.noneOf(DossierStatus.class);
        ok.addAll(List.of(allowed));
        if (!ok.contains(d.status())) {
            throw ApiException.conflict("dossier.wrong-state", action.getClass().getSimpleName(), d.status().name());
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw ApiException.invalid(List.of(FieldProblem.of("reason", "dossier.reason-required")));
        }
        String clean = VietnameseText.clean(reason);
        if (clean.length() > 2000) {
            throw ApiException.invalid(List.of(FieldProblem.of("reason", "dossier.reason-too-long")));
        }
        return clean;
    }
}
