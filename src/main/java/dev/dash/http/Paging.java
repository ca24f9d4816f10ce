package dev.dash.http;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * A page of a listing: {data, meta}, the shape AgentOS uses for its listings. Every listing takes {@code page} (from
 * 1) and {@code limit} (1–200) and says the total, so no listing returns everything at once.
 */
public record Paging<T>(List<T> data, Meta meta) {

    public static final int MAX_LIMIT = 200;
    /** Deeper than any real listing; keeps OFFSET far from integer overflow. */
    static final long MAX_OFFSET = 1_000_000;

    @RegisterForReflection
    public record Meta(int page, int limit, long total_pages, long total_count) {
    }

    /** A checked page request. */
    public record Request(int page, int limit) {

        public int offset() {
            return (page - 1) * limit;
        }
    }

    /** Parses and checks page and limit as the query gave them; anything else is a 400 saying what is allowed. */
    public static Request request(String page, String limit) {
        int p = number("page", page);
        int l = number("limit", limit);
        if (p < 1 || l < 1 || l > MAX_LIMIT) {
            throw new ApiException(400, "bad_request", "page must be ≥ 1 and limit between 1 and " + MAX_LIMIT);
        }
        if ((long) (p - 1) * l > MAX_OFFSET) {
            throw new ApiException(400, "bad_request", "page is beyond the end of any listing");
        }
        return new Request(p, l);
    }

    public static <T> Paging<T> of(List<T> data, Request request, long total) {
        return of(data, request.page(), request.limit(), total);
    }

    public static <T> Paging<T> of(List<T> data, int page, int limit, long total) {
        return new Paging<>(data, new Meta(page, limit, (total + limit - 1) / limit, total));
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new ApiException(400, "bad_request", name + " must be a whole number");
        }
    }
}
