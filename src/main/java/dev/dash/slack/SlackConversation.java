package dev.dash.slack;

import dev.dash.agent.Coordinator;
import dev.dash.chart.ChartImages;
import dev.dash.run.Asker;
import dev.dash.run.QuestionLimit;
import dev.dash.run.RunEvents;
import dev.dash.run.RunExecutor;
import dev.dash.run.RunResponse;
import dev.dash.run.RunsBusy;
import dev.dash.run.SlackPlace;
import dev.dash.run.Via;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.jboss.logging.Logger;

/**
 * Answers one Slack message in its thread: a "working on it" note first, replaced by the answer, then the chart.
 * The thread is the session; the Slack user id is the user id. A question over the limit gets a short note instead,
 * and is neither stored nor sent to a model.
 */
@ApplicationScoped
public class SlackConversation {

    static final String WORKING = "_Working on it…_";
    static final String FAILED = "Sorry, I could not answer that: something went wrong on my side. Please try again.";

    private static final Logger LOG = Logger.getLogger(SlackConversation.class);

    private final Coordinator coordinator;
    private final SlackClient slack;
    private final SlackEventLog events;
    private final ChartImages charts;
    private final SlackSettings settings;
    private final RunExecutor runs;
    private final QuestionLimit limit;

    public SlackConversation(Coordinator coordinator, SlackClient slack, SlackEventLog events, ChartImages charts,
            SlackSettings settings, RunExecutor runs, QuestionLimit limit) {
        this.runs = runs;
        this.limit = limit;
        this.coordinator = coordinator;
        this.slack = slack;
        this.events = events;
        this.charts = charts;
        this.settings = settings;
    }

    /** Runs on a virtual thread after the acknowledgement: the agents need a request context of their own. */
    @ActivateRequestContext
    public void handle(SlackEvent event) {
        SlackEvent.Kind kind = event.kind();
        if (kind == SlackEvent.Kind.IGNORED || event.question().isEmpty()
                || kind == SlackEvent.Kind.THREAD_REPLY && !events.answeredIn(event.sessionId())) {
            return;
        }
        String channel = event.channel();
        String thread = event.thread();
        if (limit.exceededBy(event.question())) {
            refuseTooLong(event);
            return;
        }
        String working;
        try {
            working = slack.post(channel, thread, WORKING);
        } catch (SlackFailure e) {
            LOG.warnf("Slack event %s: could not reply in %s: %s", event.eventId(), channel, e.getMessage());
            return;
        }
        try {
            RunResponse run = answer(event);
            slack.update(channel, working, SlackText.of(run.answer(), run.result(), settings.maxTableRows())
                    + SlackSources.footer(run));
            attachChart(event, run);
        } catch (RunsBusy e) {
            slack.update(channel, working, e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf("Slack event %s in %s failed: %s", event.eventId(), event.sessionId(), e.toString());
            slack.update(channel, working, FAILED);
        }
    }

    private void refuseTooLong(SlackEvent event) {
        try {
            slack.post(event.channel(), event.thread(), "Sorry, that question is too long for me: please keep it under "
                    + limit.described() + ".");
        } catch (SlackFailure e) {
            LOG.warnf("Slack event %s: could not reply in %s: %s", event.eventId(), event.channel(), e.getMessage());
        }
    }

    /** The answer stands without its chart: a refused upload (a bot without files:write) is only logged. */
    private void attachChart(SlackEvent event, RunResponse run) {
        try {
            charts.png(run).ifPresent(png -> slack.upload(event.channel(), event.thread(), "chart.png", "Chart", png));
        } catch (RuntimeException e) {
            LOG.warnf("Slack event %s: the answer is posted but its chart is not (does the bot have files:write?): %s",
                    event.eventId(), e.toString());
        }
    }

    private RunResponse answer(SlackEvent event) {
        return runs.call(ignored -> ask(event), RunEvents.NONE);
    }

    /** A thread is shared: another person's reply continues the session its first asker opened. */
    private RunResponse ask(SlackEvent event) {
        return coordinator.ask(asker(event), event.sessionId(), event.question(), RunEvents.NONE);
    }

    /** A Slack user holds the scopes the workspace is given ({@code dash.slack.scopes}), in the thread asked in. */
    private Asker asker(SlackEvent event) {
        return new Asker(event.user(), settings.scopes(), Via.SLACK, new SlackPlace(event.channel(), event.thread()));
    }
}
