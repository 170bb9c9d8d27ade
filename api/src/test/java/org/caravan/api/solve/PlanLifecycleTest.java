package org.caravan.api.solve;

import org.caravan.api.solve.PlanLifecycle.Transition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.api.solve.SolveState.DONE;
import static org.caravan.api.solve.SolveState.FAILED;
import static org.caravan.api.solve.SolveState.INTERRUPTED;
import static org.caravan.api.solve.SolveState.QUEUED;
import static org.caravan.api.solve.SolveState.RESUMING;
import static org.caravan.api.solve.SolveState.SOLVING;
import static org.caravan.api.solve.SolveState.STOPPED;

class PlanLifecycleTest {

    @Test
    void eachTransitionStartsOnlyFromItsStatuses() {
        assertThat(PlanLifecycle.from(Transition.START)).containsExactlyInAnyOrder(QUEUED, RESUMING);
        assertThat(PlanLifecycle.from(Transition.RESUME)).containsExactlyInAnyOrder(QUEUED, RESUMING, SOLVING);
        assertThat(PlanLifecycle.from(Transition.CHECKPOINT)).containsExactly(SOLVING);
        assertThat(PlanLifecycle.from(Transition.HEARTBEAT)).containsExactlyInAnyOrder(RESUMING, SOLVING);
        assertThat(PlanLifecycle.from(Transition.SUSPEND)).containsExactlyInAnyOrder(RESUMING, SOLVING);
        assertThat(PlanLifecycle.from(Transition.CANCEL)).containsExactly(QUEUED);
        assertThat(PlanLifecycle.from(Transition.FINISH)).containsExactly(SOLVING);
        for (Transition ending : new Transition[] {Transition.STOP, Transition.FAIL, Transition.INTERRUPT}) {
            assertThat(PlanLifecycle.from(ending)).as(ending.name()).containsExactlyInAnyOrder(QUEUED, RESUMING, SOLVING);
        }
    }

    @Test
    void eachTransitionLeadsWhereItSays() {
        assertThat(PlanLifecycle.next(QUEUED, Transition.START)).contains(SOLVING);
        assertThat(PlanLifecycle.next(RESUMING, Transition.START)).contains(SOLVING);
        assertThat(PlanLifecycle.next(SOLVING, Transition.RESUME)).contains(RESUMING);
        assertThat(PlanLifecycle.next(SOLVING, Transition.SUSPEND)).contains(QUEUED);
        assertThat(PlanLifecycle.next(QUEUED, Transition.CANCEL)).contains(STOPPED);
        assertThat(PlanLifecycle.next(SOLVING, Transition.STOP)).contains(STOPPED);
        assertThat(PlanLifecycle.next(SOLVING, Transition.FINISH)).contains(DONE);
        assertThat(PlanLifecycle.next(RESUMING, Transition.FAIL)).contains(FAILED);
        assertThat(PlanLifecycle.next(QUEUED, Transition.INTERRUPT)).contains(INTERRUPTED);
        assertThat(PlanLifecycle.next(RESUMING, Transition.HEARTBEAT)).contains(RESUMING);
    }

    @Test
    void nothingLeavesAFinalStatus() {
        EnumSet<SolveState> finals = EnumSet.of(DONE, STOPPED, FAILED, INTERRUPTED);
        assertThat(Arrays.stream(SolveState.values()).filter(SolveState::isFinal)).containsExactlyInAnyOrderElementsOf(finals);
        for (SolveState ended : finals) {
            for (Transition transition : Transition.values()) {
                assertThat(PlanLifecycle.next(ended, transition)).as(ended + " " + transition).isEmpty();
            }
        }
        assertThat(PlanLifecycle.active()).containsExactlyInAnyOrder(QUEUED, RESUMING, SOLVING);
    }

    @Test
    void noOtherClassWritesAPlansStatus() throws IOException {
        Pattern statusWrite = Pattern.compile("(?i)(set\\s+status\\s*=|insert\\s+into\\s+plan\\s*\\([^)]*\\bstatus\\b)");
        List<Path> writers;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            writers = sources.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> statusWrite.matcher(read(file)).find()).toList();
        }
        assertThat(writers).extracting(file -> file.getFileName().toString()).containsExactly("PlanLifecycle.java");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aRunningSolveIsNotCancelledUnderItsWorker() {
        // A planner's stop of a solve a worker has is a request the worker carries out, keeping its best plan.
        assertThat(PlanLifecycle.next(SOLVING, Transition.CANCEL)).isEmpty();
        assertThat(PlanLifecycle.next(RESUMING, Transition.CANCEL)).isEmpty();
        assertThat(PlanLifecycle.next(RESUMING, Transition.FINISH)).isEmpty();
        assertThat(PlanLifecycle.next(QUEUED, Transition.CHECKPOINT)).isEmpty();
    }
}
