package dev.dash.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The in-flight limit and the keep-alives of a quiet stream, without the rest of the service. */
class RunExecutorTest {

    private static final Vertx VERTX = Vertx.vertx();

    @Test
    void aRunBeyondTheLimitIsRefusedAndThePermitComesBackWhenARunEnds() throws Exception {
        RunExecutor runs = new RunExecutor(config(1, Duration.ofSeconds(10)), VERTX, new SimpleMeterRegistry());
        CountDownLatch release = new CountDownLatch(1);
        AssertSubscriber<RunEvent> first = runs.stream(events -> {
            await(release);
            events.emit("RunCompleted", Map.of());
            return null;
        }).subscribe().withSubscriber(AssertSubscriber.create(10));

        assertThat(runs.inFlight()).isEqualTo(1);
        assertThatThrownBy(() -> runs.stream(events -> null)).isInstanceOf(RunsBusy.class);
        assertThatThrownBy(() -> runs.call(events -> null, RunEvents.NONE)).isInstanceOf(RunsBusy.class);

        release.countDown();
        first.awaitCompletion(Duration.ofSeconds(5));
        assertThat(first.getItems()).extracting(RunEvent::name).containsExactly("RunCompleted");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (runs.inFlight() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(runs.inFlight()).isZero();
    }

    @Test
    void aQuietRunSendsKeepAlivesUntilItEnds() {
        RunExecutor runs = new RunExecutor(config(5, Duration.ofMillis(200)), VERTX, new SimpleMeterRegistry());
        AssertSubscriber<RunEvent> events = runs.stream(sink -> {
            sink.emit("RunStarted", Map.of());
            sleep(700);
            sink.emit("RunCompleted", Map.of());
            return null;
        }).subscribe().withSubscriber(AssertSubscriber.create(100));

        events.awaitCompletion(Duration.ofSeconds(5));
        assertThat(events.getItems()).filteredOn(e -> !e.isKeepAlive()).extracting(RunEvent::name)
                .containsExactly("RunStarted", "RunCompleted");
        assertThat(events.getItems().getLast().name()).isEqualTo("RunCompleted");
        assertThat(events.getItems()).filteredOn(RunEvent::isKeepAlive).hasSizeBetween(2, 7);
    }

    private static RunConfig config(int maxInFlight, Duration keepAlive) {
        return new RunConfig() {
            @Override
            public int maxInFlight() {
                return maxInFlight;
            }

            @Override
            public Duration deadline() {
                return Duration.ofSeconds(90);
            }

            @Override
            public Optional<Integer> preparing() {
                return Optional.empty();
            }

            @Override
            public Duration keepAlive() {
                return keepAlive;
            }
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
