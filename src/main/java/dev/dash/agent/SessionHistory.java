package dev.dash.agent;

import dev.dash.session.SessionStore;
import jakarta.enterprise.context.ApplicationScoped;

/** The last few runs of a session (question, answer, main SQL) as the prompts show them. */
@ApplicationScoped
public class SessionHistory {

    private final SessionStore sessions;
    private final AgentConfig config;

    public SessionHistory(SessionStore sessions, AgentConfig config) {
        this.sessions = sessions;
        this.config = config;
    }

    public String of(String sessionId) {
        StringBuilder text = new StringBuilder();
        for (SessionStore.PastRun run : sessions.recent(sessionId, config.historyRuns())) {
            text.append("Q: ").append(run.question()).append("\nA: ").append(cut(run.answer())).append('\n');
            if (run.mainSql() != null) {
                text.append("SQL: ").append(run.mainSql()).append('\n');
            }
        }
        return text.isEmpty() ? "(none: this is the first question)" : text.toString().strip();
    }

    private String cut(String answer) {
        String text = answer == null ? "" : answer.strip();
        return text.length() <= config.historyAnswerChars() ? text
                : text.substring(0, config.historyAnswerChars()) + "…";
    }
}
