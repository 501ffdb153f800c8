package controlmap.store;

import controlmap.domain.Claim;
import controlmap.domain.Retraction;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;

/**
 * Values in the form every store keeps them (the contract's decisions): shapes as MultiPolygons in EPSG:4326,
 * instants to the millisecond.
 */
public final class StoredForm {

    /** EPSG:4326, lon/lat. */
    public static final int SRID = 4326;

    /**
     * Coordinates read from a store are kept packed, two doubles each in one array per ring (16 bytes a vertex instead
     * of a 40-byte object and a reference): a million-claim archive's 50,000 places hold two million vertices.
     */
    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), SRID,
            PackedCoordinateSequenceFactory.DOUBLE_FACTORY);

    private StoredForm() {
    }

    /** The factory for stored shapes (SRID 4326, floating precision, packed coordinates). */
    public static GeometryFactory factory() {
        return FACTORY;
    }

    /**
     * The shape as it will be stored: a MultiPolygon with SRID 4326 ({@code g} itself when it is one already), or null
     * for null.
     *
     * @throws StoreException when {@code g} is neither a Polygon nor a MultiPolygon
     */
    public static MultiPolygon shape(Geometry g) {
        if (g == null) {
            return null;
        }
        if (g instanceof MultiPolygon m && m.getSRID() == SRID) {
            return m;
        }
        MultiPolygon multi;
        if (g instanceof MultiPolygon m) {
            multi = (MultiPolygon) FACTORY.createGeometry(m);
        } else if (g instanceof Polygon p) {
            multi = FACTORY.createMultiPolygon(new Polygon[] {(Polygon) FACTORY.createGeometry(p)});
        } else {
            throw new StoreException("geometry must be a Polygon or MultiPolygon, not " + g.getGeometryType());
        }
        multi.setSRID(SRID);
        return multi;
    }

    /** An instant as stores keep it: to the millisecond; null for null. */
    public static Instant instant(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * {@code c} with id {@code id} and retraction {@code r}, its shape and instants in stored form; version, recorded
     * and editor are kept as they are in {@code c}.
     */
    public static Claim claim(Claim c, String id, Retraction r) {
        Retraction retraction = r == null ? null : new Retraction(r.by(), instant(r.at()), r.reason());
        return c.restated(id, shape(c.geometry()), instant(c.recordedAt()), retraction);
    }
}
