package controlmap.tiles;

import controlmap.domain.Actor;
import controlmap.domain.Claim;
import controlmap.query.ControlEntry;
import controlmap.query.ControlQuery;
import controlmap.service.ControlMapService.Snapshot;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.JtsAdapter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtEncoder;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.UserDataKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerParams;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * One Mapbox Vector Tile of the map: the as-of answer of {@code /api/control} for a day (per place and source, the
 * claim the as-of rule picks) in one layer, {@value #LAYER}, one feature per answer with the place, its name, the
 * actor, the actor's colour, the source, the claim id, the claim's dates and whether the sources disagree about the
 * place that day ({@code disputed}, among every source, as {@code /api/disputes}). Geometry: the claim's own shape,
 * else its place's, clipped to the tile with a margin of {@value #BUFFER} of the {@value #EXTENT} units.
 */
public final class ControlTile {

    public static final String LAYER = "control";
    static final int EXTENT = 4096;
    static final int BUFFER = 64;
    private static final MvtLayerParams PARAMS = new MvtLayerParams(EXTENT);
    private static final GeometryFactory FACTORY = new GeometryFactory();

    /** The attributes of the layer's features and what each holds (for TileJSON's vector_layers). */
    public static final Map<String, String> FIELDS = fields();

    private ControlTile() {
    }

    private static Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("place", "String: the place id");
        f.put("place_name", "String: the place's English name");
        f.put("actor", "String: the actor id the source says held it");
        f.put("color", "String: the actor's colour, #rrggbb");
        f.put("source", "String: the source id (who made the statement)");
        f.put("claim", "String: the claim id (/api/claims/{id})");
        f.put("valid_from", "String: YYYY-MM-DD, absent when the source did not say since when");
        f.put("valid_to", "String: YYYY-MM-DD, absent when open");
        f.put("disputed", "Boolean: the sources' answers for the place conflict that day");
        return Collections.unmodifiableMap(f);
    }

    /** A tile without features. */
    public static byte[] empty() {
        return MvtEncoder.encode(new JtsMvt(new JtsLayer(LAYER, List.of(), EXTENT)), PARAMS,
                new UserDataKeyValueMapConverter());
    }

    /** The tile {@code t} of the answer for {@code date} by {@code source} (null: every source) as of {@code asOf}. */
    public static byte[] encode(Snapshot s, TileAddress t, LocalDate date, String source, LocalDate asOf) {
        Envelope lonLat = t.lonLat();
        List<ControlEntry> entries = s.index().control(new ControlQuery(date, source, asOf, lonLat));
        Set<String> disputed = new HashSet<>();
        s.index().disputes(date, null, asOf, lonLat).forEach(d -> disputed.add(d.place().id()));
        Envelope tile = t.mercator();
        double margin = tile.getWidth() * BUFFER / EXTENT;
        Envelope clip = new Envelope(tile);
        clip.expandBy(margin);
        List<Geometry> features = new ArrayList<>();
        for (ControlEntry e : entries) {
            Claim c = e.claim();
            Geometry lonLatShape = c.geometry() != null ? c.geometry() : e.place().geometry();
            Geometry g = JtsAdapter.createTileGeom(mercator(lonLatShape), tile, clip, FACTORY, PARAMS, x -> true);
            if (g == null || g.isEmpty()) {
                continue;
            }
            Map<String, Object> properties = properties(s, e, disputed.contains(e.place().id()));
            // a plain collection (clipping can give one) is written as its parts: give each the attributes
            List<Geometry> parts = new ArrayList<>();
            if (g.getClass() == org.locationtech.jts.geom.GeometryCollection.class) {
                for (int i = 0; i < g.getNumGeometries(); i++) {
                    parts.add(g.getGeometryN(i));
                }
            } else {
                parts.add(g);
            }
            for (Geometry part : parts) {
                part.setUserData(properties);
                features.add(part);
            }
        }
        return MvtEncoder.encode(new JtsMvt(new JtsLayer(LAYER, features, EXTENT)), PARAMS,
                new UserDataKeyValueMapConverter());
    }

    /** The feature's attributes; null values are left out (an MVT value cannot be null). */
    private static Map<String, Object> properties(Snapshot s, ControlEntry e, boolean disputed) {
        Claim c = e.claim();
        Map<String, Object> p = new LinkedHashMap<>();
        put(p, "place", e.place().id());
        put(p, "place_name", e.place().name());
        put(p, "actor", c.actor());
        put(p, "color", s.index().actor(c.actor()).map(Actor::color).orElse(null));
        put(p, "source", c.source());
        put(p, "claim", c.id());
        put(p, "valid_from", c.validFrom() == null ? null : c.validFrom().toString());
        put(p, "valid_to", c.validTo() == null ? null : c.validTo().toString());
        p.put("disputed", disputed);
        return p;
    }

    private static void put(Map<String, Object> p, String key, Object value) {
        if (value != null) {
            p.put(key, value);
        }
    }

    /** A copy of the lon/lat geometry {@code g} in Web Mercator metres. */
    static Geometry mercator(Geometry g) {
        Geometry out = g.copy();
        out.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                seq.setOrdinate(i, 0, TileAddress.mercatorX(seq.getX(i)));
                seq.setOrdinate(i, 1, TileAddress.mercatorY(seq.getY(i)));
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return out;
    }
}
