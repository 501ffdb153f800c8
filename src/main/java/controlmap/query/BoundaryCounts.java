package controlmap.query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * For each source, on how many of its (place, source) histories each day is a boundary (a validFrom or validTo):
 * the change dates are the days with a count, and an update only adjusts the counts of the histories it replaces
 * instead of collecting the boundaries of every claim again. Immutable: {@link #with} copies the maps of the sources
 * it touches (a few thousand days each at most) and shares the others.
 */
final class BoundaryCounts {

    private final Map<String, TreeMap<LocalDate, Integer>> bySource;
    private final Map<String, List<LocalDate>> datesBySource = new HashMap<>();
    private final List<LocalDate> all;

    private BoundaryCounts(Map<String, TreeMap<LocalDate, Integer>> bySource) {
        this.bySource = bySource;
        TreeSet<LocalDate> union = new TreeSet<>();
        bySource.forEach((source, counts) -> {
            datesBySource.put(source, List.copyOf(counts.keySet()));
            union.addAll(counts.keySet());
        });
        this.all = List.copyOf(union);
    }

    static BoundaryCounts of(Collection<PlaceClaims> places) {
        Map<String, TreeMap<LocalDate, Integer>> counts = new HashMap<>();
        for (PlaceClaims p : places) {
            for (SourceTimeline h : p.histories()) {
                add(counts.computeIfAbsent(h.source(), s -> new TreeMap<>()), h, 1);
            }
        }
        return new BoundaryCounts(counts);
    }

    /** The counts once the histories {@code removed} are gone and {@code added} are there. */
    BoundaryCounts with(Collection<SourceTimeline> removed, Collection<SourceTimeline> added) {
        Map<String, TreeMap<LocalDate, Integer>> counts = new HashMap<>(bySource);
        Map<String, TreeMap<LocalDate, Integer>> copied = new HashMap<>();
        for (SourceTimeline h : removed) {
            add(copy(counts, copied, h.source()), h, -1);
        }
        for (SourceTimeline h : added) {
            add(copy(counts, copied, h.source()), h, 1);
        }
        counts.values().removeIf(TreeMap::isEmpty);
        return new BoundaryCounts(counts);
    }

    private static TreeMap<LocalDate, Integer> copy(Map<String, TreeMap<LocalDate, Integer>> counts,
                                                    Map<String, TreeMap<LocalDate, Integer>> copied, String source) {
        return copied.computeIfAbsent(source, s -> {
            TreeMap<LocalDate, Integer> c = new TreeMap<>(counts.getOrDefault(s, new TreeMap<>()));
            counts.put(s, c);
            return c;
        });
    }

    private static void add(TreeMap<LocalDate, Integer> counts, SourceTimeline h, int delta) {
        for (LocalDate d : h.boundaries()) {
            counts.merge(d, delta, (a, b) -> a + b == 0 ? null : a + b);
        }
    }

    /** The change dates of {@code source}, or of every source when null; ascending, unmodifiable. */
    List<LocalDate> dates(String source) {
        return source == null ? all : datesBySource.getOrDefault(source, List.of());
    }
}
