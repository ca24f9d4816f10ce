package dev.dash.agent;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Says at startup whether questions go to a model or only validated queries answer. */
@ApplicationScoped
public class ModelModeLog {

    private static final Logger LOG = Logger.getLogger(ModelModeLog.class);

    void onStart(@Observes StartupEvent event, ModelConfig model) {
        if (model.online()) {
            LOG.infof("Model: online (%s)", model.name());
        } else {
            LOG.info("Model: offline (no OPENAI_API_KEY or OPENAI_BASE_URL): only questions that match a validated "
                    + "query are answered; set OPENAI_API_KEY to answer everything");
        }
    }
}
