package controlmap.service;

import controlmap.domain.Claim;
import controlmap.domain.Source;
import controlmap.query.ClaimIndex;
import controlmap.store.ClaimQuery;
import controlmap.store.ClaimStore;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store and the in-memory as-of index built from it. Reads are answered from an immutable {@link ClaimIndex}
 * snapshot; after a write the snapshot is rebuilt and swapped, so a reader never sees half of a write.
 */
public final class ControlMapService {

    /** How many times {@link #refresh} reads the store before settling for a snapshot writes kept overtaking. */
    private static final int MAX_READS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(ControlMapService.class);

    private final ClaimStore store;
    private final AtomicReference<Loaded> loaded = new AtomicReference<>();

    /** A snapshot and the store's reference version (actors, sources, places) it was read at; -1 = unknown. */
    private record Loaded(Snapshot snapshot, long referenceVersion) {
    }

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
        return loaded.get().snapshot();
    }

    /**
     * Brings the index up to date with the store (after a write, or when another process changed the store). When
     * only claims changed since the last snapshot, and the store can tell, only those are read and the index is
     * updated for the places they are about ({@link ClaimIndex#withChanges}); otherwise everything is read again.
     */
    public synchronized Snapshot refresh() {
        long version = store.dataVersion();
        Loaded current = loaded.get();
        if (current != null && current.snapshot().dataVersion() == version) {
            return current.snapshot();
        }
        // The reads below are separate queries: a write committed meanwhile would put newer data under an older
        // version, and instances sharing the store would answer differently under one ETag. So read until the
        // version is the same before and after; under a storm of writes, settle for labelling the data with the
        // version read before it (the next refresh then sees a newer version and rebuilds).
        Loaded next = null;
        for (int attempt = 0; attempt < MAX_READS && next == null; attempt++) {
            Loaded read = read(version, current);
            long after = store.dataVersion();
            if (after == version || attempt == MAX_READS - 1) {
                next = read;
            } else {
                version = after;
            }
        }
        loaded.set(next);
        return next.snapshot();
    }

    private Loaded read(long version, Loaded current) {
        long started = System.nanoTime();
        long references = store.referenceVersion();
        if (current != null && references >= 0 && references == current.referenceVersion()) {
            Snapshot s = current.snapshot();
            List<Claim> changed = store.claimsRecordedAfter(s.index().maxRecorded());
            ClaimIndex index = s.index().withChanges(changed);
            LOG.debug("data version {}: {} changed claim(s) applied in {} ms", version, changed.size(),
                    (System.nanoTime() - started) / 1_000_000);
            return new Loaded(new Snapshot(index, s.sources(), version), references);
        }
        List<Claim> claims = store.claims(ClaimQuery.everything());
        long readAt = System.nanoTime();
        ClaimIndex index = ClaimIndex.build(store.places(), store.actors(), claims);
        Map<String, Source> sources = new LinkedHashMap<>();
        store.sources().forEach(src -> sources.put(src.id(), src));
        LOG.info("data version {}: {} claims read in {} ms, indexed in {} ms", version, claims.size(),
                (readAt - started) / 1_000_000, (System.nanoTime() - readAt) / 1_000_000);
        return new Loaded(new Snapshot(index, Collections.unmodifiableMap(sources), version), references);
    }
}
