package dev.dash.retrieval;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values worked out from a key and kept for the next time it comes, up to a number of keys; past that it starts over.
 * For the work every question repeats over the same knowledge texts (their words, token counts, vectors). Not a cache
 * library's frequency-based admission: under a burst it dropped a new question's vector before the run asked for it
 * again, and `./dash bench load` lost about a second of p50 with Caffeine.
 */
public final class Remembered<K, V> {

    private final int most;
    private final Function<K, V> work;
    private final Map<K, V> values = new ConcurrentHashMap<>();

    public Remembered(int most, Function<K, V> work) {
        this.most = most;
        this.work = work;
    }

    public V get(K key) {
        V known = values.get(key);
        if (known == null) {
            // Worked out outside the map, so a slow key holds up no other; two threads may both do it once.
            known = work.apply(key);
            if (values.size() >= most) {
                values.clear();
            }
            values.put(key, known);
        }
        return known;
    }
}
