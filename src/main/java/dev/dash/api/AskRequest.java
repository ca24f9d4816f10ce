package dev.dash.api;

import dev.dash.db.Text;
import dev.dash.http.ApiException;
import dev.dash.run.QuestionLimit;

/** Body of POST /api/ask and /api/ask/stream, and the arguments of the MCP tool ask_dash. */
public record AskRequest(String question, String session_id) {

    private static final int MAX_SESSION_ID = 200;

    /** Checks the request and returns the question, stripped. */
    public String validQuestion(QuestionLimit limit) {
        if (question == null || question.isBlank()) {
            throw new ApiException(400, "bad_request", "Field 'question' is required and must not be empty");
        }
        if (limit.exceededBy(question)) {
            throw new ApiException(400, "bad_request", "Field 'question' is longer than " + limit.described());
        }
        if (session_id != null && (session_id.isBlank() || session_id.length() > MAX_SESSION_ID
                || session_id.chars().anyMatch(Character::isISOControl))) {
            throw new ApiException(400, "bad_request",
                    "Field 'session_id' must be 1-" + MAX_SESSION_ID + " printable characters");
        }
        return Text.storable(question).strip();
    }
}
