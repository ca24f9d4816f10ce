package dev.dash.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dash.testsupport.ScriptedModel.Reply;
import dev.dash.testsupport.ScriptedModel.Status;
import dev.dash.testsupport.ScriptedModel.Text;
import dev.dash.testsupport.ScriptedModel.ToolCall;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Writes a scripted reply as OpenAI's streamed chat completion: server-sent chunks in the order the API sends them. */
final class CompletionStream {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AtomicInteger ids = new AtomicInteger();

    /** Plays a reply as OpenAI's chat completion chunks: deltas, the finish reason, the usage, then [DONE]. */
    void write(Reply reply, OutputStream out) throws IOException {
        String id = "chatcmpl-" + ids.incrementAndGet();
        switch (reply) {
            case Text t -> {
                List<String> words = List.of(t.content().split("(?<= )"));
                for (int i = 0; i < words.size(); i++) {
                    if (i == t.holdAfter()) {
                        await(t.gate());
                    }
                    chunk(out, id, delta().put("content", words.get(i)), null);
                }
                chunk(out, id, delta(), "stop");
            }
            case ToolCall call -> {
                if (call.preamble() != null) {
                    chunk(out, id, delta().put("content", call.preamble()), null);
                }
                String args = JSON.writeValueAsString(call.arguments());
                ObjectNode first = delta();
                first.putNull("content");
                ObjectNode c = first.putArray("tool_calls").addObject().put("index", 0)
                        .put("id", "call_" + ids.incrementAndGet()).put("type", "function");
                c.putObject("function").put("name", call.name()).put("arguments", "");
                chunk(out, id, first, null);
                for (String part : List.of(args.substring(0, args.length() / 2), args.substring(args.length() / 2))) {
                    ObjectNode more = delta();
                    more.putArray("tool_calls").addObject().put("index", 0).putObject("function").put("arguments", part);
                    chunk(out, id, more, null);
                }
                chunk(out, id, delta(), "tool_calls");
            }
            case Status s -> throw new IllegalStateException();
        }
        ObjectNode usage = envelope(id);
        usage.putArray("choices");
        usage.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 20).put("total_tokens", 120);
        send(out, JSON.writeValueAsString(usage));
        send(out, "[DONE]");
    }

    private static ObjectNode delta() {
        return JSON.createObjectNode();
    }

    private void chunk(OutputStream out, String id, ObjectNode delta, String finishReason) throws IOException {
        ObjectNode root = envelope(id);
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        choice.set("delta", delta);
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason);
        }
        send(out, JSON.writeValueAsString(root));
    }

    private static ObjectNode envelope(String id) {
        return JSON.createObjectNode().put("id", id).put("object", "chat.completion.chunk").put("created", 1)
                .put("model", "scripted");
    }

    private static void send(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void await(CountDownLatch gate) {
        try {
            if (!gate.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test never opened the gate");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
