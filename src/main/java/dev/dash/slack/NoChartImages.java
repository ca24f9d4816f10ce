package dev.dash.slack;

import dev.dash.run.RunResponse;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Until a chart renderer is present, replies carry no image. */
@DefaultBean
@ApplicationScoped
public class NoChartImages implements ChartImages {

    @Override
    public Optional<byte[]> png(RunResponse run) {
        return Optional.empty();
    }
}
