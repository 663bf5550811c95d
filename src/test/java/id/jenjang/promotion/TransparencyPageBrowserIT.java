package id.jenjang.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import id.jenjang.employee.EmployeeRepository;
import id.jenjang.employee.Nip;
import id.jenjang.support.Browser;
import id.jenjang.support.JenjangSpringTest;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The transparency board in a real Chromium at a phone's size (390x844, an iPhone 12-15 in CSS pixels), as a
 * visitor without login sees it: announced cases, and rejected and ineligible ones with initials and the reason.
 * Screenshots go to target/screenshots/.
 */
@JenjangSpringTest
class TransparencyPageBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    PromotionCaseRepository cases;
    @Autowired
    PromotionAuditLog log;
    @Autowired
    EmployeeRepository employees;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void aVisitorOnAPhoneSeesTheCasesStepsDecisionsAndVerificationMarks() {
        PromotionFixture fixture = new PromotionFixture(cases, log, clock);
        String candidate = fixture.logins.employee();
        String sound = fixture.approvedCase(candidate, true);
        String tampered = fixture.approvedCase(fixture.logins.supervisor(), true);
        jdbc.sql("UPDATE promotion_audit SET reason = 'Berkas lengkap (diubah)' WHERE process_instance_id = ?"
                + " AND seq = 3").param(tampered).update();
        String rejectedName = employees.find(fixture.logins.reviewer()).orElseThrow().nama();
        String rejected = fixture.rejectedByTpkCase(fixture.logins.reviewer(), rejectedName);
        String ineligibleName = employees.find(fixture.logins.bkpsdm()).orElseThrow().nama();
        String ineligible = fixture.notEligibleCase(fixture.logins.bkpsdm(), ineligibleName);

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("http://localhost:" + port + "/transparansi");

        WebElement article = browser.waitFor(By.id("kasus-" + sound));
        assertThat(article.findElement(By.tagName("h2")).getText())
                .isEqualTo(employees.find(candidate).orElseThrow().nama());
        assertThat(article.findElement(By.className("nip")).getText()).isEqualTo(Nip.masked(candidate));
        WebElement mark = article.findElement(By.cssSelector(".jejak.ok"));
        assertThat(mark.isDisplayed()).isTrue();
        assertThat(mark.getText()).isEqualTo("Jejak terverifikasi ✓");
        assertThat(article.findElement(By.className("ringkas-suara")).getText())
                .isEqualTo("2 setuju, 1 tidak setuju");
        assertThat(article.findElements(By.cssSelector(".langkah li"))).hasSize(10);
        assertThat(article.getText()).doesNotContainPattern("\\d{18}");

        WebElement broken = browser.waitFor(By.id("kasus-" + tampered)).findElement(By.cssSelector(".jejak.rusak"));
        assertThat(broken.isDisplayed()).isTrue();
        assertThat(broken.getText()).isEqualTo("Jejak RUSAK ✗");

        WebElement rejectedCase = browser.waitFor(By.id("kasus-" + rejected));
        assertThat(rejectedCase.findElement(By.tagName("h2")).getText()).isEqualTo(PublicText.initials(rejectedName));
        assertThat(rejectedCase.findElement(By.className("status")).getText()).isEqualTo("Tidak disetujui");
        WebElement decision = rejectedCase.findElement(By.className("putusan"));
        assertThat(decision.isDisplayed()).isTrue();
        assertThat(decision.getText()).contains("Keputusan akhir", "Alasan: Setuju 1, tidak setuju 2");
        assertThat(rejectedCase.getText()).doesNotContain(rejectedName).doesNotContainPattern("\\d{18}");
        WebElement ineligibleCase = browser.waitFor(By.id("kasus-" + ineligible));
        assertThat(ineligibleCase.findElement(By.className("status")).getText()).isEqualTo("Tidak memenuhi syarat");
        assertThat(ineligibleCase.findElement(By.className("putusan")).getText())
                .contains("Alasan: " + PromotionFixture.NOT_ELIGIBLE_REASON);
        assertThat(ineligibleCase.getText()).doesNotContain(ineligibleName);

        // readable on a phone: nothing wider than the screen, so nobody scrolls sideways to read a reason
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        long pageWidth = (Long) js.executeScript("return document.documentElement.scrollWidth;");
        long viewport = (Long) js.executeScript("return window.innerWidth;");
        assertThat(pageWidth).isLessThanOrEqualTo(viewport);

        browser.screenshot("TransparencyPageBrowserIT.top");
        js.executeScript("arguments[0].scrollIntoView({block: 'start'});", article);
        browser.screenshot();
        js.executeScript("arguments[0].scrollIntoView({block: 'start'});",
                article.findElement(By.className("langkah")));
        browser.screenshot("TransparencyPageBrowserIT.steps");
        js.executeScript("arguments[0].scrollIntoView({block: 'center'});", broken);
        browser.screenshot("TransparencyPageBrowserIT.tamperedCase");
        js.executeScript("arguments[0].scrollIntoView({block: 'start'});", rejectedCase);
        browser.screenshot("TransparencyPageBrowserIT.rejectedCase");
        js.executeScript("arguments[0].scrollIntoView({block: 'start'});", ineligibleCase);
        browser.screenshot("TransparencyPageBrowserIT.ineligibleCase");
        js.executeScript("document.getElementById('cara-memeriksa').scrollIntoView({block: 'start'});");
        browser.screenshot("TransparencyPageBrowserIT.howToVerify");
    }
}
