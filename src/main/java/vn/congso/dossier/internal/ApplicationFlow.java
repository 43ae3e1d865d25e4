package vn.congso.dossier.internal;

import java.util.ArrayList;
import java.util.List;

import vn.congso.catalog.Procedure;
import vn.congso.dossier.internal.form.FormDefinition;
import vn.congso.organization.AdminLevel;

/**
 * The order of pages in an online application (GOV.UK pattern): where to apply (commune-level procedures only),
 * the form's question pages, documents, check answers, declaration.
 */
record ApplicationFlow(List<String> steps) {

    static final String WHERE = "noi-nop";
    static final String DOCUMENTS = "giay-to";
    static final String CHECK = "kiem-tra";
    static final String DECLARATION = "cam-ket";

    static ApplicationFlow of(Procedure procedure, FormDefinition form) {
        List<String> steps = new ArrayList<>();
        if (procedure.level() == AdminLevel.COMMUNE) {
            steps.add(WHERE);
        }
        form.pages().forEach(p -> steps.add(p.id()));
        steps.add(DOCUMENTS);
        steps.add(CHECK);
        steps.add(DECLARATION);
        return new ApplicationFlow(List.copyOf(steps));
    }

    String first() {
        return steps.get(0);
    }

    String after(String step) {
        int i = steps.indexOf(step);
        return i < 0 || i + 1 >= steps.size() ? CHECK : steps.get(i + 1);
    }

    String before(String step) {
        int i = steps.indexOf(step);
        return i <= 0 ? null : steps.get(i - 1);
    }

    boolean has(String step) {
        return steps.contains(step);
    }

    /** 1-based position for "Bước 2 / 6" (check and declaration count as the last steps). */
    int number(String step) {
        return steps.indexOf(step) + 1;
    }

    int count() {
        return steps.size();
    }
}
