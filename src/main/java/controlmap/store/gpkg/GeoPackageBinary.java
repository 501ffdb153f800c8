package controlmap.store.gpkg;

import controlmap.store.StoreException;
import controlmap.store.StoredForm;
import java.io.IOException;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * JTS geometries to and from GeoPackage geometry binary (GeoPackage 1.4, clause 2.1.3): a header with the srs id
 * (always 4326 here) and the envelope, followed by 2D WKB. JTS writes and reads the WKB; NGA builds the header.
 *
 * <p>Only polygonal shapes are stored: a Polygon is written as a one-member MultiPolygon, so what comes back is
 * always a MultiPolygon (SRID 4326), matching the {@code MULTIPOLYGON} geometry columns.
 */
final class GeoPackageBinary {

    /** EPSG:4326, lon/lat; present in every GeoPackage's gpkg_spatial_ref_sys. */
    static final int SRS_ID = 4326;

    private GeoPackageBinary() {
    }

    /**
     * The shape as it will be stored: a MultiPolygon with SRID 4326 ({@code g} itself when it is one already), or null
     * for null.
     *
     * @throws StoreException when {@code g} is neither a Polygon nor a MultiPolygon
     */
    static MultiPolygon normalise(Geometry g) {
        return StoredForm.shape(g);
    }

    /** GeoPackage binary (with envelope) of {@link #normalise(Geometry) normalise(g)}; null for null. */
    static byte[] encode(Geometry g) {
        MultiPolygon multi = normalise(g);
        if (multi == null) {
            return null;
        }
        byte[] wkb = new WKBWriter(2).write(multi);
        try {
            return GeoPackageGeometryData.createFromWkbBuildEnvelopeAndWrite(SRS_ID, wkb).getBytes();
        } catch (IOException e) {
            throw new StoreException("cannot encode geometry as GeoPackage binary", e);
        }
    }

    /**
     * The geometry held in GeoPackage binary {@code blob}, with SRID 4326; null for null or an empty geometry.
     *
     * @throws StoreException when the blob is not valid GeoPackage binary
     */
    static Geometry decode(byte[] blob) {
        if (blob == null) {
            return null;
        }
        try {
            GeoPackageGeometryData data = GeoPackageGeometryData.create(blob);
            if (data.isEmpty()) {
                return null;
            }
            Geometry g = new WKBReader(StoredForm.factory()).read(data.getWkb());
            g.setSRID(SRS_ID);
            return g;
        } catch (IOException | ParseException | RuntimeException e) {
            throw new StoreException("cannot decode GeoPackage geometry binary", e);
        }
    }
}
