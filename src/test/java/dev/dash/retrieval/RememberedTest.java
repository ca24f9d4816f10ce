package dev.dash.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RememberedTest {

    private final List<String> worked = new ArrayList<>();
    private final Remembered<String, Integer> lengths = new Remembered<>(2, text -> {
        worked.add(text);
        return text.length();
    });

    @Test
    void worksOutEachKeyOnceWhileItIsKept() {
        assertThat(lengths.get("plan")).isEqualTo(4);
        assertThat(lengths.get("plan")).isEqualTo(4);
        assertThat(lengths.get("industry")).isEqualTo(8);
        assertThat(worked).containsExactly("plan", "industry");
    }

    @Test
    void startsOverPastItsBoundAndStillAnswersRight() {
        lengths.get("plan");
        lengths.get("industry");
        assertThat(lengths.get("churn")).isEqualTo(5);
        assertThat(lengths.get("plan")).isEqualTo(4);
        assertThat(worked).containsExactly("plan", "industry", "churn", "plan");
    }
}
