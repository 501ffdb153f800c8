package controlmap.service;

import controlmap.domain.Source;
import controlmap.query.ClaimIndex;
import controlmap.store.ClaimQuery;
import controlmap.store.ClaimStore;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The store and the in-memory as-of index built from it. Reads are answered from an immutable {@link ClaimIndex}
 * snapshot; after a write the snapshot is rebuilt and swapped, so a reader never sees half of a write.
 */
public final class ControlMapService {

    /** How many times {@link #refresh} reads the store before settling for a snapshot writes kept overtaking. */
    private static final int MAX_READS = 5;

    private final ClaimStore store;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

    /** An index, the sources, and the store's data version they were built from. */
    public record Snapshot(ClaimIndex index, Map<String, Source> sources, long dataVersion) implements References {

        @Override
        public boolean hasSource(String id) {
            return sources.containsKey(id);
        }

        @Override
        public boolean hasPlace(String id) {
            return index.place(id).isPresent();
        }

        @Override
        public boolean hasActor(String id) {
            return index.actor(id).isPresent();
        }
    }

    public ControlMapService(ClaimStore store) {
        this.store = store;
        refresh();
    }

    public ClaimStore store() {
        return store;
    }

    /** The current snapshot: answer a whole request from one, so all its parts agree. */
    public Snapshot snapshot() {
        return snapshot.get();
    }

    /** Rebuilds the index from the store (after a write, or when another process changed the store). */
    public synchronized Snapshot refresh() {
        long version = store.dataVersion();
        Snapshot current = snapshot.get();
        if (current != null && current.dataVersion() == version) {
            return current;
        }
        // The reads below are separate queries: a write committed meanwhile would put newer data under an older
        // version, and instances sharing the store would answer differently under one ETag. So read until the
        // version is the same before and after; under a storm of writes, settle for labelling the data with the
        // version read before it (the next refresh then sees a newer version and rebuilds).
        Snapshot next = null;
        for (int attempt = 0; attempt < MAX_READS && next == null; attempt++) {
            Snapshot read = read(version);
            long after = store.dataVersion();
            if (after == version || attempt == MAX_READS - 1) {
                next = read;
            } else {
                version = after;
            }
        }
        snapshot.set(next);
        return next;
    }

    private Snapshot read(long version) {
        ClaimIndex index = ClaimIndex.build(store.places(), store.actors(), store.claims(ClaimQuery.all()));
        Map<String, Source> sources = new LinkedHashMap<>();
        store.sources().forEach(src -> sources.put(src.id(), src));
        return new Snapshot(index, Collections.unmodifiableMap(sources), version);
    }
}
