package controlmap.web;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (nothing downloaded: the binaries are given, so
 * Selenium Manager never runs). Browser console messages are kept so tests can assert there were no errors.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    private final Path profile;

    /**
     * Skips the calling test when Chromium is missing, except in CI ({@code CI=true}), where it fails: CI must run the
     * browser tests (scripts/check installs chromium and chromium-driver).
     */
    static void requireChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: the browser tests must run in CI "
                    + "(scripts/check installs them: apt-get install chromium chromium-driver)");
        }
        assumeTrue(present, "Browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing "
                + "(apt-get install chromium chromium-driver, or run scripts/check)");
    }

    /** A desktop window of {@code width} × {@code height} CSS pixels. */
    static Browser desktop(int width, int height) {
        return new Browser(width, height, false);
    }

    /** A phone: the viewport emulated at {@code width} × {@code height} CSS pixels, touch, device pixel ratio 1. */
    static Browser phone(int width, int height) {
        return new Browser(width, height, true);
    }

    /** A desktop window whose pages run no script (Chromium's content setting), as some readers' browsers do. */
    static Browser withoutScripts(int width, int height) {
        return new Browser(width, height, false, false);
    }

    /**
     * A desktop window for benchmarks: {@code window.gc()} and exact {@code performance.memory} figures, so the JS
     * heap can be read after a collection.
     */
    static Browser measuring(int width, int height) {
        return new Browser(width, height, false, true, "--js-flags=--expose-gc", "--enable-precise-memory-info");
    }

    private Browser(int width, int height, boolean mobile) {
        this(width, height, mobile, true);
    }

    private Browser(int width, int height, boolean mobile, boolean scripts, String... extra) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        try {
            profile = Files.createTempDirectory("controlmap-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--lang=en-GB", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height);
        options.addArguments(extra);
        if (mobile) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", width, "height", height, "pixelRatio", 1.0, "touch", true)));
        }
        if (!scripts) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        if (!mobile) {
            // --window-size is the outer window: grow it by the browser's own frame so the page gets width × height
            long dw = ((Number) driver.executeScript("return window.outerWidth - window.innerWidth")).longValue();
            long dh = ((Number) driver.executeScript("return window.outerHeight - window.innerHeight")).longValue();
            driver.manage().window().setSize(new Dimension((int) (width + dw), (int) (height + dh)));
        }
    }

    WebDriver driver() {
        return driver;
    }

    /** Makes the page (the viewport, not the window) {@code width} × {@code height} CSS pixels. */
    void resize(int width, int height) {
        long dw = ((Number) driver.executeScript("return window.outerWidth - window.innerWidth")).longValue();
        long dh = ((Number) driver.executeScript("return window.outerHeight - window.innerHeight")).longValue();
        driver.manage().window().setSize(new Dimension((int) (width + dw), (int) (height + dh)));
    }

    /**
     * Opens {@code url} and waits until the map has drawn its first answer (the page is ready and the main map says
     * which day it shows: data-drawn). Console messages start afresh.
     */
    void open(String url) {
        problems();
        driver.get(url);
        waitFor("the map to be ready and drawn", "const m = document.getElementById('map-a');"
                + " return window.controlmap && window.controlmap.ready === true && !!(m && m.dataset.drawn)");
    }

    void waitFor(String what, String condition, Object... args) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).withMessage(what)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(condition, args)));
    }

    Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Runs an async script: its last argument is the callback. */
    Object jsAsync(String script, Object... args) {
        return driver.executeAsyncScript(script, args);
    }

    String text(String script, Object... args) {
        Object v = js(script, args);
        return v == null ? null : v.toString();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The browser console's warnings and errors since the last call (SEVERE = console.error, failed loads). */
    List<LogEntry> problems() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
    }

    /** Saves a screenshot of the viewport to target/screenshots/{name}.png and returns its path. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path to = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), to, StandardCopyOption.REPLACE_EXISTING);
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp profile; the OS cleans up what is left
        }
    }
}
