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
 * The offline outline basemap: Natural Earth country polygons, from the seed data packaged on the classpath (the same
 * file {@code GET /api/basemap} serves). Immutable.
 */
public final class Basemap {

    /** Where the country outlines are on the classpath. */
    public static final String RESOURCE = "/seed/basemap-countries.geojson";
    /** The country the map is about, drawn lighter and with a stronger outline, and framed by default. */
    public static final String FOCUS = "Syria";

    /** One country: its {@code name} property and its outline. */
    public record Country(String name, Geometry geometry) {
    }

    private final List<Country> countries;
    private final Envelope focus;

    private Basemap(List<Country> countries) {
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
            JsonNode fc = new ObjectMapper().readTree(in);
            List<Country> out = new ArrayList<>();
            for (JsonNode f : fc.path("features")) {
                out.add(new Country(f.path("properties").path("name").asText(""), GeoJsonGeometry.read(f.path("geometry"))));
            }
            return new Basemap(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
