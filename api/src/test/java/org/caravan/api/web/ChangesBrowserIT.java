package org.caravan.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.caravan.api.security.Access;
import org.caravan.api.security.OrganisationScope;
import org.caravan.api.security.Role;
import org.caravan.data.generate.DatasetGenerator;
import org.caravan.data.generate.GeneratorOptions;
import org.caravan.data.json.CaravanJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The late changes screen in a real browser, in French and in English, against the service with the real engine:
 * a published plan is half booked, a change list with a mistake shows the problem by change and field, a
 * cancellation is posted, the re-plan is watched to its end, and the change list and forecast are read, with the
 * cancelled person named by the change that caused it. A viewer sees the history but no form that writes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:caravan-changes-browser;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class ChangesBrowserIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PASSWORD = "a browser's password";
    private static final Map<Access, String> TOKENS = new ConcurrentHashMap<>();
    private static String token;

    @Autowired
    private Access access;

    @LocalServerPort
    private int port;

    private final ObjectMapper json = new ObjectMapper();

    enum Language {
        FR("fr", "Changements du plan version", "Changement 1 (Annuler un participant)", "Ce qui a changé de la version",
                "Prévision et réalisé", "Réservé"),
        EN("en", "Late changes to plan version", "Change 1 (Cancel a participant)", "What changed from plan version",
                "Forecast against actual", "Booked");

        final String code;
        final String heading;
        final String issueLabel;
        final String listTitle;
        final String forecastTitle;
        final String booked;

        Language(String code, String heading, String issueLabel, String listTitle, String forecastTitle, String booked) {
            this.code = code;
            this.heading = heading;
            this.issueLabel = issueLabel;
            this.listTitle = listTitle;
            this.forecastTitle = forecastTitle;
            this.booked = booked;
        }
    }

    @BeforeEach
    void members() {
        token = TOKENS.computeIfAbsent(access, made -> OrganisationScope.asService(() -> {
            long id = made.createOrganisation("Changes browser organisation").organisation().id();
            made.addMember(id, "changes-planner", Role.PLANNER, PASSWORD);
            made.addMember(id, "changes-viewer", Role.VIEWER, PASSWORD);
            return made.issueToken(id, "changes browser test", Role.PLANNER).secret();
        }));
        driver().get(base());
        driver().manage().deleteAllCookies();
        BROWSER.script("localStorage.clear(); sessionStorage.clear();");
        driver().get("about:blank");
    }

    private WebDriver driver() {
        return BROWSER.driver();
    }

    private String base() {
        return "http://localhost:" + port + "/";
    }

    private void open(String address, Language language, String username) {
        BROWSER.signIn(base(), address, username, PASSWORD, language.code);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aPlannerBooksHalfPostsACancellationWatchesTheReplanAndReadsTheChangeList(Language language) throws Exception {
        long planId = publishedPlan();
        open("/changes/" + planId, language, "changes-planner");
        assertThat(BROWSER.visible(By.cssSelector("main h1")).getText()).startsWith(language.heading);
        setTimeLimit();
        BROWSER.shot("plan");

        BROWSER.visible(By.cssSelector("button[data-select=HALF]")).click();
        WebElement list = awaitOutcome(language);
        assertThat(list.getText()).contains("v2");
        long booked = planInAddress();
        assertThat(booked).isNotEqualTo(planId);
        JsonNode bookedPlan = get("/api/plans/" + booked + "/result");
        long ticketed = 0;
        for (JsonNode assignment : bookedPlan.get("assignments")) {
            ticketed += assignment.get("ticketIssued").asBoolean() ? 1 : 0;
        }
        assertThat(ticketed).as("half the plan is booked").isPositive();
        assertThat(BROWSER.visible(By.xpath("//h2[contains(., '" + language.forecastTitle + "')]"))).isNotNull();
        BROWSER.shot("booked");

        // A change naming nobody: refused, shown by change and field, nothing stored.
        driver().get(base() + "#/changes/" + booked);
        BROWSER.visible(By.cssSelector("main h1"));
        setTimeLimit();
        WebElement box = BROWSER.visible(By.cssSelector("textarea[name=document]"));
        box.clear();
        box.sendKeys("{\"format\": \"caravan-changes/1\", \"changes\": [{\"type\": \"CANCEL_PARTICIPANT\", "
                + "\"participant\": \"nobody\"}]}");
        applyButton().click();
        WebElement problem = BROWSER.visible(By.cssSelector(".problem .issues"));
        assertThat(problem.getText()).contains(language.issueLabel + ": participant");
        assertThat(get("/api/datasets/" + get("/api/plans/" + booked).get("datasetId").asLong() + "/versions")).hasSize(2);
        BROWSER.shot("problem");

        // A cancellation through its form.
        WebElement form = BROWSER.visible(By.cssSelector("form[data-change=CANCEL_PARTICIPANT]"));
        Select person = new Select(form.findElement(By.name("participant")));
        String cancelled = bookedPlan.get("assignments").get(0).get("participant").asText();
        person.selectByValue(cancelled);
        form.findElement(By.name("sunkCost")).sendKeys("25");
        box = driver().findElement(By.cssSelector("textarea[name=document]"));
        box.clear();
        box.sendKeys("{\"format\": \"caravan-changes/1\", \"changes\": []}");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(BROWSER.visible(By.cssSelector("ol.pending li")).getText()).isNotBlank();
        BROWSER.shot("written");
        WebElement previous = awaitOutcome(language);
        applyButton().click();
        BROWSER.await(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(previous));
        list = awaitOutcome(language);
        assertThat(list.getText()).contains(cancelled, "changes[0] CANCEL_PARTICIPANT");
        long replan = planInAddress();
        assertThat(get("/api/plans/" + replan).get("parentPlanId").asLong()).isEqualTo(booked);
        WebElement forecast = BROWSER.visible(By.xpath("//h2[contains(., '" + language.forecastTitle + "')]/.."));
        assertThat(forecast.getText()).contains(language.booked);
        BROWSER.shot("change-list");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aViewerReadsTheHistoryButWritesNothing(Language language) throws Exception {
        long planId = publishedPlan();
        open("/changes/" + planId, language, "changes-viewer");
        BROWSER.visible(By.cssSelector("main table"));
        assertThat(driver().findElements(By.cssSelector("button[data-select=HALF]")).stream().filter(WebElement::isDisplayed))
                .isEmpty();
        assertThat(driver().findElements(By.cssSelector("textarea[name=document]")).stream().filter(WebElement::isDisplayed))
                .isEmpty();
        BROWSER.shot("viewer");
    }

    private void setTimeLimit() {
        WebElement limit = BROWSER.visible(By.cssSelector("input[name=timeLimitSeconds]"));
        limit.clear();
        limit.sendKeys("2");
    }

    private WebElement applyButton() {
        return BROWSER.visible(By.xpath("//textarea[@name='document']/ancestor::section//div[@class='actions']/button[1]"));
    }

    /** Waits for the re-plan to end and its change list to show, and returns that section. */
    private WebElement awaitOutcome(Language language) {
        return new org.openqa.selenium.support.ui.WebDriverWait(driver(), Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.xpath("//div[contains(@class, 'changes-outcome')]//h2[contains(., '"
                        + language.listTitle + "')]/..")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    private long planInAddress() {
        String address = driver().getCurrentUrl();
        return Long.parseLong(address.substring(address.lastIndexOf('/') + 1));
    }

    /** A generated event uploaded and solved for two seconds. */
    private long publishedPlan() throws Exception {
        String dataset = CaravanJson.toJson(DatasetGenerator.generate(GeneratorOptions.of(50, 5).withBudgetCoverage(0.8)));
        long datasetId = json.readTree(send(HttpRequest.newBuilder(URI.create(base() + "api/datasets"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(dataset)), 201))
                .get("id").asLong();
        long planId = json.readTree(send(HttpRequest.newBuilder(URI.create(base() + "api/datasets/" + datasetId + "/plans"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"timeLimitSeconds\": 2}")), 202)).get("planId").asLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!List.of("DONE", "STOPPED").contains(get("/api/plans/" + planId).get("status").asText())) {
            assertThat(System.nanoTime()).as("plan %d ends", planId).isLessThan(deadline);
            Thread.sleep(200);
        }
        return planId;
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        return json.readTree(send(HttpRequest.newBuilder(URI.create(base() + path.substring(1))).GET(), 200));
    }

    private static String send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request.header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        return response.body();
    }
}
