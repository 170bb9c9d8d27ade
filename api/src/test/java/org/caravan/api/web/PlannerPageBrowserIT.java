package org.caravan.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.caravan.data.generate.DatasetGenerator;
import org.caravan.data.generate.GeneratorOptions;
import org.caravan.data.json.CaravanJson;
import org.caravan.api.security.Access;
import org.caravan.api.security.OrganisationScope;
import org.caravan.api.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner's page in a real browser, in French and in English, against the service on a random port with the
 * real engine: an invalid dataset shows every problem next to the place it names; a valid one is summarised,
 * solved with live progress (stopped early in French, run to its limit in English), and its plan explored — the
 * rooming grid, a participant card with its dossier downloaded, a rooming list downloaded and read, the shuttle,
 * budget and left-out views; a coordinator's spreadsheet merged into a dataset, its problems placed in the sheet.
 * Every test signs in first on the page's sign-in screen, as a planner; a viewer sees no control that writes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:caravan-browser;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class PlannerPageBrowserIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @TempDir
    static Path files;

    @LocalServerPort
    private int port;

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PASSWORD = "a browser's password";
    /** The organisation of this test's members: one per application context, made by the first test. */
    private static final java.util.Map<Access, String> PLANNER_TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    @Autowired
    private Access access;

    /** The token behind the test's own API calls (a planner of the same organisation as the page's users). */
    private static String token;

    private final ObjectMapper json = new ObjectMapper();

    /** What the page must say in each language, and how it gets there (French is the default, never chosen). */
    enum Language {
        FR("fr", "Jeux de données", "Calcul", "Participant n° 2 (p2, Leila Trabelsi)", "problèmes", "sur", "arrêté",
                "Score au fil du temps ; à", "Pourquoi ce choix", "Colocataires", "Chambres"),
        EN("en", "Datasets", "Solve", "Participant no. 2 (p2, Leila Trabelsi)", "problems", "of", "done",
                "Score over time; at", "Why this", "Roommates", "Rooming");

        final String code;
        final String datasetsTitle;
        final String solveTitle;
        final String readablePath;
        final String problems;
        final String of;
        final String endStatus;
        final String chartWithPoints;
        final String whyThis;
        final String roommates;
        final String roomingTab;

        Language(String code, String datasetsTitle, String solveTitle, String readablePath, String problems, String of,
                String endStatus, String chartWithPoints, String whyThis, String roommates, String roomingTab) {
            this.code = code;
            this.datasetsTitle = datasetsTitle;
            this.solveTitle = solveTitle;
            this.readablePath = readablePath;
            this.problems = problems;
            this.of = of;
            this.endStatus = endStatus;
            this.chartWithPoints = chartWithPoints;
            this.whyThis = whyThis;
            this.roommates = roommates;
            this.roomingTab = roomingTab;
        }

        /** The service's own sentence for the unknown home airport of the invalid dataset, in this language. */
        String unknownHomeAirport() {
            return this == FR
                    ? "Pour le participant p2, l’aéroport de départ (ZZZ) ne figure pas dans airports ; ajoutez ce code à airports ou corrigez-le."
                    : "The home airport (ZZZ) of participant p2 is not in airports; add it there or correct the code.";
        }
    }

    private WebDriver driver() {
        return BROWSER.driver();
    }

    private String base() {
        return "http://localhost:" + port + "/";
    }

    /** The test organisation with a planner and a viewer who sign in to the page, and a planner token for the test. */
    @BeforeEach
    void members() {
        token = PLANNER_TOKENS.computeIfAbsent(access, made -> OrganisationScope.asService(() -> {
            long id = made.createOrganisation("Browser organisation").organisation().id();
            made.addMember(id, "browser-planner", Role.PLANNER, PASSWORD);
            made.addMember(id, "browser-viewer", Role.VIEWER, PASSWORD);
            return made.issueToken(id, "browser test", Role.PLANNER).secret();
        }));
    }

    /** A new visitor: not signed in, no remembered language or dataset. */
    @BeforeEach
    void freshVisitor() {
        driver().get(base());
        driver().manage().deleteAllCookies();
        BROWSER.script("localStorage.clear(); sessionStorage.clear();");
        // Leave the page, so that the test's first address loads it anew rather than only changing its hash.
        driver().get("about:blank");
    }

    private void open(String address, Language language) {
        open(address, language, "browser-planner");
    }

    /** Opens an address as a user who signs in first, on the sign-in screen the page shows to nobody signed in. */
    private void open(String address, Language language, String username) {
        BROWSER.signIn(base(), address, username, PASSWORD, language.code);
    }

    private WebElement heading() {
        return BROWSER.visible(By.cssSelector("main h1"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void anInvalidDatasetShowsEveryProblemNextToThePlaceItNames(Language language) throws Exception {
        open("/datasets", language);
        assertThat(heading().getText()).isEqualTo(language.datasetsTitle);
        Path invalid = invalidDataset();
        int expected = issuesOf(invalid).size();
        int storedBefore = storedDatasets();

        driver().findElement(By.cssSelector("input[type=file]")).sendKeys(invalid.toString());

        WebElement problems = BROWSER.visible(By.cssSelector(".problems"));
        assertThat(problems.findElement(By.tagName("h3")).getText()).contains(String.valueOf(expected))
                .contains(language.problems).contains(invalid.getFileName().toString());
        List<WebElement> rows = problems.findElements(By.cssSelector("tr.issue"));
        assertThat(rows).hasSize(expected);
        WebElement airport = rows.stream()
                .filter(row -> row.findElement(By.cssSelector(".issue-path")).getText().equals("$.participants[1].homeAirports[0]"))
                .findFirst().orElseThrow();
        assertThat(airport.findElement(By.cssSelector(".issue-where")).getText()).startsWith(language.readablePath);
        WebElement message = airport.findElement(By.cssSelector(".issue-message"));
        assertThat(message.getText()).as("the service writes its problems in the page's language")
                .isEqualTo(language.unknownHomeAirport());
        assertThat(message.getAttribute("lang")).isEqualTo(language.code);
        assertThat(storedDatasets()).as("an invalid dataset is not stored").isEqualTo(storedBefore);
        assertEveryControlIsLabelled("datasets");
        BROWSER.shot("invalid-dataset");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aValidDatasetIsSolvedLiveAndItsPlanExplored(Language language) throws Exception {
        open("/datasets", language);
        String name = "Browser test " + language.code;
        driver().findElement(By.cssSelector("input[name=name]")).sendKeys(name);
        driver().findElement(By.cssSelector("input[type=file]")).sendKeys(validDataset().toString());

        BROWSER.await(ExpectedConditions.urlMatches("#/datasets/\\d+$"));
        long datasetId = Long.parseLong(driver().getCurrentUrl().replaceAll(".*#/datasets/", ""));
        BROWSER.await(ExpectedConditions.textToBe(By.cssSelector("main h1"), name));
        assertThat(driver().findElements(By.cssSelector("main section table tbody tr"))).hasSizeGreaterThan(10);
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("50 participants");
        assertEveryControlIsLabelled("dataset summary");
        BROWSER.shot("dataset-summary");

        driver().findElement(By.cssSelector("a.primary[href='#/solve/" + datasetId + "']")).click();
        BROWSER.await(ExpectedConditions.textToBe(By.cssSelector("main h1"), language.solveTitle));
        WebElement limit = BROWSER.visible(By.name("timeLimitSeconds"));
        limit.clear();
        limit.sendKeys("0");
        limit.submit();
        // The API refuses it with a problem detail naming $.timeLimitSeconds: the message goes next to that field.
        WebElement refused = BROWSER.visible(By.cssSelector("input[name=timeLimitSeconds][aria-invalid=true] + .field-problem"));
        assertThat(refused.getText()).isNotBlank();
        assertThat(limit.getDomAttribute("aria-describedby")).contains(refused.getDomAttribute("id"));
        limit.clear();
        // French stops a long solve by hand; English lets a short one reach its limit.
        limit.sendKeys(language == Language.FR ? "60" : "2");
        limit.submit();

        WebElement progress = BROWSER.visible(By.cssSelector(".solve-progress"));
        BROWSER.await(d -> Pattern.compile("\\d+ " + language.of + " 50").matcher(progress.getText()).find());
        BROWSER.await(d -> progress.findElement(By.cssSelector(".chart")).getDomAttribute("aria-label")
                .startsWith(language.chartWithPoints));
        assertThat(progress.findElements(By.cssSelector(".chart canvas"))).isNotEmpty();
        assertEveryControlIsLabelled("solve");
        BROWSER.shot("solve-progress");
        if (language == Language.FR) {
            progress.findElement(By.cssSelector("button.danger")).click();
        }
        BROWSER.await(d -> progress.findElement(By.cssSelector(".headline .status")).getText().equals(language.endStatus));
        BROWSER.shot("solve-ended");

        progress.findElement(By.cssSelector("a.primary[href^='#/plans/']")).click();
        BROWSER.await(ExpectedConditions.urlContains("/rooming"));
        long planId = Long.parseLong(driver().getCurrentUrl().replaceAll(".*#/plans/(\\d+)/.*", "$1"));
        List<WebElement> stays = BROWSER.await(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("button.stay"));
            return found.isEmpty() ? null : found;
        });
        assertThat(driver().findElement(By.cssSelector(".tabs a[aria-current=page]")).getText()).isEqualTo(language.roomingTab);
        assertEveryControlIsLabelled("rooming grid");
        BROWSER.shot("rooming-grid");

        WebElement stay = stays.get(0);
        String participant = stay.getDomAttribute("data-participant");
        assertStaySpansItsNights(stay, participant, planId);
        String person = stay.findElement(By.cssSelector(".stay-name")).getText();
        String hotel = (String) BROWSER.script("return arguments[0].closest('section.hotel-grid').id.replace('hotel-', '')", stay);
        BROWSER.script("arguments[0].scrollIntoView({block: 'center'})", stay);
        stay.click();
        WebElement card = BROWSER.visible(By.cssSelector("dialog[open].participant-card"));
        assertThat(card.findElement(By.tagName("h2")).getText()).isEqualTo(person);
        BROWSER.visible(By.cssSelector("dialog[open] .reasons li"));
        assertThat(card.findElements(By.tagName("h3"))).extracting(WebElement::getText).contains(language.whyThis);
        assertThat(card.getText()).contains(language.roommates);
        WebElement dossier = BROWSER.visible(By.xpath("//dialog[@open]//button[normalize-space()='Dossier (PDF)']"));
        assertEveryControlIsLabelled("participant card");
        BROWSER.shot("participant-card");
        dossier.click();
        assertThat(Files.readAllBytes(BROWSER.downloaded("dossier-" + participant))).as("a PDF")
                .startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        card.sendKeys(Keys.ESCAPE);
        BROWSER.await(ExpectedConditions.numberOfElementsToBe(By.cssSelector("dialog[open]"), 0));
        assertThat(BROWSER.script("return document.activeElement.dataset.participant")).as("focus back on the grid")
                .isEqualTo(participant);

        WebElement downloads = driver().findElement(By.cssSelector("details.downloads"));
        downloads.findElement(By.tagName("summary")).click();
        new Select(downloads.findElement(By.tagName("select"))).selectByValue(hotel);
        downloads.findElement(By.cssSelector(".joined button")).click();
        Path rooming = BROWSER.downloaded("rooming-" + hotel + "-plan-" + planId);
        List<String> lines = Files.readAllLines(rooming, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).as("after the byte-order mark Excel needs").startsWith("\uFEFFline,room,room type,first night,last night");
        assertThat(lines).anyMatch(line -> line.contains(participant) && line.contains(person));

        for (String view : List.of("arrivals", "budget", "left-out")) {
            driver().findElement(By.cssSelector(".tabs a[href$='/" + view + "']")).click();
            BROWSER.await(ExpectedConditions.urlContains("/" + view));
            BROWSER.visible(By.cssSelector(".plan-" + view + " :is(.day, .bars, table, .empty)"));
            assertEveryControlIsLabelled(view);
            BROWSER.shot(view);
        }

        driver().navigate().refresh();
        BROWSER.visible(By.cssSelector(".plan-left-out"));
        assertThat(BROWSER.script("return document.documentElement.lang")).as("the language is remembered")
                .isEqualTo(language.code);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aCoordinatorsSpreadsheetUpdatesADatasetWithEveryProblemPlacedInIt(Language language) throws Exception {
        HttpResponse<String> uploaded;
        try (InputStream in = PlannerPageBrowserIT.class.getResourceAsStream("/datasets/tiny.json")) {
            uploaded = http(HttpRequest.newBuilder(URI.create(base() + "api/datasets")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(in.readAllBytes())));
        }
        long datasetId = json.readTree(uploaded.body()).get("id").asLong();
        open("/datasets/" + datasetId, language);
        Path wrong = files.resolve("inscrits-" + language.code + ".csv");
        Files.writeString(wrong, "identifiant;nationalité;priorité\np2;Burkina;4\n", StandardCharsets.UTF_8);

        driver().findElement(By.cssSelector("input[type=file][name=files]")).sendKeys(wrong.toString());

        WebElement problems = BROWSER.visible(By.cssSelector(".problems"));
        assertThat(problems.findElement(By.tagName("h3")).getText()).contains(wrong.getFileName().toString());
        List<WebElement> rows = problems.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).findElement(By.cssSelector(".issue-where")).getText())
                .isEqualTo(wrong.getFileName() + " · " + (language == Language.FR ? "ligne 2 · colonne « nationalité »"
                        : "row 2 · column “nationalité”"));
        assertThat(rows.get(0).findElement(By.cssSelector(".issue-message")).getText())
                .isEqualTo("'Burkina' is not a country; did you mean Burkina Faso (BF)?");
        assertEveryControlIsLabelled("spreadsheet problems");

        Files.writeString(wrong, "identifiant;nationalité;priorité\np2;Tunisie;4\n", StandardCharsets.UTF_8);
        driver().findElement(By.cssSelector("input[type=file][name=files]")).sendKeys(wrong.toString());

        WebElement report = BROWSER.visible(By.cssSelector(".import-report"));
        assertThat(report.findElements(By.cssSelector("tbody tr td"))).extracting(WebElement::getText)
                .containsExactly("participants", "0", "1", "0", "4");
        BROWSER.script("arguments[0].scrollIntoView({block: 'center'})", report);
        BROWSER.shot("spreadsheet-import");
        JsonNode versions = json.readTree(http(HttpRequest.newBuilder(URI.create(base() + "api/datasets/" + datasetId + "/versions"))
                .GET()).body());
        assertThat(versions.findValuesAsText("origin")).as("stored as the next version").containsExactly("UPLOAD", "IMPORT");
    }

    /**
     * The participant's bar in the grid starts under the column of their first night and ends with the column of
     * their last one, the nights being those of the plan the API serves (the grid's columns run from the plan's
     * first night to its last).
     */
    private void assertStaySpansItsNights(WebElement stay, String participant, long planId) throws Exception {
        JsonNode plan = json.readTree(http(HttpRequest.newBuilder(URI.create(base() + "api/plans/" + planId + "/result"))
                .GET()).body());
        List<LocalDate> all = new ArrayList<>();
        List<LocalDate> own = new ArrayList<>();
        for (JsonNode assignment : plan.get("assignments")) {
            if (assignment.get("brought").asBoolean() && assignment.hasNonNull("room")) {
                assignment.get("nights").forEach(night -> all.add(LocalDate.parse(night.asText())));
                if (assignment.get("participant").asText().equals(participant)) {
                    assignment.get("nights").forEach(night -> own.add(LocalDate.parse(night.asText())));
                }
            }
        }
        LocalDate firstOfPlan = all.stream().min(LocalDate::compareTo).orElseThrow();
        int first = (int) ChronoUnit.DAYS.between(firstOfPlan, own.stream().min(LocalDate::compareTo).orElseThrow());
        int last = (int) ChronoUnit.DAYS.between(firstOfPlan, own.stream().max(LocalDate::compareTo).orElseThrow());
        List<WebElement> nights = driver().findElements(By.xpath(
                "//section[.//button[@data-participant='" + participant + "']]//thead//th[contains(@class, 'night')]"));
        assertThat(nights).hasSize((int) ChronoUnit.DAYS.between(firstOfPlan,
                all.stream().max(LocalDate::compareTo).orElseThrow()) + 1);
        double start = edge(stay, "left");
        double end = edge(stay, "right");
        assertThat(start).as("bar starts under its first night").isBetween(edge(nights.get(first), "left") - 1,
                edge(nights.get(first), "left") + 12);
        assertThat(end).as("bar ends with its last night").isBetween(edge(nights.get(last), "right") - 12,
                edge(nights.get(last), "right") + 1);
    }

    private double edge(WebElement element, String side) {
        return ((Number) BROWSER.script("return arguments[0].getBoundingClientRect()[arguments[1]]", element, side))
                .doubleValue();
    }

    /**
     * Every visible control of the screen has a name a screen reader can say (a label, an aria-label, or text) and
     * can be reached with the keyboard (no positive tabindex reordering, no control taken out of the tab order).
     */
    private void assertEveryControlIsLabelled(String screen) {
        @SuppressWarnings("unchecked")
        List<String> unnamed = (List<String>) BROWSER.script("""
                const visible = element => element.getClientRects().length > 0;
                const named = element => (element.labels && element.labels.length > 0)
                  || element.getAttribute('aria-label') || element.getAttribute('aria-labelledby')
                  || (['BUTTON', 'A', 'SUMMARY'].includes(element.tagName) && element.textContent.trim());
                return [...document.querySelectorAll('input, select, textarea, button, a[href], summary')]
                  .filter(visible)
                  .filter(element => !named(element) || element.tabIndex > 0
                    || (element.tabIndex < 0 && !element.closest('[aria-hidden=true]')))
                  .map(element => element.outerHTML.slice(0, 120));
                """);
        assertThat(unnamed).as("controls without a name or out of the keyboard's reach on %s", screen).isEmpty();
    }

    private Path validDataset() throws IOException {
        Path file = files.resolve("event-50.json");
        if (!Files.exists(file)) {
            Files.writeString(file, CaravanJson.toJson(DatasetGenerator.generate(GeneratorOptions.of(50, 11)
                    .withBudgetCoverage(0.7))));
        }
        return file;
    }

    /** The tiny sample with three mistakes: an unknown home airport, a room without beds, a duplicate id. */
    private Path invalidDataset() throws IOException {
        Path file = files.resolve("tiny-with-mistakes.json");
        try (InputStream in = PlannerPageBrowserIT.class.getResourceAsStream("/datasets/tiny.json")) {
            ObjectNode dataset = (ObjectNode) json.readTree(in);
            ArrayNode participants = (ArrayNode) dataset.get("participants");
            ((ArrayNode) participants.get(1).get("homeAirports")).set(0, "ZZZ");
            ((ObjectNode) participants.get(3)).put("id", participants.get(0).get("id").asText());
            ((ObjectNode) dataset.get("hotels").get(0).get("rooms").get(0)).put("capacity", 0);
            json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), dataset);
        }
        return file;
    }

    private List<JsonNode> issuesOf(Path dataset) throws IOException, InterruptedException {
        HttpResponse<String> response = http(HttpRequest.newBuilder(URI.create(base() + "api/datasets"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofFile(dataset)));
        assertThat(response.statusCode()).isEqualTo(400);
        List<JsonNode> issues = new ArrayList<>();
        json.readTree(response.body()).get("issues").forEach(issues::add);
        assertThat(issues).hasSizeGreaterThanOrEqualTo(3);
        return issues;
    }

    private int storedDatasets() throws IOException, InterruptedException {
        return json.readTree(http(HttpRequest.newBuilder(URI.create(base() + "api/datasets")).GET()).body()).size();
    }

    private static HttpResponse<String> http(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aViewerSeesNoWriteButton(Language language) throws Exception {
        HttpResponse<String> uploaded = http(HttpRequest.newBuilder(URI.create(base() + "api/datasets"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofFile(validDataset())));
        assertThat(uploaded.statusCode()).isEqualTo(201);
        long datasetId = json.readTree(uploaded.body()).get("id").asLong();
        HttpResponse<String> started = http(HttpRequest.newBuilder(URI.create(base() + "api/datasets/" + datasetId + "/plans"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"timeLimitSeconds\": 1}")));
        long planId = json.readTree(started.body()).get("planId").asLong();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!json.readTree(http(HttpRequest.newBuilder(URI.create(base() + "api/plans/" + planId)).GET()).body())
                .get("status").asText().equals("DONE")) {
            assertThat(System.nanoTime()).as("the solve ends").isLessThan(deadline);
            Thread.sleep(200);
        }

        for (String address : List.of("/datasets", "/datasets/" + datasetId, "/solve/" + datasetId + "/" + planId)) {
            if (address.equals("/datasets")) {
                open(address, language, "browser-viewer");
            } else {
                driver().get(base() + "#" + address);
                BROWSER.visible(By.cssSelector("main h1"));
            }
            BROWSER.await(d -> d.findElement(By.tagName("main")).getDomAttribute("aria-busy") == null);
            List<WebElement> writes = driver().findElements(By.cssSelector("main [data-requires=write]"));
            assertThat(writes).as("%s has write controls, hidden for a viewer", address).isNotEmpty()
                    .allSatisfy(control -> assertThat(control.isDisplayed()).as(control.getText()).isFalse());
        }
        assertThat(driver().findElement(By.id("user")).getText()).contains("browser-viewer")
                .contains(language == Language.FR ? "lecteur" : "viewer");
        BROWSER.shot("viewer");
    }
}
