package dev.dash.agent;

import dev.dash.db.SqlResource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Picks who answers without asking a model: rules for the clear cases, then the nearest labelled examples. Sends a
 * question to a member only when sure; greetings, capability, multi-part and unclear questions go to the leader.
 */
@ApplicationScoped
public class Router {

    private static final Pattern SOCIAL = Pattern.compile(
            "^\\W*(hi|hello|hey|good (morning|afternoon|evening)|thanks?( you)?|thank you|cheers|bye|help)\\b.{0,40}$"
                    + "|what can you do|who are you|how do you work|what are you|what do you know",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BUILD = Pattern.compile(
            "\\b(create|build|make|add|set up|materiali[sz]e|refresh|rebuild|drop|replace|define)\\b.*"
                    + "\\b(view|views|table|tables|rollup|summary)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MULTI_PART = Pattern.compile(
            "\\?.+\\?|\\b(and then|after that|also|as well as)\\b|;", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATA_QUESTION = Pattern.compile(
            "^\\W*(what|which|who|how many|how much|show|list|give|top|count|compare|break down|when|where|average|total)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "on", "for", "to", "by", "is", "are",
            "was", "were", "me", "our", "we", "us", "do", "did", "does", "what", "which", "how", "and", "with", "s",
            "it", "that", "this", "there", "you", "your", "i", "my", "be", "can", "please");
    private static final double MIN_SIMILARITY = 0.2;
    private static final double SURE_ENGINEER = 0.5;

    private final List<Example> examples;

    public Router() {
        examples = SqlResource.read("agent/routing-examples.txt").lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\\|", 2))
                .map(p -> new Example(Route.valueOf(p[0].strip().toUpperCase(Locale.ROOT)), terms(p[1])))
                .toList();
    }

    public Route route(String question) {
        String q = question.strip();
        if (SOCIAL.matcher(q).find()) {
            return Route.LEADER;
        }
        if (!DropConfirmations.confirmedIn(q).isEmpty()) {
            return Route.ENGINEER;
        }
        if (MULTI_PART.matcher(q).find()) {
            return Route.LEADER;
        }
        if (BUILD.matcher(q).find()) {
            return Route.ENGINEER;
        }
        Set<String> terms = terms(q);
        Example nearest = examples.stream()
                .max(Comparator.comparingDouble(e -> similarity(terms, e.terms()))).orElseThrow();
        double score = similarity(terms, nearest.terms());
        if (score >= MIN_SIMILARITY) {
            return nearest.route() == Route.ENGINEER && score < SURE_ENGINEER ? Route.LEADER : nearest.route();
        }
        return DATA_QUESTION.matcher(q).find() && terms.size() >= 2 ? Route.ANALYST : Route.LEADER;
    }

    private static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both.size() / Math.sqrt((double) a.size() * b.size());
    }

    static Set<String> terms(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty() && !STOP.contains(w))
                .map(Router::stem)
                .collect(Collectors.toSet());
    }

    private static String stem(String word) {
        if (word.length() > 5 && word.endsWith("ing")) {
            return word.substring(0, word.length() - 3);
        }
        if (word.length() > 4 && word.endsWith("es")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private record Example(Route route, Set<String> terms) {
    }
}
