package dev.dash.db;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** What database setup achieved, for /health and the startup log. */
@ApplicationScoped
public class DatabaseStatus {

    private volatile boolean ready;
    private volatile String error;
    private volatile List<String> hardeningProblems = List.of();

    void ready(List<String> problems) {
        this.ready = true;
        this.error = null;
        this.hardeningProblems = List.copyOf(problems);
    }

    void failed(String message) {
        this.ready = false;
        this.error = message;
    }

    public boolean isReady() {
        return ready;
    }

    public String error() {
        return error;
    }

    public List<String> hardeningProblems() {
        return hardeningProblems;
    }
}
