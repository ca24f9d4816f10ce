package dev.dash.api;

import dev.dash.db.Text;
import dev.dash.http.ApiException;

/** Body of POST /api/ask and /api/ask/stream. */
public record AskRequest(String question, String session_id) {

    private static final int MAX_QUESTION = 4000;
    private static final int MAX_SESSION_ID = 200;

    /** Checks the request and returns the question, stripped. */
    String validQuestion() {
        if (question == null || question.isBlank()) {
            throw new ApiException(400, "bad_request", "Field 'question' is required and must not be empty");
        }
        if (question.length() > MAX_QUESTION) {
            throw new ApiException(400, "bad_request", "Field 'question' is longer than " + MAX_QUESTION + " characters");
        }
        if (session_id != null && (session_id.isBlank() || session_id.length() > MAX_SESSION_ID
                || session_id.chars().anyMatch(Character::isISOControl))) {
            throw new ApiException(400, "bad_request",
                    "Field 'session_id' must be 1-" + MAX_SESSION_ID + " printable characters");
        }
        return Text.storable(question).strip();
    }
}
