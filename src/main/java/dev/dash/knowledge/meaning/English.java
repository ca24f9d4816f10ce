package dev.dash.knowledge.meaning;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The English questions are read with, from {@code meaning/english.yaml}: the words and patterns of the language, not
 * of a business (its terms come from the vocabulary files). Loaded once; each field is documented in the file.
 */
public final class English {

    private static final English LOADED = load("meaning/english.yaml");

    final Pattern social;
    final Pattern build;
    final Pattern multiPart;
    final Pattern dataQuestion;
    final Pattern refersBack;
    final Pattern change;
    final Pattern advice;
    final Map<String, String> abbreviations;
    final Map<List<String>, String> contractions;
    final Set<String> grouping;
    final Set<String> filler;
    final Set<String> determiners;
    final Set<String> ranking;
    final Set<String> superlatives;
    final Set<String> comparing;
    final Set<String> ratio;
    final Set<String> listing;
    final Set<String> quantity;
    final Set<String> descending;
    final Set<String> ascending;
    final Set<String> favourable;
    final Set<String> unfavourable;
    final Set<String> naming;
    final Set<String> allTime;
    final Set<String> notMetricPrefixes;
    final Pattern period;
    final Pattern calendar;
    final Pattern relative;
    final Map<String, String> sameWindows;
    final Map<String, Pattern> periodUnits;
    final Pattern periodBeforeGrain;
    final Pattern present;
    final Pattern total;
    final List<String> trend;
    final Map<String, String> adjectiveGrains;
    final Set<String> typical;
    final List<String> grains;
    final Set<String> qualifiers;
    final Set<String> average;
    final Set<String> quantiles;
    final Set<String> comparative;
    final Set<List<String>> predicting;
    final Set<String> including;
    final Set<String> beforeRelativeWho;
    final Pattern window;

    /** Every word the lists and maps above name, for reading misspelt words. */
    final Set<String> listed;

    private English(Raw raw) {
        raw.requireAll();
        listed = raw.listedWords();
        social = pattern(raw.social());
        build = pattern(raw.build());
        multiPart = pattern(raw.multiPart());
        dataQuestion = pattern(raw.dataQuestion());
        refersBack = pattern(raw.refersBack());
        change = pattern(raw.change());
        advice = pattern(raw.advice());
        abbreviations = Map.copyOf(raw.abbreviations());
        contractions = raw.contractions().entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                e -> List.of(e.getKey().split(" ")), Map.Entry::getValue));
        grouping = Set.copyOf(raw.grouping());
        filler = Set.copyOf(raw.filler());
        determiners = Set.copyOf(raw.determiners());
        ranking = Set.copyOf(raw.ranking());
        superlatives = Set.copyOf(raw.superlatives());
        comparing = Set.copyOf(raw.comparing());
        ratio = Set.copyOf(raw.ratio());
        listing = Set.copyOf(raw.listing());
        quantity = Set.copyOf(raw.quantity());
        descending = Set.copyOf(raw.descending());
        ascending = Set.copyOf(raw.ascending());
        favourable = Set.copyOf(raw.favourable());
        unfavourable = Set.copyOf(raw.unfavourable());
        naming = Set.copyOf(raw.naming());
        allTime = Set.copyOf(raw.allTime());
        notMetricPrefixes = Set.copyOf(raw.notMetricPrefixes());
        period = pattern(raw.period());
        calendar = pattern(raw.calendar());
        relative = pattern(raw.relative());
        sameWindows = Map.copyOf(raw.sameWindows());
        periodUnits = raw.periodUnits().entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> pattern(e.getValue())));
        periodBeforeGrain = pattern(raw.periodBeforeGrain());
        present = pattern(raw.present());
        total = pattern(raw.total());
        trend = List.copyOf(raw.trend());
        adjectiveGrains = Map.copyOf(raw.adjectiveGrains());
        typical = Set.copyOf(raw.typical());
        grains = List.copyOf(raw.grains());
        qualifiers = Set.copyOf(raw.qualifiers());
        average = Set.copyOf(raw.average());
        quantiles = Set.copyOf(raw.quantiles());
        comparative = Set.copyOf(raw.comparative());
        predicting = Set.copyOf(raw.predicting().stream()
                .map(phrase -> List.of(phrase.split(" "))).toList());
        including = Set.copyOf(raw.including());
        beforeRelativeWho = Set.copyOf(raw.beforeRelativeWho());
        window = pattern(raw.window());
    }

    /** The language data every reader uses. */
    public static English get() {
        return LOADED;
    }

    static English load(String resource) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        try (InputStream in = English.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the class path");
            }
            return new English(yaml.readValue(in, Raw.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }

    private static Pattern pattern(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    /** The file as written, every key required. */
    @RegisterForReflection
    record Raw(String social, String build, String multiPart, String dataQuestion, String refersBack, String change,
            String advice, Map<String, String> abbreviations, Map<String, String> contractions,
            List<String> grouping, List<String> filler, List<String> determiners, List<String> ranking,
            List<String> superlatives, List<String> comparing, List<String> ratio,
            List<String> listing, List<String> quantity, List<String> descending, List<String> ascending,
            List<String> favourable, List<String> unfavourable, List<String> naming, List<String> allTime, List<String> notMetricPrefixes, String period, String calendar,
            String relative,
            Map<String, String> sameWindows, Map<String, String> periodUnits, String periodBeforeGrain, String present,
            String total, List<String> trend, Map<String, String> adjectiveGrains, List<String> typical,
            List<String> grains, List<String> qualifiers, List<String> average, List<String> quantiles,
            List<String> comparative, List<String> predicting, List<String> including, List<String> beforeRelativeWho,
            String window) {

        Set<String> listedWords() {
            Set<String> words = new java.util.HashSet<>();
            for (RecordComponent component : Raw.class.getRecordComponents()) {
                try {
                    Object value = component.getAccessor().invoke(this);
                    if (value instanceof List<?> list) {
                        list.forEach(w -> words.addAll(dev.dash.language.Words.of(String.valueOf(w))));
                    } else if (value instanceof Map<?, ?> map) {
                        map.forEach((k, v) -> words.addAll(dev.dash.language.Words.of(k + " " + v)));
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return Set.copyOf(words);
        }

        void requireAll() {
            for (RecordComponent component : Raw.class.getRecordComponents()) {
                try {
                    if (component.getAccessor().invoke(this) == null) {
                        throw new IllegalStateException("meaning/english.yaml has no "
                                + new PropertyNamingStrategies.SnakeCaseStrategy().translate(component.getName()));
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
