package controlmap.store.postgis;

import controlmap.store.StoreException;
import controlmap.store.StoredForm;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * Shapes on the wire to PostGIS: 2D WKB written by JTS and read by {@code ST_GeomFromWKB(?, 4326)}, and back from
 * {@code ST_AsBinary(geom)}. WKB carries doubles bit for bit, so a shape comes back exactly as it was stored.
 */
final class Wkb {

    /** SQL for a bound WKB parameter as a stored shape. */
    static final String FROM_PARAM = "ST_GeomFromWKB(?, " + StoredForm.SRID + ")";

    private Wkb() {
    }

    /** WKB of the shape in stored form (a MultiPolygon); null for null. */
    static byte[] encode(Geometry g) {
        Geometry shape = StoredForm.shape(g);
        return shape == null ? null : new WKBWriter(2).write(shape);
    }

    /** The shape in {@code wkb}, SRID 4326; null for null. */
    static Geometry decode(byte[] wkb) {
        if (wkb == null) {
            return null;
        }
        try {
            Geometry g = new WKBReader(StoredForm.factory()).read(wkb);
            g.setSRID(StoredForm.SRID);
            return g;
        } catch (ParseException e) {
            throw new StoreException("cannot decode a WKB shape from PostGIS", e);
        }
    }
}
