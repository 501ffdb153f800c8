package controlmap.query;

import controlmap.domain.Claim;
import controlmap.domain.Place;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What newer claim versions change in an index: the places they are (or were) about get new {@link PlaceClaims};
 * the maps from place and from source are copied and those entries replaced, every other place's entry is shared.
 */
final class IndexUpdate {

    private final Set<String> replacedIds = new HashSet<>();
    private final List<Claim> added = new ArrayList<>();
    private final List<SourceTimeline> removedHistories = new ArrayList<>();
    private final List<SourceTimeline> addedHistories = new ArrayList<>();
    private final SortedMap<String, PlaceClaims> byPlace;
    private final Map<String, SortedMap<String, PlaceClaims>> bySource;
    private final long maxRecorded;

    IndexUpdate(SortedMap<String, Place> places, SortedMap<String, PlaceClaims> byPlace,
                Map<String, SortedMap<String, PlaceClaims>> bySource, ClaimsById byId, long maxRecorded,
                Collection<Claim> changed) {
        Map<String, Claim> latest = latestById(changed, maxRecorded);
        Set<String> touched = new TreeSet<>();
        long max = maxRecorded;
        for (Claim c : latest.values()) {
            replacedIds.add(c.id());
            Claim old = byId.get(c.id());
            if (old != null) {
                touched.add(old.place());
            }
            if (!c.retracted() && places.containsKey(c.place())) {
                added.add(c);
                touched.add(c.place());
            }
            max = Math.max(max, c.recorded());
        }
        added.sort(Comparator.comparingLong(Claim::recorded).thenComparing(Claim::id));
        this.maxRecorded = max;
        this.byPlace = new TreeMap<>(byPlace);
        this.bySource = new TreeMap<>(bySource);
        Map<String, List<Claim>> about = new HashMap<>();
        for (String placeId : touched) {
            List<Claim> kept = new ArrayList<>();
            PlaceClaims old = byPlace.get(placeId);
            if (old != null) {
                old.claims().stream().filter(c -> !replacedIds.contains(c.id())).forEach(kept::add);
            }
            about.put(placeId, kept);
        }
        added.forEach(c -> about.get(c.place()).add(c));
        Set<String> copiedSources = new HashSet<>();
        for (String placeId : touched) {
            replace(placeId, byPlace.get(placeId), about.get(placeId), places.get(placeId), copiedSources);
        }
        this.bySource.values().removeIf(Map::isEmpty);
    }

    private void replace(String placeId, PlaceClaims old, List<Claim> claims, Place place, Set<String> copied) {
        if (old != null) {
            for (SourceTimeline h : old.histories()) {
                removedHistories.add(h);
                sourceMap(h.source(), copied).remove(placeId);
            }
            byPlace.remove(placeId);
        }
        if (claims.isEmpty()) {
            return;
        }
        PlaceClaims now = new PlaceClaims(place, claims);
        byPlace.put(placeId, now);
        for (SourceTimeline h : now.histories()) {
            addedHistories.add(h);
            sourceMap(h.source(), copied).put(placeId, now);
        }
    }

    /** The map of {@code source} in the new index: copied the first time it is changed, dropped once empty. */
    private SortedMap<String, PlaceClaims> sourceMap(String source, Set<String> copied) {
        if (copied.add(source)) {
            SortedMap<String, PlaceClaims> old = bySource.get(source);
            bySource.put(source, old == null ? new TreeMap<>() : new TreeMap<>(old));
        }
        return bySource.get(source);
    }

    /** The newest version of each claim id among {@code changed}, each recorded after {@code maxRecorded}. */
    private static Map<String, Claim> latestById(Collection<Claim> changed, long maxRecorded) {
        Map<String, Claim> latest = new HashMap<>();
        for (Claim c : changed) {
            if (c.recorded() <= maxRecorded) {
                throw new IllegalArgumentException("claim " + c.id() + " was recorded as " + c.recorded()
                        + ", not after the index's " + maxRecorded);
            }
            latest.merge(c.id(), c, (a, b) -> a.recorded() > b.recorded()
                    || (a.recorded() == b.recorded() && a.version() >= b.version()) ? a : b);
        }
        return latest;
    }

    Set<String> replacedIds() {
        return replacedIds;
    }

    /** The claims that take part in answers from now on, ordered by recorded. */
    List<Claim> added() {
        return added;
    }

    List<SourceTimeline> removedHistories() {
        return removedHistories;
    }

    List<SourceTimeline> addedHistories() {
        return addedHistories;
    }

    SortedMap<String, PlaceClaims> byPlace() {
        return byPlace;
    }

    Map<String, SortedMap<String, PlaceClaims>> bySource() {
        return bySource;
    }

    long maxRecorded() {
        return maxRecorded;
    }
}
