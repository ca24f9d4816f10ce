package dev.dash.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The generator's only source of randomness. {@link Random}'s algorithm is specified, so a seed gives the same dataset
 * on every JDK; every draw goes through here in simulation order.
 */
final class Dice {

    private final Random random;

    Dice(long seed) {
        this.random = new Random(seed);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from min to max, both included. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    double uniform(double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    <T> T pick(Weighted<T> choices) {
        return choices.pick(random.nextDouble());
    }

    /** A time during the working day on the given date. */
    LocalDateTime timeOn(LocalDate day) {
        return day.atTime(between(8, 19), between(0, 59), between(0, 59));
    }

    /** count distinct days of the month from fromDay to the month's end, in order. */
    List<LocalDate> distinctDays(LocalDate fromDay, int count) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = fromDay; d.getMonth() == fromDay.getMonth(); d = d.plusDays(1)) {
            days.add(d);
        }
        // Partial Fisher-Yates: the first count entries become a uniform sample.
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(days.size() - i);
            days.set(j, days.set(i, days.get(j)));
        }
        return days.subList(0, count).stream().sorted().toList();
    }
}
