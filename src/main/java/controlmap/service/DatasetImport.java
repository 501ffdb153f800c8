package controlmap.service;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.domain.Actor;
import controlmap.domain.Claim;
import controlmap.domain.Place;
import controlmap.domain.Source;
import controlmap.geo.ClaimDecoder;
import controlmap.geo.InvalidInputException;
import controlmap.geo.PlaceDecoder;
import controlmap.geo.ReferenceDecoder;
import controlmap.store.ClaimStore;
import controlmap.store.StoreException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Bulk import with the same rules as editing over HTTP, item by item: what passes is added, what fails is listed
 * with its file, field and reason. Unlike a request, an import is not all or nothing; it writes in transactions of
 * {@link #BATCH} items, so an interrupted import leaves whole batches.
 *
 * <p>Kinds go in dependency order (actors, sources, places, claims), so a claim may refer to a place added by the
 * same import. An id that exists in the store already is rejected (the import never overwrites; edit over HTTP for
 * that), which also makes running the same import twice harmless. With {@code dryRun} everything is checked and
 * counted, nothing written.
 */
public final class DatasetImport {

    /** Items per write transaction. */
    public static final int BATCH = 1_000;

    /** What an item is, in the order they are imported. */
    public enum Kind { ACTORS, SOURCES, PLACES, CLAIMS }

    /** One item of an input file: a Feature or a JSON object, with its path in the file for messages. */
    public record Item(String file, String path, JsonNode node) {
    }

    /** An item that was not imported, and why. */
    public record Rejection(Kind kind, String file, String field, String reason) {
        @Override
        public String toString() {
            return file + ": " + field + ": " + reason;
        }
    }

    /** What happened to each kind: read, added (or would be, in a dry run), rejected. */
    public record Count(int read, int added, int rejected) {
    }

    public record Summary(Map<Kind, Count> counts, List<Rejection> rejections, boolean dryRun) {
        public int added() {
            return counts.values().stream().mapToInt(Count::added).sum();
        }

        public int rejected() {
            return rejections.size();
        }
    }

    private final ClaimStore store;
    private final String editor;
    private final boolean dryRun;
    private final LongConsumer progress;
    private final Set<String> actors = new HashSet<>();
    private final Set<String> sources = new HashSet<>();
    private final Set<String> places = new HashSet<>();
    private final Set<String> claimIds = new HashSet<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final Map<Kind, Count> counts = new EnumMap<>(Kind.class);

    /**
     * @param progress told how many items were just dealt with (for a progress bar)
     */
    public DatasetImport(ClaimStore store, String editor, boolean dryRun, LongConsumer progress) {
        this.store = store;
        this.editor = editor;
        this.dryRun = dryRun;
        this.progress = progress;
        store.actors().forEach(a -> actors.add(a.id()));
        store.sources().forEach(s -> sources.add(s.id()));
        store.places().forEach(p -> places.add(p.id()));
    }

    /** Imports {@code items}, kind by kind in {@link Kind} order. */
    public Summary run(Map<Kind, List<Item>> items) {
        List<Item> none = List.of();
        importActors(items.getOrDefault(Kind.ACTORS, none));
        importSimple(Kind.SOURCES, items.getOrDefault(Kind.SOURCES, none), ReferenceDecoder::source, Source::id,
                sources, store::putSources);
        importSimple(Kind.PLACES, items.getOrDefault(Kind.PLACES, none), PlaceDecoder::place, Place::id, places,
                store::putPlaces);
        importClaims(items.getOrDefault(Kind.CLAIMS, none));
        return new Summary(Map.copyOf(counts), List.copyOf(rejections), dryRun);
    }

    /** Actors first decoded all, so {@code negates} may name an actor later in the same import. */
    private void importActors(List<Item> items) {
        List<Actor> decoded = new ArrayList<>();
        List<Item> from = new ArrayList<>();
        Set<String> batchIds = new HashSet<>();
        for (Item item : items) {
            Actor a = decode(Kind.ACTORS, item, ReferenceDecoder::actor);
            if (a != null && fresh(Kind.ACTORS, item, a.id(), actors, batchIds)) {
                decoded.add(a);
                from.add(item);
            }
        }
        List<Actor> accepted = new ArrayList<>();
        List<Item> acceptedItems = new ArrayList<>();
        for (int i = 0; i < decoded.size(); i++) {
            Actor a = decoded.get(i);
            if (a.negates() != null && !actors.contains(a.negates()) && !batchIds.contains(a.negates())) {
                reject(Kind.ACTORS, from.get(i), field(from.get(i), "negates"), "names no known actor: '"
                        + a.negates() + "'");
            } else {
                accepted.add(a);
                acceptedItems.add(from.get(i));
            }
        }
        int added = writeChunk(Kind.ACTORS, acceptedItems, accepted, store::putActors);
        if (added > 0) {
            accepted.forEach(a -> actors.add(a.id()));
        }
        counts.put(Kind.ACTORS, new Count(items.size(), added, countRejected(Kind.ACTORS)));
        progress.accept(items.size());
    }

    private <T> void importSimple(Kind kind, List<Item> items, BiFunction<JsonNode, String, T> decoder,
                                  Function<T, String> id, Set<String> known,
                                  Consumer<List<T>> put) {
        Set<String> batchIds = new HashSet<>();
        int added = 0;
        for (int start = 0; start < items.size(); start += BATCH) {
            List<Item> chunk = items.subList(start, Math.min(items.size(), start + BATCH));
            List<T> ok = new ArrayList<>();
            List<Item> okItems = new ArrayList<>();
            for (Item item : chunk) {
                T t = decode(kind, item, decoder);
                if (t != null && fresh(kind, item, id.apply(t), known, batchIds)) {
                    ok.add(t);
                    okItems.add(item);
                }
            }
            int written = writeChunk(kind, okItems, ok, put);
            if (written > 0) {
                ok.forEach(t -> known.add(id.apply(t)));
            }
            added += written;
            progress.accept(chunk.size());
        }
        counts.put(kind, new Count(items.size(), added, countRejected(kind)));
    }

    private void importClaims(List<Item> items) {
        ClaimValidator validator = new ClaimValidator(new References() {
            @Override
            public boolean hasSource(String id) {
                return sources.contains(id);
            }

            @Override
            public boolean hasPlace(String id) {
                return places.contains(id);
            }

            @Override
            public boolean hasActor(String id) {
                return actors.contains(id);
            }
        });
        int added = 0;
        for (int start = 0; start < items.size(); start += BATCH) {
            List<Item> chunk = items.subList(start, Math.min(items.size(), start + BATCH));
            List<Claim> ok = new ArrayList<>();
            List<Item> okItems = new ArrayList<>();
            for (Item item : chunk) {
                Claim c = decode(Kind.CLAIMS, item, ClaimDecoder::claim);
                if (c == null) {
                    continue;
                }
                try {
                    validator.check(c, item.path());
                } catch (Refused e) {
                    reject(Kind.CLAIMS, item, e.field(), e.reason());
                    continue;
                }
                String id = c.id();
                if (id == null) {
                    id = ClaimIds.generate(c, candidate -> claimIds.contains(candidate)
                            || store.claim(candidate).isPresent());
                } else if (claimIds.contains(id) || store.claim(id).isPresent()) {
                    reject(Kind.CLAIMS, item, field(item, "id"), "a claim '" + id + "' exists already");
                    continue;
                }
                claimIds.add(id);
                ok.add(ClaimIds.withId(c, id));
                okItems.add(item);
            }
            added += writeChunk(Kind.CLAIMS, okItems, ok, batch -> store.addClaims(batch, editor));
            progress.accept(chunk.size());
        }
        counts.put(Kind.CLAIMS, new Count(items.size(), added, countRejected(Kind.CLAIMS)));
    }

    private <T> T decode(Kind kind, Item item, BiFunction<JsonNode, String, T> decoder) {
        try {
            return decoder.apply(item.node(), item.path());
        } catch (InvalidInputException e) {
            reject(kind, item, e.field(), e.reason());
            return null;
        }
    }

    private boolean fresh(Kind kind, Item item, String id, Set<String> known, Set<String> batchIds) {
        if (known.contains(id) || !batchIds.add(id)) {
            reject(kind, item, field(item, "id"), "'" + id + "' exists already");
            return false;
        }
        return true;
    }

    /**
     * Writes {@code ok} (read from {@code okItems}) in one transaction, unless a dry run; a failed write rejects them
     * all.
     */
    private <T> int writeChunk(Kind kind, List<Item> okItems, List<T> ok, Consumer<List<T>> put) {
        if (ok.isEmpty() || dryRun) {
            return ok.size();
        }
        try {
            put.accept(ok);
            return ok.size();
        } catch (StoreException e) {
            for (Item item : okItems) {
                reject(kind, item, item.path(), "not written, the store failed: " + e.getMessage());
            }
            return 0;
        }
    }

    private void reject(Kind kind, Item item, String field, String reason) {
        rejections.add(new Rejection(kind, item.file(), field, reason));
    }

    private int countRejected(Kind kind) {
        return (int) rejections.stream().filter(r -> r.kind() == kind).count();
    }

    private static String field(Item item, String member) {
        return item.path().isEmpty() ? member : item.path() + "." + member;
    }
}
