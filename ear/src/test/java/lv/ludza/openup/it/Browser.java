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
        } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
            // a closing overlay (calendar, menu) still covers it for a moment
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> {
                try {
                    element.click();
                    return true;
                } catch (org.openqa.selenium.ElementClickInterceptedException stillCovered) {
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
        // open it in the middle of the window, so that its option list is not under the sticky top bar
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", waitFor(By.id(menuId)));
        for (int attempt = 1; ; attempt++) {
            if (!driver.findElement(By.id(menuId + "_panel")).isDisplayed()) {
                // the whole menu, not its label: a narrow label's middle may lie under the menu's own arrow
                click(By.id(menuId));
            }
            waitFor(By.id(menuId + "_panel"));
            WebElement item = driver.findElements(By.cssSelector("[id='" + menuId + "_panel'] li.ui-selectonemenu-item"))
                    .stream().filter(li -> label.equals(li.getAttribute("data-label"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No option '" + label + "' in " + menuId));
            driver.executeScript("arguments[0].scrollIntoView({block: 'nearest'});", item);
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.elementToBeClickable(item));
            item.click();
            try {
                // (a choice that reloads the page, e.g. the project in the top bar, leaves stale elements behind)
                new WebDriverWait(driver, Duration.ofSeconds(5))
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(lookingAgain(d -> label.equals(d.findElement(By.id(menuId + "_label")).getText().trim())
                                && !d.findElement(By.id(menuId + "_panel")).isDisplayed()));
                return;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                if (attempt == 3) {
                    throw notYet;
                }
            }
        }
    }

    /** Types into a PrimeFaces date picker or number input (their visible input is {@code id_input}). */
    public void typeInto(String inputId, String text) {
        WebElement input = waitFor(By.id(inputId + "_input"));
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
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** The element's text; found again when the page replaced it while it was read. */
    public String text(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(lookingAgain(d -> waitFor(locator).getText()));
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

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is not worth failing a test for
        }
    }
}
