package dev.dash.agent;

import dev.dash.agent.runtime.RunContext;
import dev.dash.run.RunMetrics;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/** Every dash_* series at zero from startup, for each agent that calls a model. */
@ApplicationScoped
class MetricSeries {

    void atStartup(@Observes StartupEvent started, RunMetrics metrics) {
        metrics.registerAtZero(List.of(RunContext.LEADER, Members.ANALYST, Members.ENGINEER, QueryPicker.AGENT));
    }
}
