package dev.dash.slack;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Takes an event inside Slack's 3-second window: drops what Dash does not answer and what it already took (by event
 * id, at any replica), and answers the rest on a virtual thread after the acknowledgement went out.
 */
@ApplicationScoped
public class SlackEvents {

    private static final Logger LOG = Logger.getLogger(SlackEvents.class);

    private final SlackEventLog log;
    private final SlackConversation conversation;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

    public SlackEvents(SlackEventLog log, SlackConversation conversation) {
        this.log = log;
        this.conversation = conversation;
    }

    /** Returns whether the event was taken for an answer. */
    public boolean accept(SlackEvent event, String retryNum) {
        if (event.kind() == SlackEvent.Kind.IGNORED || event.eventId() == null) {
            return false;
        }
        if (!log.firstTime(event.eventId())) {
            LOG.debugf("Slack event %s already taken (retry %s)", event.eventId(), retryNum);
            return false;
        }
        workers.submit(() -> {
            try {
                conversation.handle(event);
            } catch (RuntimeException e) {
                LOG.errorf("Slack event %s: %s", event.eventId(), e.toString());
            }
        });
        return true;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
