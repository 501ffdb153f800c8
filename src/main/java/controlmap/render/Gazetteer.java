package controlmap.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import controlmap.geo.GeoJsonGeometry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * What orients a reader on the offline map: towns with their population, the main rivers and where each country's
 * name is written, all with English and Arabic names. Made once from GeoNames and Natural Earth by
 * {@code scripts/data/convert-gazetteer.mjs}, packaged with the seed data, read once for {@code GET /api/gazetteer}
 * and for the pictures. Immutable.
 */
public final class Gazetteer {

    /** Where the gazetteer is on the classpath. */
    public static final String RESOURCE = "/seed/gazetteer.geojson";

    /** What a feature is. */
    public enum Kind { TOWN, RIVER, COUNTRY }

    /**
     * One named feature: a town (Point; {@code population} and {@code minZoom}, the web map zoom from which the map
     * names it), a river (MultiLineString) or a country's label point (Point). {@code nameAr} may be null.
     */
    public record Feature(String id, Kind kind, String name, String nameAr, long population, double minZoom,
            Geometry geometry) {
    }

    private final byte[] file;
    private final List<Feature> features;

    private Gazetteer(byte[] file, List<Feature> features) {
        this.file = file;
        this.features = List.copyOf(features);
    }

    /** The gazetteer of the classpath, read on first use and then shared (it never changes while the JVM runs). */
    public static Gazetteer load() {
        return Loaded.INSTANCE;
    }

    /** Holds the one instance: the JVM reads the file when the map or a picture first needs it. */
    private static final class Loaded {
        static final Gazetteer INSTANCE = read();
    }

    private static Gazetteer read() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("gazetteer missing from the classpath: " + RESOURCE);
            }
            byte[] file = in.readAllBytes();
            List<Feature> out = new ArrayList<>();
            for (JsonNode f : new ObjectMapper().readTree(file).path("features")) {
                JsonNode p = f.path("properties");
                out.add(new Feature(f.path("id").asText(), Kind.valueOf(p.path("kind").asText().toUpperCase()),
                        p.path("name").asText(), p.path("name_ar").isTextual() ? p.path("name_ar").asText() : null,
                        p.path("population").asLong(0), p.path("min_zoom").asDouble(0),
                        GeoJsonGeometry.read(f.path("geometry"))));
            }
            return new Gazetteer(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The GeoJSON file's bytes (a copy). */
    public byte[] file() {
        return file.clone();
    }

    /** The features of one kind, in the file's order (towns largest first). */
    public List<Feature> of(Kind kind) {
        return features.stream().filter(f -> f.kind() == kind).toList();
    }
}
