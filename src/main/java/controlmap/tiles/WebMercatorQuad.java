package controlmap.tiles;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * The one tile matrix set the tiles are cut in: OGC's WebMercatorQuad (EPSG:3857, 256-pixel tiles, one tile at zoom
 * 0, rows counted from the top), as OGC Two Dimensional Tile Matrix Set 2.0 JSON, plus the members of its 1.0
 * encoding ({@code type}, {@code identifier}, {@code supportedCRS}, {@code topLeftCorner}, the box's corners) that
 * GDAL 3.6's OGCAPI driver reads.
 */
public final class WebMercatorQuad {

    public static final String ID = "WebMercatorQuad";
    public static final String URI = "http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad";
    public static final String CRS = "http://www.opengis.net/def/crs/EPSG/0/3857";
    private static final int TILE_SIZE = 256;
    /** The size of a pixel the scale denominators are defined for: 0.28 mm. */
    private static final double PIXEL_METRES = 0.00028;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The tile columns and rows of one zoom level that hold something of a box. */
    public record Limits(int zoom, int minCol, int maxCol, int minRow, int maxRow) {
    }

    private WebMercatorQuad() {
    }

    /** The tile matrix set's definition, zoom 0 to {@link TileAddress#MAX_ZOOM}. */
    public static ObjectNode definition() {
        ObjectNode tms = NODES.objectNode();
        tms.put("type", "TileMatrixSetType"); // with identifier and boundingBox: how GDAL 3.6 knows the document
        tms.put("id", ID).put("identifier", ID);
        tms.put("title", "Google Maps Compatible for the World");
        tms.put("uri", URI);
        tms.put("crs", CRS).put("supportedCRS", CRS);
        tms.putArray("orderedAxes").add("E").add("N");
        tms.put("wellKnownScaleSet", "http://www.opengis.net/def/wkss/OGC/1.0/GoogleMapsCompatible");
        ObjectNode box = tms.putObject("boundingBox");
        box.put("crs", CRS);
        box.putArray("lowerLeft").add(-TileAddress.HALF).add(-TileAddress.HALF);
        box.putArray("upperRight").add(TileAddress.HALF).add(TileAddress.HALF);
        box.putArray("lowerCorner").add(-TileAddress.HALF).add(-TileAddress.HALF);
        box.putArray("upperCorner").add(TileAddress.HALF).add(TileAddress.HALF);
        ArrayNode matrices = tms.putArray("tileMatrices");
        for (int z = 0; z <= TileAddress.MAX_ZOOM; z++) {
            double cell = 2 * TileAddress.HALF / TILE_SIZE / (1L << z);
            ObjectNode m = matrices.addObject();
            m.put("id", Integer.toString(z)).put("identifier", Integer.toString(z));
            m.put("scaleDenominator", cell / PIXEL_METRES);
            m.put("cellSize", cell);
            m.put("cornerOfOrigin", "topLeft");
            m.putArray("pointOfOrigin").add(-TileAddress.HALF).add(TileAddress.HALF);
            m.putArray("topLeftCorner").add(-TileAddress.HALF).add(TileAddress.HALF);
            m.put("tileWidth", TILE_SIZE).put("tileHeight", TILE_SIZE);
            m.put("matrixWidth", 1L << z).put("matrixHeight", 1L << z);
        }
        return tms;
    }

    /** For each zoom from 0 to {@code maxZoom}, the tiles that meet {@code lonLat} (CRS84). */
    public static List<Limits> limits(Envelope lonLat, int maxZoom) {
        List<Limits> out = new ArrayList<>();
        double minX = TileAddress.mercatorX(lonLat.getMinX());
        double maxX = TileAddress.mercatorX(lonLat.getMaxX());
        double minY = TileAddress.mercatorY(lonLat.getMinY());
        double maxY = TileAddress.mercatorY(lonLat.getMaxY());
        for (int z = 0; z <= maxZoom; z++) {
            out.add(new Limits(z, index(minX, z, false), index(maxX, z, false), index(maxY, z, true),
                    index(minY, z, true)));
        }
        return out;
    }

    /** The column of a Web Mercator x, or the row (from the top) of a y, at zoom {@code z}. */
    private static int index(double metres, int z, boolean row) {
        long n = 1L << z;
        double fromOrigin = row ? TileAddress.HALF - metres : metres + TileAddress.HALF;
        long i = (long) Math.floor(fromOrigin / (2 * TileAddress.HALF) * n);
        return (int) Math.max(0, Math.min(n - 1, i));
    }
}
