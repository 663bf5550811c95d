package id.jenjang.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for a test class, as a JUnit 5 extension:
 * <pre>
 * &#64;RegisterExtension
 * static final Browser browser = new Browser();
 * </pre>
 * Debian's {@code /usr/bin/chromium} through {@code /usr/bin/chromedriver} (installed by .ci/run): with both
 * paths given, Selenium Manager is never asked, so nothing is downloaded. Chromium starts at the first use,
 * every test begins without cookies or storage (a new visitor), and the browser quits after the class. A failed
 * test leaves {@code target/screenshots/<Class>.<method>-FAILED.png} and {@code .html} beside it.
 * <p>
 * No implicit waits: every wait is explicit ({@link #waitFor}, {@link #waitUntil}) and ends after
 * {@link #TIMEOUT}, so a missing element fails with the selector in the message instead of slowing every lookup.
 */
public final class Browser implements BeforeEachCallback, AfterAllCallback, TestWatcher {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** Long enough for the webapps' first load on a busy 2-core CI machine. */
    public static final Duration TIMEOUT = Duration.ofSeconds(20);
    /**
     * For a webapp page to load and start: Tasklist's first load (several MB of scripts, its plugins, its first
     * REST calls) took more than 20 s on the shared 2-core machine under a load of 15.
     */
    public static final Duration PAGE_LOAD_TIMEOUT = Duration.ofSeconds(90);
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /**
     * The flags that work on this platform as root: no sandbox (root), and no background connections, which the
     * closed network would refuse by the dozen at every start. English, as many civil servants' browsers are: the
     * webapps answer in Bahasa Indonesia all the same (our config.js offers no other language, ADR 0004), and
     * form-js's own messages ("Field is required.") are put in Indonesian by Tasklist's form-texts.js.
     */
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--window-size=1366,900", "--lang=en-US");

    /**
     * Only WebDriver itself is used, never the DevTools protocol, so Selenium's warning that it has no CDP
     * binding for Debian's newer Chromium is noise. Held in fields: java.util.logging keeps loggers weakly.
     */
    private static final List<Logger> QUIET = Stream.of("org.openqa.selenium.devtools.CdpVersionFinder",
            "org.openqa.selenium.chromium.ChromiumDriver").map(Logger::getLogger).toList();

    private static final Logger LOG = Logger.getLogger(Browser.class.getName());

    static {
        QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    /**
     * form-js's date picker reads and shows dates this way, whatever the browser's language: month and day
     * without a leading zero (it shows 2026-12-01 as "12/1/2026", so "12/01/2026" would never read back).
     */
    private static final DateTimeFormatter FORM_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");
    /** form-js re-renders within milliseconds; a value that has stood this long has been kept. */
    private static final Duration FORM_SETTLE = Duration.ofMillis(300);

    private ChromeDriver driver;
    private Path profile;
    private String currentTest = "browser";

    // ---- lifecycle (JUnit) ----

    @Override
    public void beforeEach(ExtensionContext context) {
        currentTest = testName(context);
        if (driver != null) {
            forgetSession();
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver != null) {
            String name = testName(context) + "-FAILED";
            screenshot(name);
            savePageSource(name);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        quit();
    }

    // ---- the browser ----

    /** The driver, started at the first call: headless Chromium, 1366x900, a fresh profile. */
    public WebDriver driver() {
        if (driver == null) {
            start();
        }
        return driver;
    }

    private ChromeDriver chrome() {
        driver();
        return driver;
    }

    private void start() {
        for (String binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(Path.of(binary))) {
                throw new IllegalStateException(binary + " is missing: apt-get install -y --no-install-recommends "
                        + "chromium chromium-driver (.ci/run does it)");
            }
        }
        try {
            profile = Files.createTempDirectory("jenjang-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile);
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 900));
    }

    /** Quits Chromium and removes its profile; the next {@link #driver()} starts a new one. */
    public void quit() {
        if (driver != null) {
            try {
                driver.quit();
            } finally {
                driver = null;
                deleteProfile();
            }
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }

    /** Drops cookies and web storage of the current site, so the next page is seen by a new visitor. */
    public void forgetSession() {
        String url = driver().getCurrentUrl();
        if (url != null && url.startsWith("http")) {
            driver.manage().deleteAllCookies();
            driver.executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
        }
        driver.get("about:blank");
    }

    public void open(String url) {
        driver().get(url);
    }

    public String currentUrl() {
        return driver().getCurrentUrl();
    }

    // ---- explicit waits ----

    /** Waits until the element is visible and returns it. */
    public WebElement waitFor(By locator) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public WebElement waitForClickable(By locator) {
        return waitUntil(ExpectedConditions.elementToBeClickable(locator));
    }

    /** Waits until no such element is visible (gone or hidden). */
    public void waitUntilGone(By locator) {
        waitUntil(ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    /** Waits until the element's visible text contains the given text, and returns the element. */
    public WebElement waitForText(By locator, String text) {
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(locator, text));
        return driver.findElement(locator);
    }

    public <T> T waitUntil(ExpectedCondition<T> condition) {
        return waitUntil(condition, TIMEOUT);
    }

    public <T> T waitUntil(ExpectedCondition<T> condition, Duration timeout) {
        return new WebDriverWait(driver(), timeout).until(condition);
    }

    /**
     * Waits until the element lies wholly inside the window, as a person sees it without scrolling ("visible"
     * in Selenium's sense includes elements scrolled out of sight), and returns it.
     */
    public WebElement waitUntilInView(By locator) {
        return waitUntil(d -> {
            WebElement element = d.findElement(locator);
            Boolean inView = (Boolean) ((JavascriptExecutor) d).executeScript("const r = arguments[0]"
                    + ".getBoundingClientRect(); return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;",
                    element);
            return Boolean.TRUE.equals(inView) ? element : null;
        });
    }

    /** Whether the element is on the page and visible right now, without waiting. */
    public boolean isVisible(By locator) {
        return driver().findElements(locator).stream().anyMatch(WebElement::isDisplayed);
    }

    // ---- acting like a person ----

    /** Clears the field and types the text, as a person selecting all and typing over it. */
    public WebElement type(By locator, String text) {
        WebElement field = scrolledTo(waitFor(locator));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
        return field;
    }

    /**
     * Clicks the element, looked up again should the webapp re-render it between finding and clicking (Tasklist
     * refreshes its lists on its own).
     */
    public void click(By locator) {
        for (int attempt = 1; ; attempt++) {
            try {
                scrolledTo(waitForClickable(locator)).click();
                return;
            } catch (StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Scrolls the element to the middle of its scrolling container, e.g. before a screenshot of that part. */
    public WebElement scrollTo(By locator) {
        return scrolledTo(waitFor(locator));
    }

    /**
     * Centres the element first: Selenium would scroll it only to the edge, where the webapps' fixed footer
     * catches the click ("element click intercepted").
     */
    private WebElement scrolledTo(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        return element;
    }

    // ---- evidence ----

    /** Saves {@code target/screenshots/<Class>.<method>.png} of the current test. */
    public Path screenshot() {
        return screenshot(currentTest);
    }

    /** Saves {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        return write(name + ".png", chrome().getScreenshotAs(OutputType.BYTES));
    }

    /**
     * Saves {@code target/screenshots/<name>.png} taken through a window this many pixels high, for a long form
     * in one picture (Tasklist scrolls the task inside its column, so a full-page screenshot would not show it);
     * the window is 1366x900 again afterwards.
     */
    public Path screenshot(String name, int windowHeight) {
        Dimension normal = chrome().manage().window().getSize();
        driver.manage().window().setSize(new Dimension(normal.getWidth(), windowHeight));
        try {
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(normal);
        }
    }

    /** Saves the live DOM (after the webapps' scripts ran) as {@code target/screenshots/<name>.html}. */
    public Path savePageSource(String name) {
        return write(name + ".html", Optional.ofNullable(driver().getPageSource()).orElse("").getBytes());
    }

    private static Path write(String file, byte[] content) {
        try {
            Files.createDirectories(SCREENSHOTS);
            return Files.write(SCREENSHOTS.resolve(file), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- Camunda webapps ----

    /** Closes the notifications in the corner, so that the next one seen is new. */
    public void dismissNotifications() {
        for (WebElement close : driver().findElements(CamundaPages.NOTIFICATION_CLOSE)) {
            if (close.isDisplayed()) {
                close.click();
            }
        }
        waitUntilGone(CamundaPages.ERROR_NOTIFICATION);
    }

    /** {@code http://localhost:PORT} + {@code /camunda/app/<app>/default/}, app being tasklist, cockpit or admin. */
    public static String appUrl(String baseUrl, String app) {
        return baseUrl + "/camunda/app/" + app + "/default/";
    }

    /**
     * Opens the webapp's login page, fills it in and submits it, without waiting for the outcome: for tests of
     * refused logins. See {@link #loginToTasklist} for the usual way in.
     */
    public void submitLogin(String appUrl, String user, String password) {
        open(appUrl);
        waitUntil(ExpectedConditions.visibilityOfElementLocated(CamundaPages.LOGIN_USERNAME), PAGE_LOAD_TIMEOUT);
        type(CamundaPages.LOGIN_USERNAME, user);
        type(CamundaPages.LOGIN_PASSWORD, password);
        click(CamundaPages.LOGIN_SUBMIT);
    }

    /**
     * Logs into Tasklist through its login page and waits until the task list is shown. Whoever was logged in
     * before is forgotten first, as when the next person sits down at a shared computer. A refused login fails
     * at once with Camunda's notification instead of running into the timeout.
     */
    public void loginToTasklist(String baseUrl, String user, String password) {
        forgetSession();
        submitLogin(appUrl(baseUrl, "tasklist"), user, password);
        waitUntil(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(CamundaPages.TASKLIST_TASKS),
                ExpectedConditions.visibilityOfElementLocated(CamundaPages.ERROR_NOTIFICATION)), PAGE_LOAD_TIMEOUT);
        if (isVisible(CamundaPages.ERROR_NOTIFICATION)) {
            throw new AssertionError("Tasklist refused the login of " + user + ": "
                    + driver.findElement(CamundaPages.ERROR_NOTIFICATION).getText().replace("×", "").trim());
        }
        waitUntilGone(CamundaPages.LOGIN_FORM);
        waitFor(CamundaPages.ACCOUNT_MENU);
    }

    /**
     * Opens a task in Tasklist by id (works whatever filter is selected, even with none) and waits until its
     * name and form are shown. Expects a logged-in Tasklist.
     */
    public void openTask(String baseUrl, String taskId) {
        open(appUrl(baseUrl, "tasklist") + "#/?task=" + taskId);
        waitUntil(ExpectedConditions.visibilityOfElementLocated(CamundaPages.TASK_NAME), PAGE_LOAD_TIMEOUT);
        waitForTaskForm();
    }

    /** Clicks the filter with this name in Tasklist's left column and waits until Tasklist has selected it. */
    public void selectFilter(String name) {
        click(CamundaPages.filterNamed(name));
        waitFor(CamundaPages.selectedFilterNamed(name));
    }

    /**
     * Clicks the filter and waits until the task with this name is in its list (Tasklist refreshes the list on
     * its own, so a task created a moment ago appears without reloading).
     */
    public void findTaskInFilter(String filter, String taskName) {
        selectFilter(filter);
        waitUntil(ExpectedConditions.visibilityOfElementLocated(CamundaPages.taskInList(taskName)),
                PAGE_LOAD_TIMEOUT);
    }

    /**
     * Clicks the task with this name in the list of the selected filter, as a person would, and waits until the
     * task is opened beside the list with its form rendered.
     */
    public void openTaskFromList(String taskName) {
        click(CamundaPages.taskInList(taskName));
        waitUntil(ExpectedConditions.textToBe(CamundaPages.TASK_NAME, taskName));
        waitForTaskForm();
    }

    /**
     * The usual way to a task, as its person goes: logs into Tasklist, picks the filter, finds the task in the
     * list by its name, clicks it and waits for its form.
     */
    public void openTaskInTasklist(String baseUrl, String user, String password, String filter, String taskName) {
        loginToTasklist(baseUrl, user, password);
        findTaskInFilter(filter, taskName);
        openTaskFromList(taskName);
    }

    /**
     * Clicks "Klaim" on the opened group task and waits until the task is the user's (the x to give it back is
     * shown) and its form can be filled in; until then Tasklist shows the form disabled.
     */
    public void claimTask() {
        click(CamundaPages.TASK_CLAIM);
        waitFor(CamundaPages.TASK_UNCLAIM);
        waitUntilGone(CamundaPages.TASK_FORM_DISABLED);
    }

    // ---- starting a process from Tasklist ----

    /**
     * Clicks "Mulai proses" in Tasklist's header, picks the process by its name in the dialog and waits for its
     * start form. Expects a logged-in Tasklist.
     */
    public void startProcess(String processName) {
        click(CamundaPages.START_PROCESS);
        click(CamundaPages.startableProcess(processName));
        waitForTaskForm();
    }

    /**
     * Clicks "Mulai" under the start form and waits until the dialog closes with "Proses telah dimulai.". A
     * refusal (a field the form or the server rejects) fails at once with the dialog's message.
     */
    public void submitStartForm() {
        dismissNotifications();
        dismissStartProcessErrors();
        click(CamundaPages.START_PROCESS_SUBMIT);
        waitUntil(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(CamundaPages.INFO_NOTIFICATION),
                ExpectedConditions.visibilityOfElementLocated(CamundaPages.START_PROCESS_ERROR)));
        if (isVisible(CamundaPages.START_PROCESS_ERROR)) {
            throw new AssertionError("Tasklist did not start the process: " + startProcessError());
        }
        waitUntilGone(CamundaPages.START_PROCESS_DIALOG);
    }

    /** Clicks "Mulai" expecting a refusal, and returns the dialog's message; the dialog stays open. */
    public String submitStartFormRefused() {
        dismissStartProcessErrors();
        click(CamundaPages.START_PROCESS_SUBMIT);
        waitFor(CamundaPages.START_PROCESS_ERROR);
        return startProcessError();
    }

    /** Closes the refusals shown in the "Mulai proses" dialog, so that the next one seen is new. */
    private void dismissStartProcessErrors() {
        for (WebElement close : driver().findElements(CamundaPages.START_PROCESS_ERROR_CLOSE)) {
            if (close.isDisplayed()) {
                close.click();
            }
        }
        waitUntilGone(CamundaPages.START_PROCESS_ERROR);
    }

    private String startProcessError() {
        return driver.findElement(CamundaPages.START_PROCESS_ERROR).getText().replace("×", "").trim();
    }

    // ---- Camunda Forms in an opened task (form-js; fields found by component id, see CamundaPages) ----

    /** Waits until the task's Camunda Form is rendered (the form viewer's scripts load at the first form). */
    public WebElement waitForTaskForm() {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(CamundaPages.TASK_CAMUNDA_FORM),
                PAGE_LOAD_TIMEOUT);
    }

    /**
     * Types over a textfield, textarea or number field and leaves it, as a person tabbing on. form-js holds
     * typed text for 300 ms before it reaches the form's data (leaving hands it over at once), and re-renders
     * the form when the previous field is left: a re-render inside that window puts the old value back. A
     * person types too slowly to lose text this way, a test does not, so the text is typed again (at most
     * twice) until the form keeps it.
     */
    public void fillFormField(String componentId, String text) {
        typeIntoForm(CamundaPages.formField(componentId), text, false);
    }

    /** Types a date into a datetime field (subtype date) as its date picker reads it, and leaves the field. */
    public void fillFormDate(String componentId, LocalDate date) {
        typeIntoForm(CamundaPages.formField(componentId + "-date"), date.format(FORM_DATE), true);
    }

    private void typeIntoForm(By locator, String text, boolean pressEnter) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            WebElement field = type(locator, text);
            if (pressEnter) {
                field.sendKeys(Keys.ENTER);
            }
            leave(field);
            if (keeps(field, text)) {
                return;
            }
            LOG.info("The form dropped '" + text + "' in " + locator + " (attempt " + attempt + "), typing again");
        }
        throw new AssertionError("The form does not keep '" + text + "' in " + locator + ": it shows '"
                + driver.findElement(locator).getDomProperty("value") + "'");
    }

    /** Whether the field still shows the text once the re-render that leaving it causes is over. */
    private boolean keeps(WebElement field, String text) {
        try {
            new WebDriverWait(driver, FORM_SETTLE, Duration.ofMillis(50))
                    .until(d -> !text.equals(field.getDomProperty("value")));
            return false;
        } catch (TimeoutException stayed) {
            return true;
        }
    }

    private void leave(WebElement field) {
        driver.executeScript("arguments[0].blur();", field);
    }

    /** Opens a select field's dropdown and picks the option with this label. */
    public void selectFormOption(String componentId, String optionLabel) {
        click(CamundaPages.formField(componentId + "-display"));
        click(CamundaPages.formSelectOption(optionLabel));
    }

    public void chooseFormRadio(String componentId, String optionLabel) {
        click(CamundaPages.formRadioOption(componentId, optionLabel));
    }

    public void setFormCheckbox(String componentId, boolean checked) {
        WebElement box = waitFor(CamundaPages.formField(componentId));
        if (box.isSelected() != checked) {
            click(CamundaPages.formField(componentId));
        }
    }

    /** What the field holds now (the input's live value, e.g. a variable the form was opened with). */
    public String formFieldValue(String componentId) {
        return waitFor(CamundaPages.formField(componentId)).getDomProperty("value");
    }

    /** The validation messages under a field, or "" when it has none. */
    public String formFieldError(String componentId) {
        return driver().findElements(CamundaPages.formFieldError(componentId)).stream().map(WebElement::getText)
                .findFirst().orElse("");
    }

    /**
     * Clicks Complete and waits until Tasklist has closed the task. A refusal (a required field left empty, a
     * server error) fails at once with Tasklist's notification.
     */
    public void completeTask() {
        dismissNotifications();
        click(CamundaPages.TASK_COMPLETE);
        waitUntil(ExpectedConditions.or(
                ExpectedConditions.invisibilityOfElementLocated(CamundaPages.TASK_NAME),
                ExpectedConditions.visibilityOfElementLocated(CamundaPages.ERROR_NOTIFICATION)));
        if (isVisible(CamundaPages.ERROR_NOTIFICATION)) {
            throw new AssertionError("Tasklist did not complete the task: "
                    + driver.findElement(CamundaPages.ERROR_NOTIFICATION).getText().replace("×", "").trim());
        }
    }

    private static String testName(ExtensionContext context) {
        return context.getRequiredTestClass().getSimpleName()
                + context.getTestMethod().map(m -> "." + m.getName()).orElse("");
    }
}
