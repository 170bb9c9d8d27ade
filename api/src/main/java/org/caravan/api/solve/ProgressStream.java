package org.caravan.api.solve;

import jakarta.annotation.PreDestroy;
import org.caravan.api.config.CaravanProperties;
import org.caravan.api.security.OrganisationScope;
import org.caravan.data.plan.PlanScore;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Live progress as Server-Sent Events: every subscriber gets a {@code progress} event with the solve's status when it
 * changes (at most every {@code caravan.sse.interval}), and a last one when the solve ends, after which the stream
 * closes. Reading the status rather than listening to the solver keeps it working for solves on other instances.
 */
@Component
public class ProgressStream {

    private final SolveService solves;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "caravan-sse");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<SseEmitter, Subscription> subscriptions = new ConcurrentHashMap<>();

    ProgressStream(SolveService solves, CaravanProperties properties) {
        this.solves = solves;
        long every = properties.sse().interval().toMillis();
        // The ticker is the service's own thread: a subscription was checked against its caller when it was made.
        ticker.scheduleWithFixedDelay(() -> OrganisationScope.asService(this::tick), every, every, TimeUnit.MILLISECONDS);
    }

    /** Subscribes to a plan's progress; the first event goes out at once. Throws NotFound for an unknown plan. */
    public SseEmitter subscribe(long planId) {
        PlanView first = solves.status(planId);
        SseEmitter emitter = new SseEmitter(0L);
        Subscription subscription = new Subscription(planId);
        emitter.onCompletion(() -> subscriptions.remove(emitter));
        emitter.onTimeout(() -> subscriptions.remove(emitter));
        emitter.onError(error -> subscriptions.remove(emitter));
        subscriptions.put(emitter, subscription);
        ticker.execute(() -> send(emitter, subscription, first));
        return emitter;
    }

    private void tick() {
        subscriptions.forEach((emitter, subscription) -> {
            try {
                send(emitter, subscription, solves.status(subscription.planId));
            } catch (RuntimeException e) {
                // The plan was deleted with its dataset, or the database is gone: end this stream only.
                subscriptions.remove(emitter);
                emitter.completeWithError(e);
            }
        });
    }

    private void send(SseEmitter emitter, Subscription subscription, PlanView status) {
        if (!subscriptions.containsKey(emitter)) {
            return;
        }
        Sent sent = Sent.of(status);
        try {
            if (!sent.equals(subscription.lastSent)) {
                subscription.lastSent = sent;
                emitter.send(SseEmitter.event().name("progress").id(Long.toString(subscription.sequence++))
                        .data(status, MediaType.APPLICATION_JSON));
            }
            if (status.status().isFinal()) {
                subscriptions.remove(emitter);
                emitter.complete();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away.
            subscriptions.remove(emitter);
        }
    }

    /**
     * What makes an event worth sending, compared value by value (a hash of them would let two different statuses
     * look alike); elapsed time counts in whole seconds so a quiet solve still ticks about once a second.
     */
    record Sent(SolveState status, Integer queuePosition, PlanScore bestScore, Integer brought, BigDecimal totalCost,
            Boolean feasible, long wholeSeconds) {

        static Sent of(PlanView view) {
            return new Sent(view.status(), view.queuePosition(), view.bestScore(), view.brought(), view.totalCost(),
                    view.feasible(), (long) view.elapsedSeconds());
        }
    }

    @PreDestroy
    void close() {
        ticker.shutdownNow();
        subscriptions.keySet().forEach(SseEmitter::complete);
        subscriptions.clear();
    }

    private static final class Subscription {
        private final long planId;
        private volatile Sent lastSent;
        private long sequence;

        Subscription(long planId) {
            this.planId = planId;
        }
    }
}
