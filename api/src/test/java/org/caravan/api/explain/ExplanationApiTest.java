package org.caravan.api.explain;

import org.caravan.api.ApiTestSupport;
import org.caravan.api.solve.SolveState;
import org.caravan.data.dataset.RoommateCountryMode;
import org.caravan.data.plan.NotBroughtReason;
import org.caravan.data.plan.Plan;
import org.caravan.data.plan.PlanScore;
import org.caravan.data.text.Amount;
import org.caravan.data.text.Text;
import org.caravan.data.text.WrittenLanguage;
import org.caravan.data.validation.ValidDataset;
import org.caravan.solver.explain.Explanation;
import org.caravan.solver.explain.Justification;
import org.caravan.solver.explain.ParticipantExplanation;
import org.caravan.solver.explain.Recommendation;
import org.caravan.solver.explain.Recommendations;
import org.caravan.solver.explain.RuleExplanation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ExplanationApiTest extends ApiTestSupport {

    private long planId;

    @BeforeEach
    void solveTheTinyDatasetWithAnOverride() throws Exception {
        long datasetId = uploadTiny();
        when(engine.solve(any(), any(), any())).thenAnswer(solvingUntilStopped(tinyPlan()));
        planId = startSolve(datasetId, "{\"timeLimitSeconds\": 1, \"policy\": {\"roommateCountry\": \"IGNORE\"}}");
        awaitStatus(planId, SolveState.DONE);
    }

    @Test
    void theAnalysisExplainsTheStoredPlanUnderThePolicyItWasSolvedWith() throws Exception {
        Justification match = new Justification("p1 and p2 share h1-101 and are both from TN", List.of("p1", "p2", "h1-101"),
                new BigDecimal("-15"));
        when(engine.explain(any(), any())).thenReturn(new Explanation(new PlanScore(0, 0, new BigDecimal("-2500.00")),
                List.of(new RuleExplanation("Roommates of the same nationality", "SOFT", new BigDecimal("-15"), 1, List.of(match)))));

        planner.perform(get("/api/plans/{id}/analysis", planId)).andExpect(status().isOk())
                .andExpect(jsonPath("$.rules[0].rule").value("Roommates of the same nationality"))
                .andExpect(jsonPath("$.rules[0].matches[0].ids[2]").value("h1-101"))
                .andExpect(jsonPath("$.score.soft").value(-2500.00));

        ArgumentCaptor<ValidDataset> dataset = ArgumentCaptor.forClass(ValidDataset.class);
        ArgumentCaptor<Plan> plan = ArgumentCaptor.forClass(Plan.class);
        verify(engine).explain(dataset.capture(), plan.capture());
        assertThat(dataset.getValue().dataset().policy().roommateCountry()).isEqualTo(RoommateCountryMode.IGNORE);
        assertThat(plan.getValue().assignments()).extracting(a -> a.room()).contains("h1-101", "h2-1");
    }

    @Test
    void explainsOneParticipant() throws Exception {
        when(engine.explainParticipant(any(), any(), eq("p5"))).thenReturn(new ParticipantExplanation("p5", false, null, null,
                List.of(), List.of(new NotBroughtReason(NotBroughtReason.Code.PRIORITY_TRADE_OFF, null, "costs more than priority 1")),
                List.of()));
        planner.perform(get("/api/plans/{id}/participants/{p}/explanation", planId, "p5")).andExpect(status().isOk())
                .andExpect(jsonPath("$.participant").value("p5"))
                .andExpect(jsonPath("$.brought").value(false))
                .andExpect(jsonPath("$.whyNotBrought[0].code").value("PRIORITY_TRADE_OFF"));
    }

    @Test
    void aFrenchPageReadsWhyNotBroughtInFrench_andAsksForRecommendationsInFrench() throws Exception {
        when(engine.explainParticipant(any(), any(), eq("p5"))).thenReturn(new ParticipantExplanation("p5", false, null, null,
                List.of(), List.of(new NotBroughtReason(NotBroughtReason.Code.BUDGET, null, Text.of("reason.budget", "p5", 1,
                        new Amount(new BigDecimal("1250.50")), new Amount(new BigDecimal("300.00"))))), List.of()));
        when(engine.recommend(any(), any(), eq("p5"), anyInt(), any(), any(), eq(WrittenLanguage.FR))).thenReturn(
                new Recommendations("p5", false, List.of(), null, 0, 0, false, "résumé en français"));

        planner.perform(get("/api/plans/{id}/participants/{p}/explanation", planId, "p5").header(HttpHeaders.ACCEPT_LANGUAGE, "fr"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.whyNotBrought[0].message").value("Faire venir p5 (priorité 1) coûte au moins 1\u202f250,50 ;"
                        + " il reste 300,00 du budget, dépensé pour des personnes plus prioritaires ou moins coûteuses"));
        planner.perform(get("/api/plans/{id}/participants/{p}/explanation", planId, "p5"))
                .andExpect(jsonPath("$.whyNotBrought[0].message").value("Bringing p5 (priority 1) costs at least 1250.50;"
                        + " 300.00 of the budget is left, spent on people of higher priority or lower cost"));
        planner.perform(get("/api/plans/{id}/participants/{p}/recommendations", planId, "p5")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary").value("résumé en français"));
    }

    @Test
    void aFrenchPageReadsABroughtParticipantsReasonsAndMatchesInFrench_andAnEnglishOneUnchanged() throws Exception {
        Text sleeps = Text.of("explain.reason.sleeps", "h1-101", "DOUBLE", 2, new Amount(new BigDecimal("1085.00")),
                "Hôtel du Lac", 3, 4, Text.of("explain.reason.with", "Awa Diop (p2)"));
        Justification crowded = new Justification(Text.of("explain.roomCapacity", "h1-101", 2, 3,
                LocalDate.of(2026, 3, 24), "p1, p2, p3"), List.of("h1-101", "2026-03-24", "p1"), new BigDecimal("-1"));
        when(engine.explainParticipant(any(), any(), eq("p1"))).thenReturn(ParticipantExplanation.of("p1", true, "it-1",
                "h1-101", List.of(sleeps), List.of(), List.of(crowded)));
        when(engine.explain(any(), any())).thenReturn(new Explanation(new PlanScore(-1, 0, new BigDecimal("-2500.00")),
                List.of(new RuleExplanation("Room capacity", "HARD", new BigDecimal("-1"), 1, List.of(crowded)))));

        planner.perform(get("/api/plans/{id}/participants/{p}/explanation", planId, "p1").header(HttpHeaders.ACCEPT_LANGUAGE, "fr"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reasons[0]").value("Dort dans h1-101 (DOUBLE, 2 lits, 1\u202f085,00 la nuit) à Hôtel du Lac"
                        + " (3 étoiles) pendant 4 nuit(s), avec Awa Diop (p2)"))
                .andExpect(jsonPath("$.matches[0].message").value("La chambre h1-101 (capacité 2) accueille 3 personnes"
                        + " la nuit du 24/03/2026 : p1, p2, p3"))
                .andExpect(jsonPath("$.matches[0].text").doesNotExist())
                .andExpect(jsonPath("$.reasonTexts").doesNotExist());
        planner.perform(get("/api/plans/{id}/participants/{p}/explanation", planId, "p1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reasons[0]").value("Sleeps in h1-101 (DOUBLE, 2 beds, 1085.00 a night) at Hôtel du Lac"
                        + " (3 stars) for 4 night(s), with Awa Diop (p2)"))
                .andExpect(jsonPath("$.matches[0].message").value("Room h1-101 (capacity 2) holds 3 people on the night of"
                        + " 2026-03-24: p1, p2, p3"));
        planner.perform(get("/api/plans/{id}/analysis", planId).header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rules[0].rule").value("Room capacity"))
                .andExpect(jsonPath("$.rules[0].matches[0].message", containsString("accueille 3 personnes la nuit du 24/03/2026")));
    }

    @Test
    void recommendsPlacementsForOneParticipantWithoutChangingThePlan() throws Exception {
        when(engine.recommend(any(), any(), eq("p5"), eq(2), eq(Duration.ofSeconds(4)), any(), any())).thenReturn(new Recommendations(
                "p5", true, List.of(
                new Recommendation("it-cdg-2", "h1-103", new PlanScore(0, 0, new BigDecimal("-3400")),
                        new PlanScore(0, 1, new BigDecimal("-900")), List.of("single room as needed")),
                new Recommendation("it-cdg-1", "h1-103", new PlanScore(0, 0, new BigDecimal("-3500")),
                        new PlanScore(0, 1, new BigDecimal("-1000")), List.of())),
                null, 7, 7, false, "Claire Martin (p5) can be placed as the plan stands; the best placement first."));
        String before = planner.perform(get("/api/plans/{id}/result", planId)).andReturn().getResponse().getContentAsString();

        planner.perform(get("/api/plans/{id}/participants/{p}/recommendations", planId, "p5").param("limit", "2")
                        .param("seconds", "4"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.feasible").value(true))
                .andExpect(jsonPath("$.cutShort").value(false))
                .andExpect(jsonPath("$.summary", containsString("can be placed")))
                .andExpect(jsonPath("$.options.length()").value(2))
                .andExpect(jsonPath("$.options[0].itinerary").value("it-cdg-2"))
                .andExpect(jsonPath("$.options[0].room").value("h1-103"))
                .andExpect(jsonPath("$.options[0].feasible").value(true))
                .andExpect(jsonPath("$.options[0].impact.medium").value(1));

        String after = planner.perform(get("/api/plans/{id}/result", planId)).andReturn().getResponse().getContentAsString();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aTimeBudgetAboveTheLongestAllowedIsAProblemNamingSeconds() throws Exception {
        planner.perform(get("/api/plans/{id}/participants/{p}/recommendations", planId, "p5").param("seconds", "31"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("30 s")));
        planner.perform(get("/api/plans/{id}/participants/{p}/recommendations", planId, "p5").param("seconds", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.issues[0].path").value("seconds"));
        verify(engine, org.mockito.Mockito.never()).recommend(any(), any(), any(), anyInt(), any(), any(), any());
    }

    @Test
    void moreRecommendationsAtOnceThanAllowedAreAnswered429AndTheOthersStillRun() throws Exception {
        CountDownLatch inside = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        Recommendations none = new Recommendations("p5", false, List.of(), null, 0, 0, false, "none");
        when(engine.recommend(any(), any(), eq("p5"), anyInt(), any(), any(), any())).thenAnswer(invocation -> {
            inside.countDown();
            release.await(20, TimeUnit.SECONDS);
            return none;
        });
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> busy = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                busy.add(clients.submit(() -> planner.perform(get("/api/plans/{id}/participants/{p}/recommendations",
                        planId, "p5")).andReturn().getResponse().getStatus()));
            }
            assertThat(inside.await(20, TimeUnit.SECONDS)).as("two recommendations running").isTrue();

            planner.perform(get("/api/plans/{id}/participants/{p}/recommendations", planId, "p5"))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail", containsString("try again")));

            release.countDown();
            for (Future<Integer> call : busy) {
                assertThat(call.get(20, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            release.countDown();
            clients.shutdownNow();
        }
    }

    @Test
    void unknownParticipantsAndBadLimitsAreProblemDetails() throws Exception {
        planner.perform(get("/api/plans/{id}/participants/{p}/explanation", planId, "nobody"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("participantId"))
                .andExpect(jsonPath("$.detail", containsString("nobody")));
        planner.perform(get("/api/plans/{id}/participants/{p}/recommendations", planId, "nobody"))
                .andExpect(status().isNotFound());
        planner.perform(get("/api/plans/{id}/participants/{p}/recommendations", planId, "p5").param("limit", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.issues[0].path").value("limit"));
        planner.perform(get("/api/plans/{id}/participants/{p}/recommendations", planId, "p5").param("limit", "many"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.issues[0].path").value("limit"));
        planner.perform(get("/api/plans/{id}/analysis", 987654)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("planId"));
        verify(engine, org.mockito.Mockito.never()).recommend(any(), any(), eq("nobody"), anyInt(), any(), any(), any());
    }

    @Test
    void anEngineFailureIsA500ProblemWithoutAStackTrace() throws Exception {
        when(engine.explain(any(), any())).thenThrow(new IllegalStateException("secret internals"));
        planner.perform(get("/api/plans/{id}/analysis", planId)).andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reference").isNotEmpty())
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.not(containsString("secret"))))
                .andExpect(jsonPath("$.trace").doesNotExist());
    }
}
