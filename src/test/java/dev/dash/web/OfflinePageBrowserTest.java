package dev.dash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.testsupport.Browser;
import dev.dash.testsupport.OfflineProfile;
import dev.dash.testsupport.ShippedKnowledge;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Without a model the page says so and lists the validated questions, which answer when clicked; a clarifying
 * question shows its options as buttons, and a click answers with that meaning.
 */
@QuarkusTest
@TestProfile(OfflineProfile.class)
class OfflinePageBrowserTest {

    private static final String SHIPPED_QUESTION = "How much did we invoice each month?";

    @TestHTTPResource("/")
    URL root;

    @Inject
    ShippedKnowledge shipped;

    @Test
    void theOfflinePageListsTheValidatedQuestionsAndAnswersOne() {
        shipped.ensureLoaded();
        try (Browser browser = Browser.start(1280, 900)) {
            browser.open(root.toString());
            assertThat(browser.visible("#model-status.offline").getText()).contains("Offline");
            assertThat(browser.find("#questions-heading").getText()).startsWith("Offline");
            WebElement question = browser.until(d -> d.findElements(By.cssSelector("#offline-questions .suggestion"))
                    .stream().filter(b -> b.getText().equals(SHIPPED_QUESTION)).findFirst().orElse(null));
            browser.screenshot("07-offline-questions");

            question.click();
            WebElement turn = browser.visible(".turn[data-status='completed']");
            assertThat(turn.findElement(By.cssSelector(".meta")).getText()).contains("fast path")
                    .contains("invoiced_revenue_by_month");
            assertThat(turn.findElements(By.cssSelector(".result-table tbody tr"))).hasSizeGreaterThan(6);
            assertThat(turn.findElement(By.cssSelector(".answer strong")).getText()).as("the figure in bold")
                    .startsWith("$");
            assertThat(turn.findElement(By.cssSelector(".answer em")).getText()).as("its source, quieter")
                    .startsWith("From the validated query invoiced_revenue_by_month");
            WebElement chart = turn.findElement(By.cssSelector(".chart"));
            browser.until(d -> ((Number) browser.script(PageBrowserTest.DRAWN_CANVAS, chart)).longValue() > 500);
            browser.screenshot("08-offline-answer");
        }
    }

    @Test
    void aClarifyingQuestionOffersItsOptionsAsButtonsThatAnswer() {
        shipped.ensureLoaded();
        try (Browser browser = Browser.start(1280, 900)) {
            browser.open(root.toString());
            browser.visible("#model-status.offline");
            WebElement box = browser.find("#question");
            box.sendKeys("What's our revenue?");
            box.sendKeys(Keys.ENTER);

            WebElement asked = browser.visible(".turn[data-status='needs_clarification']");
            assertThat(PageBrowserTest.texts(asked, ".choices button")).containsExactly("MRR", "Invoiced", "Collected");
            browser.screenshot("09-clarifying-question");

            asked.findElement(By.cssSelector(".choices button[data-option='mrr']")).click();
            WebElement answered = browser.visible(".turn[data-status='completed']");
            assertThat(answered.findElement(By.cssSelector(".question")).getText()).isEqualTo("MRR");
            assertThat(answered.findElement(By.cssSelector(".meta")).getText()).contains("current_mrr");
            assertThat(asked.findElements(By.cssSelector(".choices button:enabled"))).isEmpty();
            assertThat(answered.findElement(By.cssSelector(".choices")).isDisplayed()).isFalse();
            browser.screenshot("10-clarified-answer");
        }
    }
}
