package vn.congso.document.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.congso.document.Issuer;

/**
 * The top of an administrative document (Decree 30/2020/NĐ-CP, Annex I): the form number at the top right
 * where the circular gives one; on the left the governing agency, the issuing agency in bold with a short rule
 * under it, the number and the summary; on the right the national title, the motto underlined, and the
 * place-and-date line in italics.
 */
final class Letterhead {

    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    private Letterhead() {
    }

    /**
     * @param formNumber "Mẫu số 01", or null
     * @param documentNumber printed as "Số: …"; null prints no number line, blank prints the dotted one
     * @param summary the "V/v …" line of a letter, or null
     * @param date the date of the date line, or null for no date line
     */
    static List<Block> of(Issuer issuer, String formNumber, String documentNumber, String summary, Instant date) {
        List<Block> blocks = new ArrayList<>();
        if (formNumber != null) {
            blocks.add(Paragraph.bold(formNumber).size(9).right().after(4));
        }
        List<Block> left = new ArrayList<>();
        if (!Texts.blank(issuer.parentAgency())) {
            left.add(Paragraph.text(Texts.upper(issuer.parentAgency())).size(9.5f).center().after(0));
        }
        left.add(Paragraph.bold(Texts.upper(issuer.agency())).size(9.5f).center().after(1));
        left.add(new Rule(55));
        if (documentNumber != null) {
            left.add(Paragraph.text("Số: " + Texts.orDots(documentNumber)).size(10).center().before(3).after(0));
        }
        if (summary != null) {
            left.add(Paragraph.text(summary).size(9).center().before(2));
        }
        List<Block> right = new ArrayList<>();
        right.add(Paragraph.bold(NATION).size(9.5f).center().after(0));
        right.add(Paragraph.bold(MOTTO).size(10).center().underline().after(6));
        if (date != null) {
            right.add(Paragraph.italic(VnDates.dateLine(issuer.place(), date)).size(10).center().before(2));
        }
        blocks.add(new Columns().gap(6).column(0.42f, left).column(0.58f, right));
        return blocks;
    }

    /** The bold capital title of a form, with an optional second line ("Về việc …"). */
    static List<Block> title(String title, String subtitle) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.bold(title).size(13).center().before(16).after(subtitle == null ? 8 : 1));
        if (subtitle != null) {
            blocks.add(Paragraph.bold(subtitle).size(11).center().after(8));
        }
        return blocks;
    }
}
