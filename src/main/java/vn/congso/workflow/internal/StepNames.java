package vn.congso.workflow.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A step's name in the reader's language. A task keeps the Vietnamese name it was created with (the official
 * record, used in Form 06 and the hand-over log); pages and API answers in English show the process definition's
 * English name instead, where the definition has one.
 */
@Component("stepNames")
public class StepNames { // public, with public of(Task), for the page templates' expressions

    private final Processes processes;
    private final MessageSource messages;

    StepNames(Processes processes, MessageSource messages) {
        this.processes = processes;
        this.messages = messages;
    }

    /** The task's step, named in the current request's language. */
    public String of(Task t) {
        return of(t, LocaleContextHolder.getLocale());
    }

    String of(Task t, Locale locale) {
        return switch (t.kind()) {
            case RECEPTION -> reception(locale);
            case STEP -> step(t, locale);
            case TRANSFER -> messages.getMessage("workflow.step.transfer", new Object[] {step(t, locale)}, locale);
        };
    }

    String reception(Locale locale) {
        return messages.getMessage("workflow.step.reception", null, locale);
    }

    String of(ProcessDefinition.Step s, Locale locale) {
        return s.name(locale.getLanguage());
    }

    private String step(Task t, Locale locale) {
        if (t.processId() == null || "vi".equals(locale.getLanguage())) {
            return t.kind() == Task.Kind.TRANSFER ? stripTransferPrefix(t.stepName()) : t.stepName();
        }
        ProcessDefinition.Step s = processes.get(t.processId()).step(t.stepId());
        return s == null ? t.stepName() : of(s, locale);
    }

    /** Transfer tasks were stored as "Phối hợp: " + the step's name. */
    private static String stripTransferPrefix(String name) {
        return name != null && name.startsWith(TRANSFER_PREFIX) ? name.substring(TRANSFER_PREFIX.length()) : name;
    }

    static final String TRANSFER_PREFIX = "Phối hợp: ";
}
