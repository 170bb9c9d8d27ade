package org.caravan.clientit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.caravan.client.ApiClient;
import org.caravan.client.ApiException;
import org.caravan.client.api.DatasetsApi;
import org.caravan.client.api.ExplanationsApi;
import org.caravan.client.api.LateChangesApi;
import org.caravan.client.api.OrganisationsApi;
import org.caravan.client.api.ResultsApi;
import org.caravan.client.api.SolvingApi;
import org.caravan.client.api.SpreadsheetsApi;
import org.caravan.client.model.Assignment;
import org.caravan.client.model.CancelParticipantChange;
import org.caravan.client.model.CostBreakdown;
import org.caravan.client.model.Dataset;
import org.caravan.client.model.DatasetSummary;
import org.caravan.client.model.HotelRooming;
import org.caravan.client.model.LateChange;
import org.caravan.client.model.LateChanges;
import org.caravan.client.model.NewOrganisation;
import org.caravan.client.model.NewOrganisationRequest;
import org.caravan.client.model.ParticipantExplanation;
import org.caravan.client.model.Plan;
import org.caravan.client.model.PlanView;
import org.caravan.client.model.Problem;
import org.caravan.client.model.ProblemIssuesInner;
import org.caravan.client.model.ReplanAccepted;
import org.caravan.client.model.RoomingRow;
import org.caravan.client.model.SetBudgetChange;
import org.caravan.client.model.SheetIssue;
import org.caravan.client.model.SheetsProblem;
import org.caravan.client.model.SolveRequest;
import org.caravan.client.model.WithdrawHotelChange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A client generated from the OpenAPI document (openapi-generator, Java, java.net.http and Jackson) against the
 * packaged service: it signs in with a token the way any program does, uploads the flagship dataset, reads the
 * problems of an invalid one, solves, reads the plan and what is made from it, and deletes the plan version; posts
 * late changes as typed change models and reads the re-plan's typed answer; reads a spreadsheet import's problems. Only the
 * generated methods and models are used, and they read strictly: a field the service sends that the document does
 * not declare fails the test, as does an enum value it does not list.
 */
class GeneratedClientIT {

    private static final Duration SOLVE_WAIT = Duration.ofSeconds(90);

    @TempDir
    static Path folder;

    private static RunningService service;
    /** The generated client's own mapper, made strict: unknown fields and enum values are contract breaks. */
    private static ObjectMapper strict;
    private static ApiClient asOwner;
    private static Dataset flagship;

    @BeforeAll
    static void startTheServiceAndMakeAnOrganisation() throws Exception {
        service = RunningService.start(Path.of(System.getProperty("caravan.jar", "../api/target/caravan.jar")), folder);
        strict = ApiClient.createDefaultObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL);

        // As docs/SERVICE.md says: the administrator's token creates an organisation, whose answer carries its
        // first owner's token; every later call sends that one.
        NewOrganisation created = new OrganisationsApi(client(service.administratorToken()))
                .createOrganisation(new NewOrganisationRequest().name("Generated client"));
        assertThat(created.getOrganisation().getName()).isEqualTo("Generated client");
        assertThat(created.getOwnerToken().getSecret()).startsWith("cvn_");
        asOwner = client(created.getOwnerToken().getSecret());

        Path sample = Path.of(System.getProperty("flagship.dataset", "../data/samples/djerba-2026.json"));
        flagship = strict.readValue(Files.readString(sample), Dataset.class);
    }

    @AfterAll
    static void stopTheService() throws InterruptedException {
        if (service != null) {
            service.close();
        }
    }

    /** A client of the service whose requests carry {@code token}, through the client's request interceptor. */
    private static ApiClient client(String token) {
        ApiClient client = new ApiClient().setObjectMapper(strict);
        client.updateBaseUri(service.baseUri());
        client.setReadTimeout(Duration.ofSeconds(60));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    void theFlagshipIsUploadedSolvedReadAndItsPlanVersionDeleted() throws Exception {
        DatasetsApi datasets = new DatasetsApi(asOwner);
        SolvingApi solving = new SolvingApi(asOwner);
        ResultsApi results = new ResultsApi(asOwner);

        DatasetSummary uploaded = datasets.uploadFile(flagship, "Djerba through the generated client");
        assertThat(uploaded.getName()).isEqualTo("Djerba through the generated client");
        assertThat(uploaded.getParticipants()).isEqualTo(flagship.getParticipants().size()).isEqualTo(300);
        assertThat(uploaded.getHotels()).isEqualTo(flagship.getHotels().size());
        assertThat(uploaded.getLatestVersion()).isEqualTo(1);
        Dataset stored = datasets.dataset(uploaded.getId());
        assertThat(stored).as("the dataset as the service stored it, read back through the Dataset model")
                .usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(flagship);

        PlanView queued = solving.startSolve(uploaded.getId(), new SolveRequest().timeLimitSeconds(2));
        assertThat(queued.getDatasetId()).isEqualTo(uploaded.getId());
        assertThat(queued.getTimeLimitSeconds()).isEqualTo(2);
        PlanView done = awaitEnd(solving, queued.getPlanId());
        assertThat(done.getStatus()).isEqualTo(PlanView.StatusEnum.DONE);
        assertThat(done.getParticipants()).isEqualTo(300);

        Plan plan = results.plan(done.getPlanId());
        assertThat(plan.getFormat()).isEqualTo("caravan-plan/1");
        assertThat(plan.getVersion()).isEqualTo(done.getVersion());
        assertThat(plan.getAssignments()).extracting(Assignment::getParticipant)
                .containsExactlyElementsOf(flagship.getParticipants().stream().map(p -> p.getId()).toList());
        List<Assignment> brought = plan.getAssignments().stream().filter(Assignment::getBrought).toList();
        assertThat(brought).hasSize(done.getBrought());
        // The flagship's budget (123,000 EUR) cannot bring all 300: someone is left out, with a reason.
        assertThat(done.getBrought()).isBetween(1, 299);
        assertThat(plan.getScore().getHard()).isEqualTo(done.getBestScore().getHard());
        assertThat(plan.getScore().getMedium()).isEqualTo(done.getBestScore().getMedium()).isNegative();
        assertThat(plan.getScore().getSoft()).isEqualByComparingTo(done.getBestScore().getSoft());
        assertThat(plan.getFeasible()).isEqualTo(plan.getScore().getHard() == 0);

        List<HotelRooming> rooming = results.roomingLists(done.getPlanId());
        assertThat(rooming).extracting(HotelRooming::getHotelId)
                .containsExactlyElementsOf(flagship.getHotels().stream().map(h -> h.getId()).toList());
        Map<String, Assignment> byParticipant = plan.getAssignments().stream()
                .collect(Collectors.toMap(Assignment::getParticipant, Function.identity()));
        List<RoomingRow> guests = rooming.stream().flatMap(hotel -> hotel.getRows().stream()).toList();
        assertThat(guests).as("every guest of every rooming list is brought and sleeps in the plan's room")
                .isNotEmpty()
                .allSatisfy(guest -> {
                    Assignment assignment = byParticipant.get(guest.getParticipantId());
                    assertThat(assignment.getBrought()).as(guest.getParticipantId()).isTrue();
                    assertThat(guest.getRoomId()).as(guest.getParticipantId()).isEqualTo(assignment.getRoom());
                });
        assertThat(guests).hasSize((int) brought.stream().filter(a -> a.getRoom() != null).count());
        Set<String> occupied = guests.stream().map(RoomingRow::getRoomId).collect(Collectors.toSet());
        assertThat(rooming.stream().flatMap(hotel -> hotel.getRooms().stream()))
                .as("each occupied room's booking line").extracting(booking -> booking.getRoomId())
                .containsExactlyInAnyOrderElementsOf(occupied);

        CostBreakdown costs = results.costs(done.getPlanId());
        assertThat(costs.getCurrency()).isEqualTo(flagship.getEvent().getCurrency()).isEqualTo("EUR");
        assertThat(costs.getTotal()).isEqualByComparingTo(plan.getCosts().getTotal()).isPositive();
        assertThat(costs.getTotal()).isEqualByComparingTo(done.getTotalCost());
        BigDecimal shares = costs.getByPayer().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(shares.add(costs.getShareRounding())).as("the payers' shares and the rounding line")
                .isEqualByComparingTo(costs.getTotal());

        ExplanationsApi explanations = new ExplanationsApi(asOwner);
        Assignment lodged = brought.stream().filter(a -> a.getRoom() != null).findFirst().orElseThrow();
        ParticipantExplanation why = explanations.participant(done.getPlanId(), lodged.getParticipant());
        assertThat(why.getParticipant()).isEqualTo(lodged.getParticipant());
        assertThat(why.getBrought()).isTrue();
        assertThat(why.getItinerary()).isEqualTo(lodged.getItinerary());
        assertThat(why.getRoom()).isEqualTo(lodged.getRoom());
        assertThat(why.getReasons()).isNotEmpty();
        Assignment leftOut = plan.getAssignments().stream().filter(a -> !a.getBrought()).findFirst().orElseThrow();
        ParticipantExplanation whyNot = explanations.participant(done.getPlanId(), leftOut.getParticipant());
        assertThat(whyNot.getBrought()).isFalse();
        assertThat(whyNot.getWhyNotBrought()).isNotEmpty()
                .allSatisfy(reason -> assertThat(reason.getMessage()).isNotBlank());

        solving.deletePlan(done.getPlanId());
        assertThat(solving.plansOfDataset(uploaded.getId())).extracting(PlanView::getPlanId)
                .doesNotContain(done.getPlanId());
        Problem gone = problem(() -> solving.status(done.getPlanId()), 404);
        assertThat(gone.getType()).isEqualTo("/problems/not-found");
        assertThat(gone.getTitle()).isEqualTo("Not found");
    }

    @Test
    void anInvalidDatasetAnswersTypedProblemDetailsNamingEachField() throws Exception {
        Dataset invalid = strict.readValue(strict.writeValueAsString(flagship), Dataset.class);
        invalid.getHotels().get(0).getRooms().get(1).setCapacity(0);
        invalid.getParticipants().get(2).setFund("no-such-fund");

        Problem problem = problem(() -> new DatasetsApi(asOwner).uploadFile(invalid, null), 400);

        assertThat(problem.getType()).isEqualTo("/problems/invalid-dataset");
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getIssues()).extracting(ProblemIssuesInner::getPath)
                .contains("$.hotels[0].rooms[1].capacity", "$.participants[2].fund");
        assertThat(problem.getIssues()).allSatisfy(issue -> assertThat(issue.getMessage()).isNotBlank());
    }

    @Test
    void lateChangesArePostedAsTypedChanges_andTheReplanReadBack() throws Exception {
        DatasetSummary uploaded = new DatasetsApi(asOwner).uploadFile(flagship, "Djerba, late changes");
        SolvingApi solving = new SolvingApi(asOwner);
        PlanView done = awaitEnd(solving, solving.startSolve(uploaded.getId(), new SolveRequest().timeLimitSeconds(1))
                .getPlanId());
        String cancelled = flagship.getParticipants().get(0).getId();
        BigDecimal budget = flagship.getBudget().getTotal().add(BigDecimal.valueOf(1000));
        LateChangesApi changes = new LateChangesApi(asOwner);

        ReplanAccepted accepted = changes.postChanges(done.getPlanId(), 1, new LateChanges()
                .format(LateChanges.FormatEnum.CARAVAN_CHANGES_1)
                .changes(List.of(
                        new LateChange(new CancelParticipantChange()
                                .type(CancelParticipantChange.TypeEnum.CANCEL_PARTICIPANT).participant(cancelled)),
                        new LateChange(new SetBudgetChange().type(SetBudgetChange.TypeEnum.SET_BUDGET).total(budget)))));

        assertThat(accepted.getPlan().getParentPlanId()).isEqualTo(done.getPlanId());
        assertThat(accepted.getDatasetVersion().getVersion()).isEqualTo(2);
        assertThat(accepted.getReport()).as("what each change did, at its path")
                .anySatisfy(line -> assertThat(line).startsWith("$.changes[0]").contains("(" + cancelled + ") is cancelled"))
                .last().asString().startsWith("$.changes[1]").contains("the budget is");
        PlanView replanned = awaitEnd(solving, accepted.getPlan().getPlanId());
        assertThat(replanned.getParentPlanId()).isEqualTo(done.getPlanId());

        Problem unknown = problem(() -> changes.postChanges(replanned.getPlanId(), null, new LateChanges()
                .format(LateChanges.FormatEnum.CARAVAN_CHANGES_1)
                .changes(List.of(new LateChange(new WithdrawHotelChange()
                        .type(WithdrawHotelChange.TypeEnum.WITHDRAW_HOTEL).hotel("no-such-hotel"))))), 400);
        assertThat(unknown.getIssues()).extracting(ProblemIssuesInner::getPath).containsExactly("$.changes[0].hotel");
    }

    @Test
    void aSpreadsheetImportsProblemsAreReadIntoTheirOwnTypedModel() throws Exception {
        DatasetSummary uploaded = new DatasetsApi(asOwner).uploadFile(flagship, "Djerba, bad sheet");
        Path sheet = Files.writeString(folder.resolve("participants.csv"), """
                id,nationality,priority
                p001,Burkina,high
                """);

        ApiException failure = catchThrowableOfType(ApiException.class,
                () -> new SpreadsheetsApi(asOwner).importInto(uploaded.getId(), List.of(sheet.toFile())));

        assertThat(failure.getCode()).as(failure.getResponseBody()).isEqualTo(400);
        SheetsProblem problem = strict.readValue(failure.getResponseBody(), SheetsProblem.class);
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getIssues()).extracting(SheetIssue::getSheet, SheetIssue::getRow, SheetIssue::getColumn)
                .containsExactly(tuple("participants.csv", 2, "nationality"), tuple("participants.csv", 2, "priority"));
        assertThat(problem.getIssues()).allSatisfy(issue -> assertThat(issue.getMessage()).isNotBlank());
        assertThat(problem.getCounts()).isNotNull();
    }

    @Test
    void withoutATokenTheServiceAnswersATypedUnauthorised() {
        ApiClient anonymous = new ApiClient().setObjectMapper(strict);
        anonymous.updateBaseUri(service.baseUri());

        Problem problem = problem(() -> new DatasetsApi(anonymous).listDatasets(), 401);

        assertThat(problem.getType()).isEqualTo("/problems/unauthorized");
    }

    /** Polls the plan's status through the client until its solve has ended. */
    private static PlanView awaitEnd(SolvingApi solving, long planId) throws Exception {
        Set<PlanView.StatusEnum> ended = EnumSet.of(PlanView.StatusEnum.DONE, PlanView.StatusEnum.STOPPED,
                PlanView.StatusEnum.FAILED, PlanView.StatusEnum.INTERRUPTED);
        long deadline = System.nanoTime() + SOLVE_WAIT.toNanos();
        PlanView status = solving.status(planId);
        while (!ended.contains(status.getStatus())) {
            assertThat(System.nanoTime()).as("plan %d ended within %s; last %s", planId, SOLVE_WAIT, status)
                    .isLessThan(deadline);
            Thread.sleep(250);
            status = solving.status(planId);
        }
        return status;
    }

    /** What the call answered as an error, read into the generated Problem model; its status must be {@code code}. */
    private static Problem problem(Call call, int code) {
        ApiException failure = catchThrowableOfType(ApiException.class, call::run);
        assertThat(failure).as("the call fails with %d", code).isNotNull();
        assertThat(failure.getCode()).as(failure.getResponseBody()).isEqualTo(code);
        assertThat(failure.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        try {
            Problem problem = strict.readValue(failure.getResponseBody(), Problem.class);
            assertThat(problem.getStatus()).isEqualTo(code);
            return problem;
        } catch (IOException e) {
            throw new AssertionError("Not a problem detail of the document's Problem schema: " + failure.getResponseBody(), e);
        }
    }

    private interface Call {
        void run() throws ApiException;
    }
}
