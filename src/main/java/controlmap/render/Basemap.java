package controlmap.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import controlmap.geo.GeoJsonGeometry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The offline outline basemap: Natural Earth country polygons, from the seed data packaged on the classpath, read
 * once for the pictures and for {@code GET /api/basemap} (which serves the file as it is, or simplified). Immutable.
 */
public final class Basemap {

    /** Where the country outlines are on the classpath. */
    public static final String RESOURCE = "/seed/basemap-countries.geojson";
    /** The country the map is about, drawn lighter and with a stronger outline, and framed by default. */
    public static final String FOCUS = "Syria";

    /** One country: its feature id, {@code name} and {@code iso_numeric} properties, and its outline. */
    public record Country(String id, String name, String isoNumeric, Geometry geometry) {
    }

    private final byte[] file;
    private final String source;
    private final List<Country> countries;
    private final Envelope focus;

    private Basemap(byte[] file, String source, List<Country> countries) {
        this.file = file;
        this.source = source;
        this.countries = List.copyOf(countries);
        Envelope e = new Envelope();
        countries.stream().filter(c -> FOCUS.equals(c.name())).forEach(c -> e.expandToInclude(c.geometry().getEnvelopeInternal()));
        this.focus = e;
    }

    /** Reads the outlines from the classpath. */
    public static Basemap load() {
        try (InputStream in = Basemap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("basemap missing from the classpath: " + RESOURCE);
            }
            byte[] file = in.readAllBytes();
            JsonNode fc = new ObjectMapper().readTree(file);
            List<Country> out = new ArrayList<>();
            for (JsonNode f : fc.path("features")) {
                JsonNode p = f.path("properties");
                out.add(new Country(f.path("id").asText(null), p.path("name").asText(""),
                        p.path("iso_numeric").asText(null), GeoJsonGeometry.read(f.path("geometry"))));
            }
            return new Basemap(file, fc.path("source").asText(null), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The GeoJSON file's bytes (a copy). */
    public byte[] file() {
        return file.clone();
    }

    /** The file's {@code source} member: where the outlines come from. */
    public String source() {
        return source;
    }

    /** Every country, in the file's order. */
    public List<Country> countries() {
        return countries;
    }

    /** The envelope of {@value #FOCUS} (a fresh copy; empty when the file has no such country). */
    public Envelope focus() {
        return new Envelope(focus);
    }
}
