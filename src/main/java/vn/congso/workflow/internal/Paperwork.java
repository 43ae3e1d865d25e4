package vn.congso.workflow.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import vn.congso.catalog.Catalog;
import vn.congso.catalog.Procedure;
import vn.congso.document.ApologyExtensionForm;
import vn.congso.document.Forms;
import vn.congso.document.Issuer;
import vn.congso.document.ProcessControlForm;
import vn.congso.document.ReceiptForm;
import vn.congso.document.RefusalForm;
import vn.congso.document.Signer;
import vn.congso.document.StopNoticeForm;
import vn.congso.document.SupplementRequestForm;
import vn.congso.document.TrackingBookForm;
import vn.congso.dossier.DossierStatus;
import vn.congso.dossier.DossierView;
import vn.congso.dossier.Dossiers;
import vn.congso.dossier.Timeliness;
import vn.congso.organization.Agency;
import vn.congso.organization.AgencyUnit;
import vn.congso.organization.Organization;
import vn.congso.shared.ApiException;
import vn.congso.shared.Formats;

/**
 * The seven forms of Circular 03/2025 Annex I, generated from the dossier's data whenever they are asked for:
 * 01 receipt and appointment, 02 supplement request, 03 refusal, 04 apology and extension, 05 stop notice,
 * 06 process-control sheet (one row per hand-over), 07 tracking book of an agency for a period (PDF and XLSX).
 */
@Service
class Paperwork {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String PLACE = "Đắk Lắk";

    private final Forms forms;
    private final Dossiers dossiers;
    private final TaskRepository tasks;
    private final Catalog catalog;
    private final Organization organization;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    Paperwork(Forms forms, Dossiers dossiers, TaskRepository tasks, Catalog catalog, Organization organization, MessageSource messages,
              Clock clock, @Value("${congso.base-url}") String baseUrl) {
        this.forms = forms;
        this.dossiers = dossiers;
        this.tasks = tasks;
        this.catalog = catalog;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    byte[] form(int number, DossierView d) {
        return switch (number) {
            case 1 -> receipt(d);
            case 2 -> supplementRequest(d);
            case 3 -> refusal(d);
            case 4 -> apology(d);
            case 5 -> stopNotice(d);
            case 6 -> processControl(d);
            default -> throw ApiException.notFound("form.not-found", number);
        };
    }

    private byte[] receipt(DossierView d) {
        if (d.receivedAt() == null) {
            throw ApiException.conflict("form.not-yet", 1);
        }
        Procedure p = procedure(d);
        List<ReceiptForm.Component> components = p.components().stream()
                .map(c -> new ReceiptForm.Component(c.name(), c.originals(), c.copies())).toList();
        String time = messages.getMessage("duration." + p.timeLimit().unit(), new Object[] {p.timeLimit().amount()}, VI);
        String officer = d.history().stream().filter(h -> h.to() == DossierStatus.RECEIVED).map(DossierView.HistoryEntry::actorName)
                .findFirst().orElse(null);
        return forms.receipt(new ReceiptForm(issuer(d.receivingAgencyId()), null, d.code(), applicant(d), d.procedureName(), components, 1,
                time, d.receivedAt(), d.dueAt(), p.totalFeeVnd(), agencyName(d.receivingAgencyId()), channel(d), officer,
                baseUrl + "/tra-cuu?ma=" + d.code() + "&kiemTra=" + d.checkCode(), d.checkCode(), null));
    }

    private byte[] supplementRequest(DossierView d) {
        DossierView.HistoryEntry h = last(d, DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.RECEPTION_SUPPLEMENT);
        List<SupplementRequestForm.Item> items = new ArrayList<>();
        String reason = h.reason() == null ? "" : h.reason();
        int colon = reason.indexOf(": ");
        if (colon > 0) {
            Arrays.stream(reason.substring(colon + 2).split("; ")).filter(s -> !s.isBlank())
                    .forEach(item -> items.add(new SupplementRequestForm.Item(item, reason.substring(0, colon))));
        } else {
            items.add(new SupplementRequestForm.Item(reason, null));
        }
        Agency desk = organization.agency(d.receivingAgencyId()).orElseThrow();
        return forms.supplementRequest(new SupplementRequestForm(issuer(d.receivingAgencyId()), null, d.code(), applicant(d),
                d.procedureName(), d.receivedAt() != null ? d.receivedAt() : d.submittedAt(), items, h.actorName(), desk.phone(), h.actorName(),
                h.at()));
    }

    private byte[] refusal(DossierView d) {
        DossierView.HistoryEntry h = last(d, DossierStatus.REFUSED);
        Procedure p = procedure(d);
        return forms.refusal(new RefusalForm(issuer(d.receivingAgencyId()), null, d.code(), applicant(d), d.procedureName(),
                String.join("; ", p.legalBasis()), List.of(h.reason() == null ? "" : h.reason()), h.actorName(), h.at()));
    }

    private byte[] apology(DossierView d) {
        if (d.extensionCount() == 0) {
            throw ApiException.conflict("form.not-yet", 4);
        }
        DossierView.HistoryEntry h = d.history().stream().filter(e -> e.from() == e.to() && e.reason() != null && e.reason().contains(" → "))
                .reduce((a, b) -> b).orElseThrow(() -> ApiException.conflict("form.not-yet", 4));
        String reason = h.reason().substring(0, h.reason().lastIndexOf(" → "));
        long agency = d.competentAgencyId() == null ? d.receivingAgencyId() : d.competentAgencyId();
        return forms.apologyExtension(new ApologyExtensionForm(issuer(agency), null, d.code(), applicant(d), d.procedureName(), d.receivedAt(),
                d.dueAt(), d.effectiveDueAt(), reason, new Signer(null, "Thủ trưởng cơ quan", h.actorName()), h.at(),
                List.of("Như trên", "Lưu: VT")));
    }

    private byte[] stopNotice(DossierView d) {
        DossierView.HistoryEntry h = last(d, DossierStatus.STOPPED);
        Procedure p = procedure(d);
        long agency = d.competentAgencyId() == null ? d.receivingAgencyId() : d.competentAgencyId();
        return forms.stopNotice(new StopNoticeForm(issuer(agency), null, d.code(), applicant(d), d.procedureName(), d.receivedAt(),
                String.join("; ", p.legalBasis()), h.reason(), null, new Signer(null, "Thủ trưởng cơ quan", h.actorName()), h.at(),
                List.of("Như trên", "Lưu: VT")));
    }

    private byte[] processControl(DossierView d) {
        if (d.receivedAt() == null) {
            throw ApiException.conflict("form.not-yet", 6);
        }
        List<ProcessControlForm.HandOver> rows = new ArrayList<>();
        for (TaskRepository.Handover h : tasks.handovers(d.id())) {
            rows.add(new ProcessControlForm.HandOver(unitName(h.fromAgencyId(), h.fromUnitId()), h.fromName(), h.deliveredAt(),
                    h.toAgencyId() == null ? "" : unitName(h.toAgencyId(), h.toUnitId()) + (h.toStep() == null ? "" : " — " + h.toStep()),
                    h.receivedName(), h.receivedAt(), timeliness(h.result()), h.note()));
        }
        return forms.processControl(new ProcessControlForm(issuer(d.receivingAgencyId()), d.code(), applicant(d), d.procedureName(),
                d.receivedAt(), d.effectiveDueAt(), d.competentAgencyId() == null ? null : agencyName(d.competentAgencyId()), rows));
    }

    /** Form 07 for an agency over [from, to] (days in Vietnam time). */
    byte[] trackingBook(Agency agency, LocalDate from, LocalDate to, boolean xlsx) {
        Instant start = from.atStartOfDay(Formats.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(Formats.ZONE).toInstant();
        List<DossierView> list = dossiers.received(List.of(agency.id()), start, end, 20_000);
        Instant now = clock.instant();
        Map<Long, String> names = organization.agencies(list.stream().map(d -> d.competentAgencyId() == null ? d.receivingAgencyId()
                : d.competentAgencyId()).collect(Collectors.toSet())).stream().collect(Collectors.toMap(Agency::id, Agency::name));
        List<TrackingBookForm.Row> rows = new ArrayList<>();
        int n = 1;
        for (DossierView d : list) {
            Timeliness t = dossiers.timeliness(d, now);
            rows.add(new TrackingBookForm.Row(n++, d.code(), d.procedureName(), d.applicant().name(), d.applicant().address(),
                    d.applicant().phone(), d.receivedAt() != null ? d.receivedAt() : d.submittedAt(), d.effectiveDueAt(),
                    d.competentAgencyId() == null || d.competentAgencyId() == agency.id() ? null : names.get(d.competentAgencyId()),
                    d.decidedAt(), d.returnedAt(), messages.getMessage("status." + d.status(), null, d.status().name(), VI),
                    t == Timeliness.OVERDUE ? vn.congso.document.Timeliness.LATE : t == Timeliness.EARLY ? vn.congso.document.Timeliness.EARLY
                            : t == Timeliness.ON_TIME ? vn.congso.document.Timeliness.ON_TIME : null, null));
        }
        TrackingBookForm form = new TrackingBookForm(issuer(agency.id()), from, to, rows);
        return xlsx ? forms.trackingBookXlsx(form) : forms.trackingBook(form);
    }

    private static vn.congso.document.Timeliness timeliness(String result) {
        if (result == null) {
            return null;
        }
        return switch (result) {
            case "EARLY" -> vn.congso.document.Timeliness.EARLY;
            case "ON_TIME" -> vn.congso.document.Timeliness.ON_TIME;
            default -> vn.congso.document.Timeliness.LATE;
        };
    }

    private DossierView.HistoryEntry last(DossierView d, DossierStatus... statuses) {
        List<DossierStatus> wanted = List.of(statuses);
        return d.history().stream().filter(h -> wanted.contains(h.to()) && h.from() != h.to()).reduce((a, b) -> b)
                .orElseThrow(() -> ApiException.conflict("form.not-yet", statuses[0].dvcqgCode()));
    }

    private Procedure procedure(DossierView d) {
        return catalog.version(d.procedureVersionId()).orElseThrow();
    }

    private Issuer issuer(long agencyId) {
        Agency a = organization.agency(agencyId).orElseThrow();
        String parent = a.parentId() == null ? null : organization.agency(a.parentId()).map(Agency::name).orElse(null);
        return new Issuer(parent, a.name(), PLACE);
    }

    private String agencyName(long id) {
        return organization.agency(id).map(Agency::name).orElse("");
    }

    private String unitName(Long agencyId, Long unitId) {
        if (agencyId == null) {
            return "";
        }
        String agency = agencyName(agencyId);
        if (unitId == null) {
            return agency;
        }
        Map<Long, String> units = organization.units(agencyId).stream().collect(Collectors.toMap(AgencyUnit::id, AgencyUnit::name));
        return units.containsKey(unitId) ? units.get(unitId) + ", " + agency : agency;
    }

    private static vn.congso.document.Applicant applicant(DossierView d) {
        return new vn.congso.document.Applicant(d.applicant().name(), d.applicant().address(), d.applicant().phone(), d.applicant().email());
    }

    private static vn.congso.document.Channel channel(DossierView d) {
        return switch (d.channel()) {
            case ONLINE -> vn.congso.document.Channel.ONLINE;
            case POSTAL -> vn.congso.document.Channel.POSTAL;
            default -> vn.congso.document.Channel.IN_PERSON;
        };
    }
}
