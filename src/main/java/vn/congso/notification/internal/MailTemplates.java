package vn.congso.notification.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders e-mails from {@code templates/mail/<name>.html} and {@code <name>.txt} with the messages of
 * {@code notification*.properties} in the recipient's language. Convention: the first line of the text template is
 * the subject, the rest is the plain-text body. Every model gets {@code language} ("vi"/"en").
 * Uses its own template engine (not the web one) so the text templates can be in TEXT mode.
 */
@Component
class MailTemplates {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \t]+\n");

    private final SpringTemplateEngine engine;

    MailTemplates(MessageSource messages) {
        engine = new SpringTemplateEngine();
        engine.setTemplateEngineMessageSource(messages);
        // expressions compiled to bytecode once they have run a few times (mixed mode: falls back when they can't be)
        engine.setEnableSpringELCompiler(true);
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver();
        r.setPrefix("templates/mail/");
        r.setTemplateMode(mode);
        r.setCharacterEncoding("UTF-8");
        r.setResolvablePatterns(java.util.Set.of(pattern));
        r.setCheckExistence(true);
        r.setCacheable(true);
        r.setOrder(order);
        return r;
    }

    RenderedMail render(String template, String language, Map<String, Object> model) {
        if (template == null || !NAME.matcher(template).matches()) {
            throw new IllegalArgumentException("Not a mail template name: " + template);
        }
        Map<String, Object> variables = new HashMap<>(model == null ? Map.of() : model);
        variables.put("language", Languages.code(language));
        Context context = new Context(Languages.locale(language), variables);
        String text = tidy(engine.process(template + ".txt", context));
        int firstLineEnd = text.indexOf('\n');
        String subject = (firstLineEnd < 0 ? text : text.substring(0, firstLineEnd)).strip();
        String body = firstLineEnd < 0 ? "" : text.substring(firstLineEnd + 1).strip() + "\n";
        String html = engine.process(template + ".html", context);
        return new RenderedMail(subject, body, html);
    }

    /** Templates may leave blank lines where optional parts were skipped: keep at most one between paragraphs. */
    static String tidy(String text) {
        String unix = text.replace("\r\n", "\n");
        return BLANK_LINES.matcher(TRAILING_SPACE.matcher(unix).replaceAll("\n")).replaceAll("\n\n").strip();
    }
}
