package vn.congso.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Real Chromium for browser journeys (Debian's /usr/bin/chromium or CONGSO_CHROMIUM; Playwright never downloads a
 * browser). When Chromium is missing the journeys are skipped, unless CONGSO_E2E=required (CI), where they fail.
 */
public final class BrowserSupport implements AutoCloseable {

    private final Playwright playwright;
    private final Browser browser;

    private BrowserSupport(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static BrowserSupport start() {
        String configured = System.getenv("CONGSO_CHROMIUM");
        Path chromium = Path.of(configured != null && !configured.isBlank() ? configured : "/usr/bin/chromium");
        boolean required = "required".equalsIgnoreCase(System.getenv("CONGSO_E2E"));
        if (!Files.isExecutable(chromium)) {
            if (required) {
                Assertions.fail("CONGSO_E2E=required but Chromium was not found at " + chromium);
            }
            Assumptions.abort("Chromium not found at " + chromium + "; browser journeys skipped (set CONGSO_E2E=required to fail instead)");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
        return new BrowserSupport(playwright, browser);
    }

    /** A fresh browser profile (own cookies) with a phone viewport (390×844) or a laptop one. */
    public BrowserContext context(boolean phone) {
        Browser.NewContextOptions options = new Browser.NewContextOptions().setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh");
        options = phone ? options.setViewportSize(390, 844).setIsMobile(true).setHasTouch(true) : options.setViewportSize(1280, 900);
        BrowserContext context = browser.newContext(options);
        context.setDefaultTimeout(15_000);
        return context;
    }

    /** Runs axe-core for WCAG 2.1 A and AA on the page; fails with a readable list of violations. */
    public static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        List<Rule> violations = results.getViolations();
        String report = violations.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " → "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(violations).as("WCAG 2.1 A/AA violations on " + page.url() + ":\n" + report).isEmpty();
    }

    /** The page has no horizontal scrolling (mobile-first): its content fits the viewport's width. */
    public static void assertNoHorizontalScroll(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow on " + page.url()).isLessThanOrEqualTo(0);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
