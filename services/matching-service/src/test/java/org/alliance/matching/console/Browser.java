package org.alliance.matching.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import org.alliance.testing.ProjectRoot;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium driven through its chromedriver, one fresh profile per user. Waits are
 * generous and wait for a state, never for a time: the machine may be loaded.
 */
final class Browser implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(120);
    static final Path SHOTS = ProjectRoot.find().resolve("services/matching-service/target/console-screenshots");

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final List<String> jsErrors = new ArrayList<>();

    /** Installs chromium, chromedriver and CJK fonts when missing (deploy/local/ensure-browser). */
    static void ensureInstalled() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(ProjectRoot.find().resolve("deploy/local/ensure-browser").toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("deploy/local/ensure-browser failed: the browser test needs chromium, chromium-driver and fonts-noto-cjk");
        }
    }

    Browser(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--window-size=1366,1000", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(180)).scriptTimeout(Duration.ofSeconds(120));
        wait = new WebDriverWait(driver, WAIT, Duration.ofMillis(250));
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement visible(By by) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (TimeoutException e) {
            throw explained(e);
        }
    }

    void click(By by) {
        try {
            wait.until(ExpectedConditions.elementToBeClickable(by)).click();
        } catch (TimeoutException e) {
            throw explained(e);
        }
    }

    void textIn(By by, String text) {
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        } catch (TimeoutException e) {
            throw explained(e);
        }
    }

    void until(String what, Predicate<ChromeDriver> condition) {
        try {
            new WebDriverWait(driver, WAIT, Duration.ofMillis(250)).withMessage(what).until(d -> condition.test(driver));
        } catch (TimeoutException e) {
            throw explained(e);
        }
    }

    /** A failed wait with what the user saw: a screenshot, the page's text and the console. */
    RuntimeException explained(RuntimeException e) {
        try {
            screenshot("failure-" + System.currentTimeMillis());
        } catch (IOException | RuntimeException ignored) {
            // the wait's own failure says enough
        }
        String text;
        try {
            text = driver.findElement(By.tagName("body")).getText();
        } catch (RuntimeException other) {
            text = "(no page text: " + other.getMessage() + ")";
        }
        return new IllegalStateException(e.getMessage() + "\nURL " + driver.getCurrentUrl() + "\npage text:\n" + text
                + "\nconsole: " + consoleErrors(m -> false), e);
    }

    /** Form controls a screen reader cannot name: no label element and no aria-label. */
    @SuppressWarnings("unchecked")
    List<String> unlabelledControls() {
        return (List<String>) js("return [...document.querySelectorAll('input, select, textarea')]"
                + ".filter(e => e.type !== 'hidden' && (!e.labels || e.labels.length === 0) && !e.getAttribute('aria-label'))"
                + ".map(e => e.id || e.name || e.outerHTML)");
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /**
     * The browser's SEVERE console entries since the last call, except failed loads the page expected
     * (a union asking for another region's match gets the API's 404, which the page then explains).
     */
    List<String> consoleErrors(Predicate<String> expected) {
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue() && !expected.test(e.getMessage())) {
                jsErrors.add(e.getMessage());
            }
        }
        return List.copyOf(jsErrors);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException("chromium did not quit", e));
        }
    }
}
