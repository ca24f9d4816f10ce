package dev.dash.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/** Server-sent events read off a response's lines as frames: each event's name and its JSON data. */
public final class SseFrames {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SseFrames() {
    }

    /** Reads frames (skipping keep-alive comments) until {@code count} of them matched, or the stream ended. */
    public static List<Frame> read(Iterator<String> lines, Predicate<Frame> wanted, int count) {
        List<Frame> frames = new ArrayList<>();
        String event = null;
        int matched = 0;
        while (matched < count && lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("event: ")) {
                event = line.substring(7);
            } else if (line.startsWith("data: ")) {
                Frame frame = new Frame(event, parse(line.substring(6)));
                frames.add(frame);
                if (wanted.test(frame)) {
                    matched++;
                }
            }
        }
        return frames;
    }

    /** Reads every frame until the stream ends. */
    public static List<Frame> readAll(Iterator<String> lines) {
        return read(lines, f -> false, Integer.MAX_VALUE);
    }

    /** The event names in order, a run of the same event counted once. */
    public static List<String> order(List<Frame> frames) {
        List<String> order = new ArrayList<>();
        frames.stream().map(Frame::event).filter(e -> order.isEmpty() || !order.getLast().equals(e)).forEach(order::add);
        return order;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One event: its name and its data. */
    public record Frame(String event, JsonNode data) {

        public static Predicate<Frame> named(String event) {
            return f -> f.event().equals(event);
        }
    }
}
