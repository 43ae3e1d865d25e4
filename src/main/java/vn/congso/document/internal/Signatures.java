package vn.congso.document.internal;

import java.util.ArrayList;
import java.util.List;
import vn.congso.document.Signer;

/** Signature blocks and the "Nơi nhận" list that sits left of a letter's signature. */
final class Signatures {

    /** Room left for a handwritten signature (and a seal). */
    private static final float ROOM = 62;

    private Signatures() {
    }

    /** A form's signature: "NGƯỜI TIẾP NHẬN HỒ SƠ", "(Ký và ghi rõ họ tên)", room, the name if known. */
    static Block person(String caption, String name) {
        return new Stack(
                Paragraph.bold(caption).size(10.5f).center().after(0),
                Paragraph.italic("(Ký và ghi rõ họ tên)").size(9.5f).center(),
                new Spacer(ROOM),
                Paragraph.bold(Texts.blank(name) ? "" : name).size(10.5f).center());
    }

    /** A letter's signature: "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", room, the name. */
    static Block signer(Signer signer) {
        List<Block> blocks = new ArrayList<>();
        if (!Texts.blank(signer.capacity())) {
            blocks.add(Paragraph.bold(Texts.upper(signer.capacity())).size(10.5f).center().after(0));
        }
        blocks.add(Paragraph.bold(Texts.upper(signer.title())).size(10.5f).center());
        blocks.add(new Spacer(ROOM));
        blocks.add(Paragraph.bold(signer.name()).size(10.5f).center());
        return new Stack(blocks);
    }

    /**
     * "Nơi nhận:" then "- Như trên;" (when the document has a "Kính gửi" line), the given lines, and "- Lưu: VT."
     * (Decree 30/2020).
     */
    static Block recipients(boolean asAbove, List<String> copiesTo) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.of(Span.bold("Nơi nhận:")).size(9.5f).after(0));
        if (asAbove) {
            blocks.add(Paragraph.text("- Như trên;").size(8.5f).after(0));
        }
        for (String line : copiesTo) {
            blocks.add(Paragraph.text("- " + line + ";").size(8.5f).hanging(6).after(0));
        }
        blocks.add(Paragraph.text("- Lưu: VT.").size(8.5f));
        return new Stack(blocks);
    }

    /** Two blocks side by side, half the width each. */
    static Block pair(Block left, Block right) {
        return new Columns().column(1, new Spacer(0), left).column(1, right);
    }

    /** A single signature on the right half. */
    static Block right(Block signature) {
        return new Columns().column(1, new Spacer(0)).column(1, signature);
    }

    /** The "Nơi nhận" list on the left and the signer on the right of a letter. */
    static Block letter(boolean asAbove, List<String> copiesTo, Signer signer) {
        return new Columns().column(0.45f, new Spacer(6), recipients(asAbove, copiesTo)).column(0.55f, signer(signer));
    }
}
