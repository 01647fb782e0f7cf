package com.pilotledger.app.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;

/**
 * Debian's headless Chromium driven through its chromedriver, against the application on localhost. Nothing is
 * downloaded: without /usr/bin/chromium and /usr/bin/chromedriver the test fails at once, it never skips.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String baseUrl;

    Browser(int port) {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("The browser suite needs Debian's chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver); .ci/run installs them");
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
                        "--user-data-dir=" + temporaryProfile());
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.baseUrl = "http://localhost:" + port;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Goes to an address on another origin (an identity provider's). */
    void visit(String url) {
        driver.get(url);
    }

    /** Forgets the cookies the page open now can see, as if the browser had been closed. */
    void forgetCookies() {
        driver.manage().deleteAllCookies();
    }

    /** Where the browser is, in full: on another origin (an identity provider's sign-in page) too. */
    String currentUrl() {
        return driver.getCurrentUrl();
    }

    void signIn(String user) {
        open("/login");
        type(By.id("username"), user);
        type(By.id("password"), "pilot-ledger");
        click(By.id("sign-in"));
        waitFor(By.id("signed-in-user"));
        // A board still catching up with the views reloads itself once they are current: a test starts after that.
        long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!findAll(By.id("catching-up")).isEmpty()) {
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException("The board was still catching up 30 s after signing in");
            }
            pause(Duration.ofMillis(100));
        }
        waitFor(By.id("signed-in-user"));
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    void signOut() {
        click(By.id("sign-out"));
        waitFor(By.id("sign-in"));
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Waits until the element's text satisfies the condition, e.g. after htmx swapped part of the page. The element is
     * looked up afresh on each try, because a swap replaces it while it is being read.
     */
    String waitForText(By by, Predicate<String> condition) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        return wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            String text = driver.findElement(by).getText();
            return condition.test(text) ? text : null;
        });
    }

    void type(By field, String text) {
        WebElement element = waitFor(field);
        element.clear();
        element.sendKeys(text);
    }

    void select(By field, String visibleText) {
        new org.openqa.selenium.support.ui.Select(waitFor(field)).selectByVisibleText(visibleText);
    }

    void click(By by) {
        waitFor(by).click();
    }

    /**
     * Clicks what leads to another page (a link, a form's submit button) and waits until that page replaced this one:
     * reading right after the click can find the old page's elements, which go stale under the reader.
     */
    void clickToNextPage(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        waitFor(by).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
    }

    /** Opens a collapsed form section (a details element) before filling it in. */
    void expand(String detailsId) {
        WebElement details = waitFor(By.id(detailsId));
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
    }

    void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    String text(By by) {
        return waitFor(by).getText();
    }

    Object script(String javascript, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(javascript, arguments);
    }

    /**
     * The serious and critical accessibility violations axe-core finds on the page as it is now, one line each
     * (rule, impact, help and the elements at fault); empty when the page passes.
     */
    List<String> seriousAccessibilityViolations() {
        org.openqa.selenium.JavascriptExecutor javascript = (org.openqa.selenium.JavascriptExecutor) driver;
        javascript.executeScript(Axe.source());
        Object found = javascript.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                    .then(results => done(results.violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                            + v.nodes.map(n => n.target.join(' ')).join(', '))))
                    .catch(error => done(['axe-core failed: ' + error]));""");
        return ((List<?>) found).stream().map(String::valueOf).toList();
    }

    /** Presses keys on whatever has the keyboard focus, as a keyboard-only user does. */
    void press(CharSequence... keys) {
        driver.switchTo().activeElement().sendKeys(keys);
    }

    /** The element that has the keyboard focus now. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Whether the focused element shows its focus: an outline or a box shadow drawn around it. */
    boolean focusIsVisible() {
        Object visible = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const style = getComputedStyle(document.activeElement);
                return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
                    || style.boxShadow !== 'none';""");
        return Boolean.TRUE.equals(visible);
    }

    /** The browser console since the last call: what a user's developer tools would show. */
    List<LogEntry> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String temporaryProfile() {
        try {
            return Files.createTempDirectory("pilot-ledger-chromium").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
