package dev.proctorreviews.web;

import java.io.IOException;
import java.net.URI;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's Chromium, headless, with a fresh profile that is deleted on close: the browser of the pages'
 * browser test and of the end-to-end journey through the assembled service. A test class registers it as a
 * static {@code @RegisterExtension} field: it starts before the class's {@code @BeforeAll} methods and is closed
 * after its {@code @AfterAll} methods. Screenshots go to {@code target/screenshots} of the module running the
 * test (test output, never committed).
 */
public final class HeadlessChromium implements BeforeAllCallback, AfterAllCallback {
    public static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private ChromeDriver driver;
    private Path profile;

    @Override
    public void beforeAll(ExtensionContext context) {
        try {
            this.profile = Files.createTempDirectory("chromium-profile");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile);
        this.driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build(), options);
        driver.manage().timeouts().pageLoadTimeout(TIMEOUT);
        driver.manage().window().setSize(new Dimension(1000, 1100));
    }

    public ChromeDriver driver() {
        if (driver == null) {
            throw new IllegalStateException("HeadlessChromium starts as a static @RegisterExtension field");
        }
        return driver;
    }

    /** The path and query of a link the service handed out, as a sign-in link's {@code return_to} takes it. */
    public static String pathOf(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>} and answers that path. */
    public Path screenshot(String name) {
        Path target = SCREENSHOTS.resolve(name);
        try {
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** A form post returns before the next page is there: wait for it (bounded by {@link #TIMEOUT}). */
    public void waitFor(By element, String text) {
        new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.textToBePresentInElementLocated(element, text));
    }

    /** Writes a line of test output next to the screenshots. */
    public void note(String name, String line) {
        try {
            Files.writeString(SCREENSHOTS.resolve(name), line + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver == null) {
            return;
        }
        driver.quit();
        driver = null;
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
