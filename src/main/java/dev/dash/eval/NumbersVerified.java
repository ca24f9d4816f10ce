package dev.dash.eval;

import dev.dash.run.RunResponse;
import java.util.List;

/** The {@code numbers_verified} expectation: the answer states figures, and every one is traced to a result. */
final class NumbersVerified {

    private NumbersVerified() {
    }

    static List<String> reasons(RunResponse run) {
        List<RunResponse.TracedNumber> numbers = run.numbers() == null ? List.of() : run.numbers();
        if (numbers.isEmpty()) {
            return List.of("answer states no figure to trace");
        }
        List<String> unverified = numbers.stream().filter(n -> !n.verified()).map(RunResponse.TracedNumber::text)
                .toList();
        return unverified.isEmpty() ? List.of() : List.of("unverified figure(s) " + unverified);
    }
}
