package lv.ludza.openup.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, as a user of the application: open a page, log in, click,
 * keep a screenshot (target/screenshots) of what the user saw.
 */
public final class Browser implements AutoCloseable {

    private final URL base;
    private final Path profile;
    private final ChromeDriver driver;

    public Browser(URL base) {
        this.base = base;
        try {
            profile = Files.createTempDirectory("openup-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("openup.it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--lang=lv", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        // the console, to fail a test on any Content-Security-Policy violation a page caused
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("openup.it.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
    }

    public void login(String username, String password) {
        open("/");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("submit")).click();
    }

    /** Clicks a language on the login page or in the top bar, and waits for the page in that language. */
    public void chooseLanguage(String code) {
        driver.findElement(By.cssSelector("a.ou-lang[data-lang='" + code + "']")).click();
        waitFor(By.cssSelector("html[lang='" + code + "']"));
    }

    /** Clicks an element as a person would: scrolled into view first (dialogs can be taller than the window). */
    public void click(By locator) {
        WebElement element = waitFor(locator);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(element));
        try {
            element.click();
        } catch (org.openqa.selenium.ElementNotInteractableException | org.openqa.selenium.StaleElementReferenceException
                notYet) {
            // a closing overlay (calendar, menu) still covers it for a moment, or an ajax update is replacing it:
            // look for it again and click when it takes the click
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> {
                try {
                    d.findElement(locator).click();
                    return true;
                } catch (org.openqa.selenium.ElementNotInteractableException
                        | org.openqa.selenium.StaleElementReferenceException stillNot) {
                    return false;
                }
            });
        }
    }

    /**
     * Picks the option with this label in a PrimeFaces select menu, as a person does: open it, click the option,
     * and look that the menu now shows it (a click during the opening animation can be lost: try again).
     */
    public void choose(String menuId, String label) {
        try {
            chooseOnce(menuId, label);
        } catch (RuntimeException failed) {
            // what the page looked like when no way of choosing worked (a rare failure under load: keep the look)
            screenshot("choose-failed-" + menuId.replace(':', '-') + "-" + System.currentTimeMillis());
            throw failed;
        }
    }

    private void chooseOnce(String menuId, String label) {
        // open it in the middle of the window, so that its option list is not under the sticky top bar
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", waitFor(By.id(menuId)));
        for (int attempt = 1; ; attempt++) {
            if (attempt >= 3 && chooseByWidget(menuId, label)) {
                return; // (see chooseByWidget)
            }
            if (!panelOpen(driver, menuId)) {
                // the whole menu, not its label: a narrow label's middle may lie under the menu's own arrow
                click(By.id(menuId));
            }
            try {
                // a click on a menu that an ajax update is just redrawing opens nothing: click again
                new WebDriverWait(driver, Duration.ofSeconds(5)).until(lookingAgain(d -> panelOpen(d, menuId)));
            } catch (TimeoutException notOpen) {
                if (attempt == 4) {
                    throw notOpen;
                }
                continue;
            }
            // a menu with a filter: type the label into it, as a person does with a long list (and the option is
            // then at the top of the list; scrolling the window to an option further down would close the list)
            java.util.List<WebElement> filters = driver.findElements(By.cssSelector("[id='" + menuId + "_filter']"))
                    .stream().filter(WebElement::isDisplayed).toList();
            if (!filters.isEmpty()) {
                try {
                    filters.get(0).clear();
                    filters.get(0).sendKeys(label);
                } catch (org.openqa.selenium.InvalidElementStateException
                        | org.openqa.selenium.StaleElementReferenceException replaced) {
                    // the list closed again while its filter was typed into (a scroll of the page closes it)
                    if (attempt == 4) {
                        throw replaced;
                    }
                    continue;
                }
            }
            java.util.List<WebElement> options = driver.findElements(
                    By.cssSelector("[id='" + menuId + "_panel'] li.ui-selectonemenu-item")).stream()
                    .filter(li -> label.equals(li.getAttribute("data-label"))).toList();
            if (options.isEmpty()) {
                throw new IllegalStateException("No option '" + label + "' in " + menuId);
            }
            try {
                // the open list's option: a menu redrawn by ajax may leave its old, hidden list in the page as well
                WebElement item = options.stream().filter(li -> li.findElement(By.xpath("ancestor::*[contains(@class,"
                        + "'ui-selectonemenu-panel')]")).isDisplayed()).findFirst().orElse(options.get(0));
                driver.executeScript("arguments[0].scrollIntoView({block: 'nearest'});", item);
                new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.elementToBeClickable(item));
                item.click();
            } catch (org.openqa.selenium.ElementNotInteractableException
                    | org.openqa.selenium.StaleElementReferenceException | TimeoutException replaced) {
                // the menu was redrawn by an ajax update (another field's choice) while its list opened: again
                if (attempt == 4) {
                    throw replaced;
                }
                continue;
            }
            try {
                // (a choice that reloads the page, e.g. the project in the top bar, leaves stale elements behind)
                new WebDriverWait(driver, Duration.ofSeconds(5))
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(lookingAgain(d -> label.equals(d.findElement(By.id(menuId + "_label")).getText().trim())
                                && !panelOpen(d, menuId)));
                return;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                if (attempt == 4) {
                    throw notYet;
                }
            }
        }
    }

    /**
     * Picks the option through the menu's PrimeFaces widget, as its own click handler does (change event and ajax
     * included), when two tries with the mouse did not: on a loaded machine a long option list that the page's scroll
     * closes as it opens (PrimeFaces closes an open list when the page scrolls) never stays open for a click. Returns
     * whether the menu shows the label afterwards.
     */
    private boolean chooseByWidget(String menuId, String label) {
        Object picked = driver.executeScript("var w = PrimeFaces.getWidgetById(arguments[0]), label = arguments[1];"
                + " if (!w || !w.selectItem) { return false; }"
                + " if (!w.items || w.items.length === 0) { w.show(); }" // (its options are made when it first opens)
                + " if (!w.items) { return false; }"
                + " var item = w.items.filter(function () { return $(this).attr('data-label') === label; });"
                + " if (item.length === 0) { return false; }"
                + " w.selectItem(item.first()); if (w.hide) { w.hide(); } return true;", menuId, label);
        if (!Boolean.TRUE.equals(picked)) {
            return false;
        }
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(lookingAgain(d -> label.equals(d.findElement(By.id(menuId + "_label")).getText().trim())));
            return true;
        } catch (TimeoutException notShown) {
            return false;
        }
    }

    /** Whether the menu's option list is open (any of its lists: an ajax redraw may leave the old one, hidden). */
    private static boolean panelOpen(WebDriver driver, String menuId) {
        return driver.findElements(By.cssSelector("[id='" + menuId + "_panel']")).stream()
                .anyMatch(list -> {
                    try {
                        return list.isDisplayed();
                    } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                        return false;
                    }
                });
    }

    /**
     * Types into an input as a person does (select what is there, type, leave with Tab): a PrimeFaces date picker (its
     * visible input is {@code id_input}) or a text input such as an amount ({@code ou:money}, the input itself).
     */
    public void typeInto(String inputId, String text) {
        WebElement input = waitFor(By.cssSelector("[id='" + inputId + "_input'], input[id='" + inputId + "']"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.click();
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        input.sendKeys(text);
        input.sendKeys(org.openqa.selenium.Keys.TAB);
    }

    public WebElement waitFor(By locator) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(lookingAgain(ExpectedConditions.visibilityOfElementLocated(locator)::apply));
        } catch (TimeoutException notThere) {
            // what the page showed instead, for whoever reads the failure
            screenshot("timeout-" + System.currentTimeMillis());
            throw new TimeoutException(notThere.getMessage() + "\nPage: " + driver.getCurrentUrl() + " \"" + driver.getTitle()
                    + "\"", notThere);
        }
    }

    /**
     * A wait's condition that counts as "not yet" when the page was replaced between finding an element and asking
     * about it (Chromium then answers "Node with given id does not belong to the document", not a stale element).
     */
    private static <T> Function<WebDriver, T> lookingAgain(Function<WebDriver, T> condition) {
        return d -> {
            try {
                return condition.apply(d);
            } catch (org.openqa.selenium.WebDriverException gone) {
                if (String.valueOf(gone.getMessage()).contains("does not belong to the document")) {
                    return null;
                }
                throw gone;
            }
        };
    }

    public void waitForText(By locator, String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
        } catch (TimeoutException notThere) {
            screenshot("timeout-" + System.currentTimeMillis());
            throw new TimeoutException(notThere.getMessage() + "\nBrowser console: "
                    + driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                            .map(org.openqa.selenium.logging.LogEntry::getMessage).toList(), notThere);
        }
    }

    /** An input's value; found again when the page replaced it while it was read. */
    public String value(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(lookingAgain(d -> waitFor(locator).getAttribute("value")));
    }

    /** The element's text; found again when the page replaced it while it was read. */
    public String text(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(lookingAgain(d -> waitFor(locator).getText()));
    }

    /**
     * The text of an element that may be empty, and then is not displayed (a live region with nothing to say yet):
     * waits only for it to be there, not for it to be visible.
     */
    public String textEvenIfEmpty(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(lookingAgain(d -> ExpectedConditions.presenceOfElementLocated(locator).apply(d).getText()));
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /**
     * Downloads a file as this browser's user (with its session cookie), the way a click on a download link does,
     * and returns the body; fails unless the server answers 200.
     */
    public byte[] download(String href) {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        try {
            java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(href)).header("Cookie", cookies).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(href + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Clicks a control that makes the browser save a file (a list's CSV: a form post, not a link) and returns the
     * file as the browser saved it.
     */
    public byte[] downloadedBy(By control, String fileName) {
        Path folder = profile.resolve("downloads-" + System.nanoTime());
        try {
            Files.createDirectories(folder);
            driver.executeCdpCommand("Browser.setDownloadBehavior",
                    java.util.Map.of("behavior", "allow", "downloadPath", folder.toString()));
            click(control);
            Path file = folder.resolve(fileName);
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Files.exists(file)
                    && !Files.exists(folder.resolve(fileName + ".crdownload")));
            byte[] content = Files.readAllBytes(file);
            keep(fileName, content);
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a downloaded file beside the screenshots, for people to open. */
    public void keep(String name, byte[] content) {
        try {
            Path folder = Path.of(System.getProperty("openup.it.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            Files.write(folder.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a screenshot under target/screenshots/NAME.png for people to look at. */
    public void screenshot(String name) {
        try {
            Path folder = Path.of(System.getProperty("openup.it.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The Content-Security-Policy violations, uncaught script errors and header errors the browser reported since the
     * last look (on its console).
     */
    public java.util.List<String> cspViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")
                        // a script that failed (e.g. a form whose id hides a property PrimeFaces reads: "children")
                        || m.contains("Uncaught") || m.contains("Permissions-Policy"))
                .toList();
    }

    /** Closes the browser; a page that broke the Content-Security-Policy fails the test here. */
    @Override
    public void close() {
        java.util.List<String> violations;
        try {
            violations = cspViolations();
        } finally {
            quit();
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("Content-Security-Policy violations or script errors in the browser's console: "
                    + violations);
        }
    }

    private void quit() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is not worth failing a test for
        }
    }
}
