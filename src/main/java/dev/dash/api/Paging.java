package dev.dash.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** A page of a listing: {data, meta}, the shape AgentOS uses for its listings. */
public record Paging<T>(List<T> data, Meta meta) {

    @RegisterForReflection
    public record Meta(int page, int limit, long total_pages, long total_count) {
    }

    public static <T> Paging<T> of(List<T> data, int page, int limit, long total) {
        return new Paging<>(data, new Meta(page, limit, (total + limit - 1) / limit, total));
    }

    /** Checks page (from 1) and limit (1–200) and returns the row offset. */
    public static int offset(int page, int limit) {
        if (page < 1 || limit < 1 || limit > 200) {
            throw new IllegalArgumentException("page must be ≥ 1 and limit between 1 and 200");
        }
        return (page - 1) * limit;
    }
}
