package org.caravan.api.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.caravan.api.security.Access;
import org.caravan.api.security.OrganisationScope;
import org.caravan.api.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenarios screen in a real browser, in French and in English, with the real engine: two scenarios made with
 * the form (everyone; without Claire Martin and with a smaller budget), solved together, compared side by side with
 * Claire Martin named as brought in one and not in the other. A screenshot per screen under target/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:caravan-scenarios-browser;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class ScenariosBrowserIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PASSWORD = "a scenario planner's password";
    private static final Map<Access, String> TOKENS = new ConcurrentHashMap<>();
    private static String token;

    @LocalServerPort
    private int port;

    @Autowired
    private Access access;

    private final ObjectMapper json = new ObjectMapper();

    enum Language {
        FR("fr", "Scénarios de", "Venu dans", "pas dans", "Personnes venues par pays"),
        EN("en", "Scenarios of", "Brought in", "not in", "People brought by country");

        final String code;
        final String heading;
        final String broughtIn;
        final String notIn;
        final String byCountry;

        Language(String code, String heading, String broughtIn, String notIn, String byCountry) {
            this.code = code;
            this.heading = heading;
            this.broughtIn = broughtIn;
            this.notIn = notIn;
            this.byCountry = byCountry;
        }
    }

    private WebDriver driver() {
        return BROWSER.driver();
    }

    private String base() {
        return "http://localhost:" + port + "/";
    }

    @BeforeEach
    void planner() {
        token = TOKENS.computeIfAbsent(access, made -> OrganisationScope.asService(() -> {
            long id = made.createOrganisation("Scenario organisation").organisation().id();
            made.addMember(id, "scenario-planner", Role.PLANNER, PASSWORD);
            return made.issueToken(id, "scenario browser test", Role.PLANNER).secret();
        }));
        driver().get(base());
        driver().manage().deleteAllCookies();
        BROWSER.script("localStorage.clear(); sessionStorage.clear();");
        driver().get("about:blank");
    }

    private void open(String address, Language language) {
        BROWSER.signIn(base(), address, "scenario-planner", PASSWORD, language.code);
        BROWSER.await(d -> d.findElement(By.cssSelector("main h1")).getText().startsWith(language.heading));
    }

    private long uploadTiny() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/datasets/tiny.json")) {
            HttpResponse<String> uploaded = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "api/datasets"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(in.readAllBytes())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
            return json.readTree(uploaded.body()).get("id").asLong();
        }
    }

    private void createScenario(String name, String budget, String excluded) {
        WebElement form = BROWSER.visible(By.cssSelector("form.scenario-form"));
        form.findElement(By.name("name")).sendKeys(name);
        if (budget != null) {
            form.findElement(By.name("overrides.budgetTotal")).sendKeys(budget);
        }
        if (excluded != null) {
            form.findElement(By.name("overrides.excludedParticipants")).sendKeys(excluded);
        }
        form.findElement(By.cssSelector("button[type=submit]")).click();
        BROWSER.await(d -> d.findElements(By.cssSelector("label")).stream().anyMatch(label -> label.getText().equals(name)));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void twoScenariosAreMadeSolvedAndComparedByName(Language language) throws Exception {
        long datasetId = uploadTiny();
        open("/scenarios/" + datasetId, language);
        assertEveryControlIsLabelled("scenarios");
        BROWSER.shot("scenarios-empty");

        // A scenario that names a participant the dataset does not have is refused next to the field.
        WebElement form = BROWSER.visible(By.cssSelector("form.scenario-form"));
        form.findElement(By.name("name")).sendKeys("Wrong");
        form.findElement(By.name("overrides.excludedParticipants")).sendKeys("p99");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement refused = BROWSER.visible(By.cssSelector(".form-problem, .field-problem"));
        assertThat(refused.getText()).contains("p99");
        BROWSER.shot("scenario-refused");
        form.findElement(By.name("name")).clear();
        form.findElement(By.name("overrides.excludedParticipants")).clear();

        createScenario("Everyone " + language.code, null, null);
        createScenario("Without Claire " + language.code, "15000", "p3");
        BROWSER.shot("scenarios-created");

        driver().findElements(By.cssSelector("input.solve-scenario")).forEach(WebElement::click);
        WebElement seconds = driver().findElement(By.name("timeLimitSeconds"));
        seconds.clear();
        seconds.sendKeys("2");
        driver().findElements(By.cssSelector("button.primary")).stream()
                .filter(button -> button.getText().equals(language == Language.FR ? "Calculer les scénarios cochés"
                        : "Solve the chosen scenarios")).findFirst().orElseThrow().click();
        // Both plans finish and can be ticked for the comparison.
        List<WebElement> plans = BROWSER.await(d -> {
            List<WebElement> boxes = d.findElements(By.cssSelector("input.compare-plan:not([disabled])"));
            return boxes.size() == 2 ? boxes : null;
        });
        BROWSER.shot("scenarios-solved");
        plans.forEach(WebElement::click);
        driver().findElements(By.cssSelector("button.primary")).stream()
                .filter(button -> button.getText().equals(language == Language.FR ? "Comparer les plans cochés"
                        : "Compare the ticked plans")).findFirst().orElseThrow().click();

        WebElement comparison = BROWSER.visible(By.cssSelector(".comparison"));
        assertThat(comparison.getText()).contains(language.byCountry, "Everyone " + language.code,
                "Without Claire " + language.code);
        WebElement onlyInFirst = comparison.findElements(By.cssSelector(".brought-difference")).get(0);
        assertThat(onlyInFirst.findElement(By.tagName("h3")).getText()).startsWith(language.broughtIn)
                .contains(language.notIn).contains("Everyone " + language.code);
        assertThat(onlyInFirst.findElements(By.cssSelector("li.person"))).extracting(WebElement::getText)
                .anySatisfy(person -> assertThat(person).startsWith("Claire Martin").contains("p3"));
        assertThat(comparison.findElements(By.tagName("table"))).hasSizeGreaterThan(3);
        assertEveryControlIsLabelled("comparison");
        BROWSER.script("arguments[0].scrollIntoView()", comparison);
        BROWSER.shot("comparison");

        // The budget curve: two short levels, drawn as a chart with its table.
        WebElement curve = driver().findElement(By.cssSelector("form.curve-form"));
        curve.findElement(By.name("steps")).clear();
        curve.findElement(By.name("steps")).sendKeys("2");
        curve.findElement(By.name("secondsPerLevel")).clear();
        curve.findElement(By.name("secondsPerLevel")).sendKeys("1");
        curve.findElement(By.cssSelector("button[type=submit]")).click();
        String done = language == Language.FR ? "Terminée" : "Done";
        BROWSER.await(d -> d.findElements(By.cssSelector("form.curve-form ~ div .headline")).stream()
                .anyMatch(headline -> headline.getText().startsWith(done)));
        WebElement shown = driver().findElement(By.cssSelector("form.curve-form ~ div"));
        assertThat(shown.findElements(By.cssSelector("table.data tbody tr"))).hasSize(2);
        assertThat(shown.findElements(By.cssSelector(".chart"))).isNotEmpty();
        BROWSER.script("arguments[0].scrollIntoView()", shown);
        BROWSER.shot("budget-curve");
    }

    private void assertEveryControlIsLabelled(String screen) {
        @SuppressWarnings("unchecked")
        List<String> unnamed = (List<String>) BROWSER.script("""
                const visible = element => element.getClientRects().length > 0;
                const named = element => (element.labels && element.labels.length > 0)
                  || element.getAttribute('aria-label') || element.getAttribute('aria-labelledby')
                  || (['BUTTON', 'A', 'SUMMARY'].includes(element.tagName) && element.textContent.trim());
                return [...document.querySelectorAll('input, select, textarea, button, a[href], summary')]
                  .filter(visible).filter(element => !named(element)).map(element => element.outerHTML.slice(0, 120));
                """);
        assertThat(unnamed).as("controls without a name on %s", screen).isEmpty();
    }

}
