package controlmap.ogc;

import controlmap.cql2.Cql2Filter;
import controlmap.geo.GeoJsonGeometry;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The validated parameters of an items request.
 *
 * @param limit   page size, 1 to {@link OgcNames#LIMIT_MAX}
 * @param offset  how many matching features to skip (0 or more)
 * @param boxes   the {@code bbox} as one box, or two when it crosses the antimeridian; null when not given
 * @param time    the {@code datetime} filter; null when not given
 * @param filters the collection's extra filters that were given: property name to the value it must equal
 * @param options the collection's other parameters that were given ({@link OgcCollection#options}), as sent
 * @param filter  the CQL2 {@code filter}, checked against the collection's queryables; null when not given
 */
public record ItemsQuery(int limit, int offset, List<Envelope> boxes, TimeFilter time, Map<String, String> filters,
                         Map<String, String> options, Cql2Filter filter) {

    public ItemsQuery {
        boxes = boxes == null ? null : List.copyOf(boxes);
        filters = Map.copyOf(filters);
        options = Map.copyOf(options);
    }

    /**
     * Where every matching feature's geometry lies, for a spatial index to find the candidates: the {@code bbox}
     * (both halves of one crossing the antimeridian) and the box the CQL2 filter requires; null when neither bounds
     * it. A superset: the candidates are then checked exactly.
     */
    public Envelope searchBox() {
        Envelope out = null;
        if (boxes != null) {
            out = new Envelope();
            boxes.forEach(out::expandToInclude);
        }
        Envelope f = filter == null ? null : filter.box();
        if (f != null) {
            out = out == null ? f : out.intersection(f);
        }
        return out;
    }

    /** True when there is no {@code bbox}, or {@code g} intersects it (exactly, not just by envelope). */
    public boolean inBox(Geometry g) {
        if (boxes == null) {
            return true;
        }
        for (Envelope box : boxes) {
            if (box.intersects(g.getEnvelopeInternal()) && GeoJsonGeometry.FACTORY.toGeometry(box).intersects(g)) {
                return true;
            }
        }
        return false;
    }

    /** True when filter {@code name} is not given, or {@code value} equals it. */
    public boolean passes(String name, String value) {
        String wanted = filters.get(name);
        return wanted == null || wanted.equals(value);
    }
}
