package dev.dash.onboard;

import java.util.List;

/** What the model added to one connect run: a sentence, what it drafted, and what was dropped and why. */
public record ModelReport(String summary, List<String> drafted, List<String> dropped) {

    static final String NO_MODEL = "No model is configured (OPENAI_API_KEY or OPENAI_BASE_URL): descriptions, "
            + "business terms and queries need a model.";
    static final String NOT_ASKED = "The model was not asked (--no-model): descriptions, business terms and queries "
            + "need it.";

    static ModelReport without(String summary) {
        return new ModelReport(summary, List.of(), List.of());
    }
}
