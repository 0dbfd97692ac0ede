package kikan.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The machine's Chromium, headless, for the screens' browser tests (ADR 0027): Debian's {@code chromium} and
 * {@code chromium-driver} (installed by {@code .ci/run}), never a browser downloaded by a tool. Without them a test
 * fails with the reason; it never passes silently. Each test saves screenshots under {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

    /** Where Debian puts them; {@code KIKAN_CHROMIUM} and {@code KIKAN_CHROMEDRIVER} name others. */
    private static final Path CHROMIUM = Path.of(env("KIKAN_CHROMIUM", "/usr/bin/chromium"));

    private static final Path CHROMEDRIVER = Path.of(env("KIKAN_CHROMEDRIVER", "/usr/bin/chromedriver"));

    /** axe-core, injected into each page a test checks. */
    private static final String AXE = resource("axe-core-4.14.1/axe.min.js");

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** A new headless window on the application at {@code port}, with a fresh profile (no cookies). */
    public static Browser open(int port) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Chromium (" + CHROMIUM + ") and its driver (" + CHROMEDRIVER
                    + ") are needed for the browser tests: apt-get install chromium chromium-driver (.ci/run does)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--lang=ja");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, "http://localhost:" + port);
    }

    /** Opens {@code path} of the application. */
    public Browser go(String path) {
        driver.get(base + path);
        return accessible();
    }

    /**
     * Fails on the page's serious or critical accessibility violations (WCAG 2.2 A and AA rules of axe-core, vendored
     * in the test support under its MPL 2.0 licence). Every page a test opens or moves to is checked, so a screen that
     * breaks contrast, labels, names or landmarks fails its browser test and the build (issue 14, item 7).
     */
    public Browser accessible() {
        List<String> violations = accessibilityViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError("accessibility violations on " + path() + ":\n" + String.join("\n", violations));
        }
        return this;
    }

    /**
     * {@code path} of the application fetched with this window's session (its cookies), as the page would fetch it:
     * the status, the content type and the body, for a document the page offers as a download or a new tab (a PDF).
     */
    public Fetched fetch(String path) {
        org.openqa.selenium.Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        java.net.http.HttpRequest.Builder request =
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session.getValue());
        }
        try {
            java.net.http.HttpResponse<byte[]> answer = java.net.http.HttpClient.newHttpClient()
                    .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            return new Fetched(
                    answer.statusCode(),
                    answer.headers().firstValue("Content-Type").orElse(""),
                    answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What {@link #fetch} got. */
    public record Fetched(int status, String contentType, byte[] body) {}

    /** The page's serious and critical axe-core violations, each as "rule (impact): help — the elements". */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityViolations() {
        ChromeDriver chrome = (ChromeDriver) driver;
        if (Boolean.FALSE.equals(chrome.executeScript("return typeof window.axe !== 'undefined'"))) {
            chrome.executeScript(AXE);
        }
        Object result = chrome.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                window.axe.run(document, {runOnly: {type: 'tag',
                        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}, resultTypes: ['violations']})
                    .then(r => done(r.violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
                            + v.nodes.map(n => n.target.join(' ')).join(', '))))
                    .catch(e => done(['axe-core failed: ' + e]));
                """);
        return (List<String>) result;
    }

    /** Signs in through the demo sign-in as {@code staff} of {@code tenant} holding {@code roles}. */
    public Browser signIn(String staff, String tenant, String... roles) {
        go("/ui/sign-in");
        type("shokuin_id", staff);
        type("shimei", staff);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("dantai"))).selectByValue(tenant);
        for (String role : roles) {
            driver.findElement(By.cssSelector("input[name=roles][value='" + role + "']"))
                    .click();
        }
        return navigating(() -> driver.findElement(By.cssSelector("form.form button[type=submit]"))
                .click());
    }

    /** Types {@code text} into the field of id {@code id}, replacing what it held. */
    public Browser type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Clicks the first element {@code css} selects. */
    public Browser click(String css) {
        return navigating(() -> driver.findElement(By.cssSelector(css)).click());
    }

    /** Clicks the link whose text is {@code text}. */
    public Browser clickLink(String text) {
        return navigating(() -> driver.findElement(By.linkText(text)).click());
    }

    /** Does {@code action}, which leaves the page, and waits until the next page has replaced it. */
    private Browser navigating(Runnable action) {
        WebElement before = driver.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> gone(before));
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
        return accessible();
    }

    /**
     * Whether {@code element} left the document. Chromium sometimes answers a check on an element of a page being
     * replaced with "Node with given id does not belong to the document" instead of a stale-element error: gone too.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** The text of the page's {@code main} element, as a reader sees it. */
    public String text() {
        return driver.findElement(By.tagName("main")).getText();
    }

    /** What {@code javascript} returns in the page (a string, number or boolean; {@code null} for nothing). */
    public Object script(String javascript) {
        return ((ChromeDriver) driver).executeScript(javascript);
    }

    /** The page's HTML source. */
    public String source() {
        return driver.getPageSource();
    }

    /** The texts of every element {@code css} selects. */
    public List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .toList();
    }

    public String title() {
        return driver.getTitle();
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** Saves the window as {@code target/screenshots/<name>.png} and returns the file. */
    public Path screenshot(String name) {
        Path file = Path.of("target", "screenshots", name + ".png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String resource(String name) {
        try (var in = Browser.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    // ---------------------------------------------------------------------------------------------------- forms

    /** Chooses the option of value {@code value} in the select of id {@code id}. */
    public Browser select(String id, String value) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByValue(value);
        return this;
    }

    /** Ticks the check box or radio button of id {@code id} (a ticked check box stays ticked). */
    public Browser check(String id) {
        WebElement box = driver.findElement(By.id(id));
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    /** Unticks the check box of id {@code id}. */
    public Browser uncheck(String id) {
        WebElement box = driver.findElement(By.id(id));
        if (box.isSelected()) {
            box.click();
        }
        return this;
    }

    /** The current value of the field of id {@code id}. */
    public String value(String id) {
        return String.valueOf(driver.findElement(By.id(id)).getDomProperty("value"));
    }

    /** Sets the value of the field of id {@code id} as a script would, past its {@code maxlength} (what a forged request sends). */
    public Browser force(String id, String text) {
        ((ChromeDriver) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, text);
        return this;
    }

    /** What a form's submission answered, fetched in the page rather than shown (a PDF, for instance). */
    public record Submitted(int status, String contentType, int length, String start) {}

    /**
     * Submits the form {@code css} selects as the browser would (its fields, the CSRF token, the session cookie), but
     * through {@code fetch} in the page, and returns the answer: for responses the browser would not show as a page.
     */
    public Submitted fetchForm(String css) {
        Object result = ((ChromeDriver) driver).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        const form = document.querySelector(arguments[0]);
                        fetch(form.action, {method: 'POST', credentials: 'same-origin',
                                            body: new URLSearchParams(new FormData(form))})
                          .then(r => r.arrayBuffer().then(b => {
                            const bytes = new Uint8Array(b);
                            done([r.status, r.headers.get('content-type') || '', bytes.length,
                                  String.fromCharCode(...bytes.slice(0, 5))]);
                          }))
                          .catch(e => done([0, String(e), 0, '']));
                        """, css);
        List<?> answer = (List<?>) result;
        return new Submitted(
                ((Number) answer.get(0)).intValue(),
                String.valueOf(answer.get(1)),
                ((Number) answer.get(2)).intValue(),
                String.valueOf(answer.get(3)));
    }
}
