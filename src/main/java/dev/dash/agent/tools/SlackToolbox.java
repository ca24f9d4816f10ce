package dev.dash.agent.tools;

import dev.dash.agent.runtime.Conversations;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.agent.tool.ToolSpecifications;
import dev.langchain4j.service.tool.DefaultToolExecutor;
import dev.langchain4j.service.tool.ToolExecutor;
import dev.langchain4j.service.tool.ToolProvider;
import dev.langchain4j.service.tool.ToolProviderRequest;
import dev.langchain4j.service.tool.ToolProviderResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Gives the leader, per call, only the Slack tools its run may use ({@link SlackReach}): none to runs from the web,
 * AgentOS or the evals, so their model never sees one. Deliberately not a {@code ToolProvider} bean: Quarkus would
 * hand such a bean to every AI service.
 */
@ApplicationScoped
public class SlackToolbox implements Supplier<ToolProvider> {

    private final Conversations conversations;
    private final Map<String, Offer> tools = new LinkedHashMap<>();

    public SlackToolbox(SlackTools slack, Conversations conversations) {
        this.conversations = conversations;
        for (Method method : SlackTools.class.getDeclaredMethods()) {
            if (method.isAnnotationPresent(Tool.class)) {
                ToolSpecification spec = ToolSpecifications.toolSpecificationFrom(method);
                tools.put(spec.name(), new Offer(spec, new DefaultToolExecutor(slack, method)));
            }
        }
    }

    @Override
    public ToolProvider get() {
        return this::provide;
    }

    private ToolProviderResult provide(ToolProviderRequest request) {
        Set<String> allowed = SlackReach.of(conversations.run(request.chatMemoryId()).asker()).tools();
        ToolProviderResult.Builder result = ToolProviderResult.builder();
        tools.forEach((name, offer) -> {
            if (allowed.contains(name)) {
                result.add(offer.spec(), offer.executor());
            }
        });
        return result.build();
    }

    private record Offer(ToolSpecification spec, ToolExecutor executor) {
    }
}
