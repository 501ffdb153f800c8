package controlmap.ogc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import controlmap.cql2.Queryables;
import controlmap.service.ControlMapService.Snapshot;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A collection the OGC API serves, over one snapshot of the data: its description, its extent, a query over its
 * features in a stable order, and one feature by id. One implementation per kind of feature (places, claims).
 */
interface OgcCollection {

    /** The collection id, as in {@code /collections/{id}}. */
    String id();

    String title();

    String description();

    /** Names of the extra filter parameters: each keeps features whose property of that name equals the value. */
    List<String> filters();

    /** Parameters of this collection's items that are not filters: name → what it does (for the OpenAPI document). */
    default Map<String, String> options() {
        return Map.of();
    }

    /** The properties a CQL2 filter may name: those of {@link #propertySchema()} and the geometry. */
    default Queryables queryables() {
        return Queryables.fromSchema(propertySchema());
    }

    /** What {@code datetime} does here, for the OpenAPI document. */
    String datetimeMeaning();

    /** The properties an HTML list of the features shows, besides the id. */
    List<String> summary();

    /** The JSON schema of a feature's {@code properties}, for the OpenAPI document. */
    ObjectNode propertySchema();

    /** Fills {@code extent} (an empty object) with the standard's {@code spatial} and, if any, {@code temporal}. */
    void extent(Snapshot s, ObjectNode extent);

    /**
     * The features matching {@code q} ({@code bbox}: the geometry intersects a box; {@code datetime}: see the
     * implementation; filters: equality), in a stable order, and the page {@code q.offset()}, {@code q.limit()} of them.
     */
    Page select(Snapshot s, ItemsQuery q);

    /** The feature {@code id}, or empty. */
    Optional<Feature> find(Snapshot s, String id);

    /** A page of features and how many match in all. */
    record Page(long matched, List<Feature> features) {

        /**
         * The {@code offset}/{@code limit} page of {@code all}, converted by {@code toFeature}; with a CQL2 filter,
         * of those of {@code all} (the candidates the index found) that pass it.
         */
        static <T> Page of(List<T> all, ItemsQuery q, java.util.function.Function<T, Feature> toFeature) {
            if (q.filter() == null) {
                return new Page(all.size(), page(all, q).stream().map(toFeature).toList());
            }
            List<Feature> kept = new java.util.ArrayList<>();
            for (T t : all) {
                Feature f = toFeature.apply(t);
                if (q.filter().test(f)) {
                    kept.add(f);
                }
            }
            return new Page(kept.size(), List.copyOf(page(kept, q)));
        }

        private static <T> List<T> page(List<T> all, ItemsQuery q) {
            int from = Math.min(q.offset(), all.size());
            int to = (int) Math.min((long) from + q.limit(), all.size());
            return all.subList(from, to);
        }
    }
}
