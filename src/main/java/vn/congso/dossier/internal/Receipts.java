package vn.congso.dossier.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.congso.catalog.Catalog;
import vn.congso.catalog.Procedure;
import vn.congso.document.Forms;
import vn.congso.document.SubmissionReceipt;
import vn.congso.dossier.DossierView;
import vn.congso.organization.Agency;
import vn.congso.organization.Organization;

/** The submission receipt a citizen downloads: code, procedure, time limit, and a QR code that opens tracking. */
@Component
class Receipts {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Forms forms;
    private final Catalog catalog;
    private final Organization organization;
    private final MessageSource messages;
    private final String baseUrl;

    Receipts(Forms forms, Catalog catalog, Organization organization, MessageSource messages, @Value("${congso.base-url}") String baseUrl) {
        this.forms = forms;
        this.catalog = catalog;
        this.organization = organization;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    byte[] submissionReceipt(DossierView d) {
        Procedure p = catalog.version(d.procedureVersionId()).orElseThrow();
        String receiver = organization.agency(d.receivingAgencyId()).map(Agency::name).orElse("");
        String time = messages.getMessage("duration." + p.timeLimit().unit(), new Object[] {p.timeLimit().amount()}, VI);
        return forms.submissionReceipt(new SubmissionReceipt("CỔNG DỊCH VỤ CÔNG TỈNH ĐẮK LẮK", receiver, d.code(), d.procedureName(),
                d.applicant().name(), d.submittedAt(), d.effectiveDueAt(), time, List.of(),
                baseUrl + "/tra-cuu?ma=" + d.code() + "&kiemTra=" + d.checkCode(), d.checkCode()));
    }
}
