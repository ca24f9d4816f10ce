package dev.dash.slack;

import dev.dash.run.RunResponse;
import java.util.Optional;

/** The chart of an answer as a PNG, when the answer has one: uploaded into the thread under the reply. */
public interface ChartImages {

    Optional<byte[]> png(RunResponse run);
}
