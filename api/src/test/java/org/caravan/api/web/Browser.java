package org.caravan.api.web;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's Chromium driven through Debian's ChromeDriver, headless, for the browser tests: one browser per test
 * class, a fresh profile, a download folder of its own, a window the size of a 1366×768 laptop. Both paths are
 * given explicitly, so Selenium Manager never runs (the network is closed). Without a browser the tests skip with
 * the reason, except under CI=true, where that is a failure ({@code .ci/install-chromium} installs it).
 *
 * <p>A failed test leaves a screenshot {@code target/browser-screenshots/<test>-FAILED.png}; {@link #shot} saves one
 * per screen.
 */
public final class Browser implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback, AfterAllCallback {

    static final Path CHROMIUM = Path.of(System.getProperty("caravan.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("caravan.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private ChromeDriver driver;
    private Path profile;
    private Path downloads;
    private String testName = "test";

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        boolean required = "true".equalsIgnoreCase(System.getenv("CI"));
        String missing = !Files.isExecutable(CHROMIUM) ? CHROMIUM.toString()
                : !Files.isExecutable(CHROMEDRIVER) ? CHROMEDRIVER.toString() : null;
        if (missing != null) {
            unavailable(required, missing + " is missing; run .ci/install-chromium (apt-get install -y chromium chromium-driver)", null);
        }
        profile = Files.createTempDirectory("caravan-chromium-profile");
        downloads = Files.createTempDirectory("caravan-downloads");
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1366,768", "--lang=en-GB");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "safebrowsing.enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        try {
            driver = new ChromeDriver(service, options);
        } catch (WebDriverException e) {
            unavailable(required, "Chromium did not start: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        driver.manage().timeouts().scriptTimeout(WAIT);
    }

    private static void unavailable(boolean required, String reason, Exception cause) {
        if (required) {
            throw new IllegalStateException("The browser tests need Chromium under CI=true: " + reason, cause);
        }
        System.err.println("Browser tests skipped: " + reason);
        throw new TestAbortedException("Browser tests skipped: " + reason);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        testName = context.getRequiredTestMethod().getName() + context.getDisplayName().replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("^-|-$", "").replaceFirst("^(?=.)", "-");
        clearDownloads();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && driver != null) {
            save(testName + "-FAILED");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
        }
        for (Path folder : new Path[] {profile, downloads}) {
            if (folder != null) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Saves a screenshot of the current screen as target/browser-screenshots/<test>-<screen>.png. */
    public void shot(String screen) {
        save(testName + "-" + screen);
    }

    private void save(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | WebDriverException e) {
            System.err.println("No screenshot " + name + ": " + e.getMessage());
        }
    }

    public <T> T await(ExpectedCondition<T> condition) {
        // Screens redraw parts of themselves as data arrives: an element found a moment ago may have been replaced.
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(condition);
    }

    public WebElement visible(By locator) {
        return await(d -> {
            List<WebElement> found = d.findElements(locator);
            return found.stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
        });
    }

    /**
     * Opens {@code address} (a page route such as {@code /datasets}) as a user who signs in first, on the sign-in
     * screen the page shows to nobody signed in, then switches to {@code language} unless it is French, the default.
     */
    public void signIn(String base, String address, String username, String password, String language) {
        driver.get(base + "#" + address);
        WebElement user = visible(By.cssSelector("input[name=username]"));
        if (!driver.getCurrentUrl().contains("#/sign-in")) {
            throw new AssertionError("Not on the sign-in screen: " + driver.getCurrentUrl());
        }
        user.sendKeys(username);
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
        driver.findElement(By.cssSelector(".sign-in-form button[type=submit]")).click();
        await(d -> !d.getCurrentUrl().contains("#/sign-in"));
        if (!"fr".equals(language)) {
            visible(By.cssSelector("main h1"));
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("language"))).selectByValue(language);
        }
        await(d -> language.equals(script("return document.documentElement.lang")));
        visible(By.cssSelector("main h1"));
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Waits for a downloaded file whose name starts with the prefix to be complete, and returns it. */
    public Path downloaded(String prefix) {
        return await(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(file -> file.getFileName().toString().startsWith(prefix)
                        && !file.getFileName().toString().endsWith(".crdownload")).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void clearDownloads() throws IOException {
        if (downloads == null) {
            return;
        }
        try (Stream<Path> files = Files.list(downloads)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
