package controlmap.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

/**
 * Turns the hand input {@code place-sketches.json} into {@code places.geojson}: each sketch is drawn (circle, ring
 * and/or governorate of {@code syria-governorates.geojson}, cut to one bank of a river of {@code rivers-source/} and to
 * another place where it says so), clipped to {@code syria-outline.geojson}, made valid, reduced to
 * Polygon/MultiPolygon and rounded to {@value #DECIMALS} decimals. The output is deterministic (features sorted by id), so the committed file can be
 * checked against a fresh run.
 *
 * <pre>java -cp … controlmap.geo.PlaceDigitiser DATA_DIR [OUT_FILE]</pre>
 */
public final class PlaceDigitiser {

    public static final String SKETCHES = "place-sketches.json";
    public static final String OUTLINE = "syria-outline.geojson";
    public static final String PLACES = "places.geojson";
    public static final String GOVERNORATES = "syria-governorates.geojson";
    /** Folder of river lines, one file {@code <river>.geojson} each holding a LineString feature of that id. */
    public static final String RIVERS = "rivers-source";
    /** Decimals kept in lon/lat: 1e-5 degrees is about 1 m, far below the shapes' uncertainty. */
    public static final int DECIMALS = 5;
    public static final String GEOMETRY_QUALITY = "approximate";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GeometryFactory gf = new GeometryFactory();
    private final PrecisionModel rounding = new PrecisionModel(Math.pow(10, DECIMALS));

    /** args[0]: the data folder holding the sketches and the outline; args[1], optional: the output file. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: PlaceDigitiser DATA_DIR [OUT_FILE]  (default OUT_FILE: DATA_DIR/" + PLACES + ")");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]);
        Path out = args.length == 2 ? Path.of(args[1]) : dataDir.resolve(PLACES);
        int n = new PlaceDigitiser().write(dataDir, out);
        System.out.println("wrote " + n + " places to " + out);
    }

    /** Digitises the sketches in {@code dataDir} and writes the FeatureCollection to {@code out}; returns the count. */
    public int write(Path dataDir, Path out) throws IOException {
        List<ObjectNode> features = digitise(dataDir);
        Files.writeString(out, render(features), StandardCharsets.UTF_8);
        return features.size();
    }

    /** The place features, sorted by id, each with {@code type}, {@code id}, {@code properties} and {@code geometry}. */
    public List<ObjectNode> digitise(Path dataDir) throws IOException {
        Geometry outline = readOutline(dataDir.resolve(OUTLINE));
        JsonNode root = JSON.readTree(dataDir.resolve(SKETCHES).toFile());
        List<PlaceSketch> sketches = new ArrayList<>();
        for (JsonNode n : root.path("places")) {
            sketches.add(PlaceSketch.fromJson(n));
        }
        sketches.sort(Comparator.comparing(PlaceSketch::id));
        Path govFile = dataDir.resolve(GOVERNORATES);
        Map<String, Geometry> governorates = Files.exists(govFile) ? readById(govFile) : Map.of();
        // Places cut to another place come after the places they are cut to.
        Map<String, Geometry> drawn = new TreeMap<>();
        for (boolean cutToAnother : new boolean[] {false, true}) {
            for (PlaceSketch s : sketches) {
                if ((s.within() != null) != cutToAnother) {
                    continue;
                }
                if (drawn.containsKey(s.id())) {
                    throw new IllegalArgumentException("duplicate place id " + s.id());
                }
                drawn.put(s.id(), finish(s.id(), draw(s, dataDir, governorates, drawn), outline));
            }
        }
        List<ObjectNode> features = new ArrayList<>();
        for (PlaceSketch s : sketches) {
            features.add(feature(s, drawn.get(s.id())));
        }
        return features;
    }

    /** The sketch's shape before clipping: its circle or ring, governorate, river bank and host place, overlapped. */
    private Geometry draw(PlaceSketch s, Path dataDir, Map<String, Geometry> governorates, Map<String, Geometry> drawn)
            throws IOException {
        Geometry g = s.hasShape() ? validated(s.shape(gf)) : null;
        if (s.governorate() != null) {
            Geometry gov = governorates.get(s.governorate());
            if (gov == null) {
                throw new IllegalArgumentException(s.id() + ": no governorate " + s.governorate() + " in " + GOVERNORATES);
            }
            g = g == null ? gov : validated(g.intersection(gov));
        }
        if (s.river() != null) {
            Geometry river = readById(dataDir.resolve(RIVERS).resolve(s.river() + ".geojson")).get(s.river());
            if (!(river instanceof LineString line)) {
                throw new IllegalArgumentException(s.id() + ": no LineString " + s.river() + " in " + RIVERS);
            }
            g = RiverSide.of(g, line, s.bank());
        }
        if (s.within() != null) {
            Geometry host = drawn.get(s.within());
            if (host == null) {
                throw new IllegalArgumentException(s.id() + ": within " + s.within() + ", which is not a place cut to nothing");
            }
            g = validated(g.intersection(host));
        }
        return g;
    }

    /**
     * The sketch's shape inside {@code outline}, valid, polygonal and rounded to {@value #DECIMALS} decimals.
     *
     * @throws IllegalStateException when nothing of the shape lies in the outline or no valid shape can be made
     */
    Geometry clip(PlaceSketch s, Geometry outline) {
        return finish(s.id(), validated(s.shape(gf)), outline);
    }

    private Geometry finish(String id, Geometry shape, Geometry outline) {
        Geometry clipped = polygonal(validated(shape.intersection(outline)));
        // Snap-rounding keeps the result valid, unlike rounding each coordinate on its own; check again all the same.
        Geometry rounded = polygonal(validated(GeometryPrecisionReducer.reduce(clipped, rounding)));
        if (rounded.isEmpty()) {
            throw new IllegalStateException(id + ": the shape does not overlap Syria's outline");
        }
        TopologyValidationError err = new IsValidOp(rounded).getValidationError();
        if (err != null) {
            throw new IllegalStateException(id + ": invalid after rounding: " + err);
        }
        rounded.normalize();
        return rounded;
    }

    private static Geometry validated(Geometry g) {
        return IsValidOp.isValid(g) ? g : GeometryFixer.fix(g);
    }

    /** Drops any points or lines an overlay left behind; one polygon stays a Polygon, several a MultiPolygon. */
    private Geometry polygonal(Geometry g) {
        @SuppressWarnings("unchecked")
        List<Polygon> polygons = PolygonExtracter.getPolygons(g);
        polygons.removeIf(Geometry::isEmpty);
        if (polygons.size() == 1) {
            return polygons.get(0);
        }
        return gf.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private ObjectNode feature(PlaceSketch s, Geometry g) throws IOException {
        ObjectNode f = JSON.createObjectNode();
        f.put("type", "Feature");
        f.put("id", s.id());
        ObjectNode p = f.putObject("properties");
        p.put("name", s.name());
        p.put("name_ar", s.nameAr());
        p.put("kind", s.kind());
        p.put("geometry_quality", GEOMETRY_QUALITY);
        p.put("note", s.note());
        GeoJsonWriter w = new GeoJsonWriter(DECIMALS);
        w.setEncodeCRS(false);
        w.setForceCCW(true); // RFC 7946 §3.1.6
        f.set("geometry", JSON.readTree(w.write(g)));
        return f;
    }

    /** One feature per line: reviewable diffs and a stable byte-for-byte output. */
    static String render(List<ObjectNode> features) throws IOException {
        StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (int i = 0; i < features.size(); i++) {
            sb.append(JSON.writeValueAsString(features.get(i)));
            sb.append(i + 1 < features.size() ? ",\n" : "\n");
        }
        return sb.append("]}\n").toString();
    }

    /** The union of the polygons of every feature in a GeoJSON FeatureCollection file. */
    public static Geometry readOutline(Path file) throws IOException {
        List<Geometry> parts = new ArrayList<>(readById(file).values());
        if (parts.isEmpty()) {
            throw new IOException(file + ": no features");
        }
        Geometry outline = parts.size() == 1 ? parts.get(0) : new GeometryFactory().buildGeometry(parts).union();
        if (!IsValidOp.isValid(outline)) {
            throw new IOException(file + ": invalid outline: " + new IsValidOp(outline).getValidationError());
        }
        return outline;
    }

    /** The geometry of every feature of a GeoJSON FeatureCollection file, by feature id, in file order. */
    static Map<String, Geometry> readById(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        GeoJsonReader reader = new GeoJsonReader();
        Map<String, Geometry> out = new LinkedHashMap<>();
        try {
            for (JsonNode f : root.path("features")) {
                String id = f.path("id").asText(String.valueOf(out.size()));
                if (out.put(id, reader.read(JSON.writeValueAsString(f.get("geometry")))) != null) {
                    throw new IOException(file + ": duplicate feature id " + id);
                }
            }
        } catch (ParseException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        return out;
    }
}
