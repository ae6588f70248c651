package lv.ludza.openup.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import lv.ludza.openup.it.Browser;
import lv.ludza.openup.it.ClientTest;

/**
 * The stock-take's camera scan is an enhancement: without BarcodeDetector (desktop Chromium on Linux) there is no
 * camera button; where the browser offers it (here a stand-in detector and camera, as Chrome on Android would
 * give), each code read is recorded like a keyboard scanner's number, the same label held still is recorded once.
 */
class StockTakeCameraBrowserIT extends ClientTest {

    /** A detector that reads what the test puts in {@code window.codes}, and a camera showing a black picture. */
    private static final String STAND_IN = """
            window.codes = [];
            window.BarcodeDetector = class {
                static getSupportedFormats() { return Promise.resolve(['qr_code', 'code_128']); }
                detect() {
                    const code = window.codes.shift();
                    return Promise.resolve(code ? [{ rawValue: code, format: 'qr_code' }] : []);
                }
            };
            navigator.mediaDevices.getUserMedia = () => {
                const canvas = document.createElement('canvas');
                canvas.width = 64;
                canvas.height = 48;
                canvas.getContext('2d').fillRect(0, 0, 64, 48);
                return Promise.resolve(canvas.captureStream(5));
            };
            """;

    @Test
    void theCameraButtonIsOfferedWhereTheBrowserReadsCodesAndRecordsLikeTheScanner() throws Exception {
        try (Browser browser = new Browser(base)) {
            browser.login("staff", "openup2018");
            browser.waitFor(By.id("projectCode"));
            browser.chooseLanguage("lv");
            browser.open("/inventory/stocktakes.xhtml");
            browser.choose("start:partner", "Ludza");
            browser.choose("start:location", "Lasītava");
            browser.click(By.id("start:begin"));
            browser.waitFor(By.id("scanner:scan"));

            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            boolean offered = (Boolean) js.executeScript(
                    "return 'BarcodeDetector' in window && !!navigator.mediaDevices;");
            assertEquals(offered, browser.driver().findElement(By.id("scanner:camera")).isDisplayed(),
                    "the button only where the browser can read codes");

            ((HasCdp) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                    Map.of("source", STAND_IN));
            browser.driver().get(browser.driver().getCurrentUrl());
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scanner:camera")));
            browser.click(By.id("scanner:camera"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cameraView")));

            js.executeScript("window.codes.push('LUD-2018-0004');");
            browser.waitForText(By.cssSelector(".ou-scan-last"), "LUD-2018-0004");
            js.executeScript("window.codes.push('LUD-2018-0004');");
            Thread.sleep(1000);
            assertEquals(1, browser.driver().findElements(By.cssSelector(".ou-scan-log li")).size(),
                    "the same label in front of the camera is recorded once");
            js.executeScript("window.codes.push('LUD-1999-0001');");
            browser.waitForText(By.cssSelector(".ou-scan-last"), "nav reģistrā");
            browser.resize(390, 844);
            Thread.sleep(500); // (the side menu slides away)
            browser.screenshot("inventory-stocktake-camera-phone-lv");
            browser.resize(1280, 900);

            browser.click(By.id("scanner:cameraStop"));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cameraView")));
            assertTrue(browser.driver().findElement(By.id("scanner:camera")).isDisplayed(), "ready to start again");
        }
    }
}
