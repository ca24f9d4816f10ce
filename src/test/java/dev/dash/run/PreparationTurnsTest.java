package dev.dash.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Runs take turns to prepare: a run waits while the turns are taken, and a turn given back twice counts once. */
class PreparationTurnsTest {

    @Test
    void aRunWaitsForATurnAndGivesUpAtItsPatience() {
        PreparationTurns turns = new PreparationTurns(config(1));
        PreparationTurns.Turn first = turns.take(Duration.ofSeconds(1));

        long began = System.nanoTime();
        assertThatThrownBy(() -> turns.take(Duration.ofMillis(200))).isInstanceOf(IllegalStateException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isGreaterThanOrEqualTo(Duration.ofMillis(200));

        first.close();
        first.close();
        PreparationTurns.Turn second = turns.take(Duration.ZERO);
        assertThatThrownBy(() -> turns.take(Duration.ZERO)).as("closing twice gave back one turn")
                .isInstanceOf(IllegalStateException.class);
        second.close();
    }

    private static RunConfig config(int preparing) {
        return new RunConfig() {
            @Override
            public int maxInFlight() {
                return 10;
            }

            @Override
            public Duration deadline() {
                return Duration.ofSeconds(90);
            }

            @Override
            public Optional<Integer> preparing() {
                return Optional.of(preparing);
            }

            @Override
            public Duration keepAlive() {
                return Duration.ofSeconds(10);
            }
        };
    }
}
