package dev.dash.web;

import static dev.dash.testsupport.ScriptedModel.text;
import static dev.dash.testsupport.ScriptedModel.tool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import dev.dash.testsupport.Browser;
import dev.dash.testsupport.Fixture;
import dev.dash.testsupport.ScriptedModel;
import dev.dash.testsupport.ScriptedModelResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The page in a real browser against the running service and the scripted model; screenshots in target/screenshots. */
@QuarkusTest
@WithTestResource(ScriptedModelResource.class)
class PageBrowserTest {

    static final String DRAWN_CANVAS = """
            const canvas = arguments[0].querySelector('canvas');
            if (!canvas || canvas.width === 0) return 0;
            const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            let painted = 0;
            for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
            return painted;""";

    private static final ScriptedModel MODEL = ScriptedModel.get();
    private static final String QUESTION = "How did new fx MRR develop by signup month?";
    private static final String TREND = "SELECT date_trunc('month', signup_date)::date AS month, sum(mrr) AS new_mrr "
            + "FROM fx_customers GROUP BY 1 ORDER BY 1";
    private static final String ANSWER = "New MRR peaked in **March 2024** at $700.00.";
    private static final Path MODULES = Path.of("src/main/resources/META-INF/resources/app");
    private static final String LOADED_MODULES = """
            return performance.getEntriesByType('resource')
                .filter(e => new URL(e.name).pathname.startsWith('/app/') && e.name.endsWith('.js'))
                .map(e => new URL(e.name).pathname.slice('/app/'.length) + ' ' + e.responseStatus);""";
    private static final String COLLECT_ERRORS = """
            window.pageErrors = [];
            addEventListener('error', e => pageErrors.push(String(e.message)));
            addEventListener('unhandledrejection', e => pageErrors.push(String(e.reason)));""";

    @TestHTTPResource("/")
    URL root;

    private Browser browser;

    @BeforeAll
    static void data() {
        Fixture.load();
    }

    @BeforeEach
    void open() {
        browser = Browser.start(1280, 900);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void askWatchTheAnswerReadTheResultAndReopenTheSession() throws IOException {
        browser.open(root.toString());
        browser.visible("#model-status.online");
        assertThat(browser.script(LOADED_MODULES)).as("every page module fetched once, with 200").asInstanceOf(LIST)
                .containsExactlyInAnyOrderElementsOf(modules().stream().map(m -> m + " 200").toList());
        browser.script(COLLECT_ERRORS);
        assertThat(browser.find("#model-status").getText()).isNotBlank();
        browser.screenshot("01-start");

        MODEL.script(tool("run_sql_query", "query", TREND), text(ANSWER));
        WebElement box = browser.find("#question");
        box.sendKeys(QUESTION);
        box.sendKeys(Keys.ENTER);
        WebElement turn = browser.visible(".turn[data-status='completed']");
        assertThat(turn.findElement(org.openqa.selenium.By.cssSelector(".question")).getText()).isEqualTo(QUESTION);
        assertThat(turn.findElement(org.openqa.selenium.By.cssSelector(".answer")).getText())
                .isEqualTo("New MRR peaked in March 2024 at $700.00.");
        List<WebElement> figures = turn.findElements(org.openqa.selenium.By.cssSelector(".answer .figure.verified"));
        assertThat(figures).extracting(WebElement::getText).containsExactly("March 2024", "$700.00");
        browser.script("arguments[0].focus()", figures.get(1));
        assertThat(figures.get(1).findElement(org.openqa.selenium.By.cssSelector(".figure-source")).getText())
                .as("the figure's source, shown on focus (hover, tap)").contains("Ad-hoc SQL")
                .contains("row 2, column new_mrr").contains("date_trunc('month'");
        assertThat(texts(turn, ".step.ok .step-name")).containsExactly("Ran SQL");
        assertThat(texts(turn, ".result-table thead th")).containsExactly("month", "new_mrr");
        assertThat(turn.findElements(org.openqa.selenium.By.cssSelector(".result-table tbody tr"))).hasSize(5);
        WebElement chart = turn.findElement(org.openqa.selenium.By.cssSelector(".chart"));
        assertThat(chart.getAttribute("aria-label")).isEqualTo("New MRR by month");
        assertThat(((Number) browser.until(d -> {
            Number painted = (Number) browser.script(DRAWN_CANVAS, chart);
            return painted.longValue() > 500 ? painted : null;
        })).longValue()).as("painted chart pixels").isGreaterThan(500);
        browser.screenshot("02-answer");

        WebElement sql = turn.findElement(org.openqa.selenium.By.cssSelector("details.sql"));
        assertThat(sql.getAttribute("open")).as("SQL collapsed by default").isNull();
        sql.findElement(org.openqa.selenium.By.tagName("summary")).click();
        assertThat(sql.getAttribute("open")).isNotNull();
        assertThat(sql.findElement(org.openqa.selenium.By.tagName("code")).getText()).contains("date_trunc('month'");
        turn.findElement(org.openqa.selenium.By.cssSelector(".result-table thead th:nth-child(2) button")).click();
        turn.findElement(org.openqa.selenium.By.cssSelector(".result-table thead th:nth-child(2) button")).click();
        assertThat(texts(turn, ".result-table tbody tr:first-child td")).as("sorted by new_mrr, largest first")
                .containsExactly("Mar 1, 2024", "$700.00");
        browser.screenshot("03-sql-open");

        String session = (String) browser.script(
                "return document.querySelector('#sessions .session.current').dataset.session");
        browser.find("#new-session").click();
        browser.visible("#welcome");
        assertThat(browser.all("#conversation .turn")).isEmpty();
        browser.screenshot("04-new-session");

        browser.visible("#sessions .session[data-session='" + session + "']").click();
        WebElement reopened = browser.visible(".turn[data-status='completed']");
        assertThat(reopened.findElement(org.openqa.selenium.By.cssSelector(".question")).getText()).isEqualTo(QUESTION);
        assertThat(reopened.findElements(org.openqa.selenium.By.cssSelector(".result-table tbody tr"))).hasSize(5);
        assertThat(texts(reopened, ".step.ok .step-name")).containsExactly("Ran SQL");
        browser.until(d -> ((Number) browser.script(DRAWN_CANVAS,
                reopened.findElement(org.openqa.selenium.By.cssSelector(".chart")))).longValue() > 500);
        browser.screenshot("05-reopened");

        browser.resize(390, 844);
        browser.visible("#menu");
        browser.screenshot("06-phone");
        assertThat(browser.script("return window.pageErrors")).as("uncaught errors in the page").asInstanceOf(LIST)
                .isEmpty();
    }

    /** The page's scripts: one file per ES module, all imported (directly or not) by main.js. */
    static List<String> modules() throws IOException {
        try (Stream<Path> files = Files.list(MODULES)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".js")).sorted().toList();
        }
    }

    static List<String> texts(WebElement root, String css) {
        return root.findElements(org.openqa.selenium.By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }
}
