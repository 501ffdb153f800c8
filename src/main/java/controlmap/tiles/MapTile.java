package controlmap.tiles;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import controlmap.domain.Place;
import controlmap.geo.ZoomSimplifier;
import controlmap.query.ClaimIndex;
import controlmap.tiles.PlaceLooks.Look;
import controlmap.tiles.PlaceLooks.Run;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * One tile of the map page (XYZ, 256 pixels) for one map, over the whole time of the data: the places in it, each with
 * its shape simplified for the zoom and how it is drawn from day to day ({@link PlaceLooks}); or, where the tile holds
 * more places than could be seen apart ({@link #MAX_PLACES}), a grid of {@link #CELLS} × {@link #CELLS} cells, each
 * with the places whose centre falls in it counted ({@link CellTally}). The page scrubs through time with it and asks
 * nothing more while the view stays. The JSON form is described in docs/api.md.
 */
public final class MapTile {

    /** Above this many places reaching into a tile it is drawn as cells (16 px each: places smaller than that). */
    public static final int MAX_PLACES = 400;
    public static final int CELLS = 16;
    private static final JsonFactory JSON = new JsonFactory();
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private MapTile() {
    }

    /** The tile as JSON bytes; {@code first}..{@code last} is the data's extent in days (null: no claims). */
    public static byte[] json(ClaimIndex index, TileAddress t, PlaceLooks looks, LocalDate first, LocalDate last) {
        Envelope box = t.lonLat();
        List<Place> near = first == null ? List.of() : index.placesNear(box);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = JSON.createGenerator(bytes)) {
            out.writeStartObject();
            out.writeArrayFieldStart("tile");
            out.writeNumber(t.z());
            out.writeNumber(t.x());
            out.writeNumber(t.y());
            out.writeEndArray();
            out.writeStringField("first", first == null ? null : first.toString());
            Map<Look, Integer> codes = new LinkedHashMap<>();
            if (near.size() > MAX_PLACES) {
                out.writeNumberField("grid", CELLS);
                writeCells(out, index, t, looks, near, first, last, codes);
            } else {
                writePlaces(out, t, looks, near, first, last, codes);
            }
            writeLooks(out, codes);
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writePlaces(JsonGenerator out, TileAddress t, PlaceLooks looks, List<Place> near,
                                    LocalDate first, LocalDate last, Map<Look, Integer> codes) throws IOException {
        Geometry tile = FACTORY.toGeometry(t.lonLat());
        GeoJsonWriter geo = new GeoJsonWriter(decimals(t.z()));
        geo.setEncodeCRS(false);
        out.writeArrayFieldStart("places");
        for (Place p : near) {
            if (p.geometry() == null || !p.geometry().intersects(tile)) {
                continue;
            }
            out.writeStartObject();
            out.writeStringField("id", p.id());
            out.writeStringField("name", p.name());
            if (p.nameAr() != null) {
                out.writeStringField("name_ar", p.nameAr());
            }
            out.writeFieldName("geometry");
            Geometry g = ZoomSimplifier.tolerance(t.z()) == 0 ? p.geometry() : ZoomSimplifier.simplify(p.geometry(), t.z());
            out.writeRawValue(geo.write(g));
            writeRuns(out, looks.runs(p.id(), first, last), first, codes);
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    /** Enough decimals of a degree for a tenth of a pixel at zoom z. */
    static int decimals(int z) {
        return Math.max(2, Math.min(7, (int) Math.ceil(Math.log10(2560.0 * (1 << z) / 360.0))));
    }

    private static void writeCells(JsonGenerator out, ClaimIndex index, TileAddress t, PlaceLooks looks,
                                   List<Place> near, LocalDate first, LocalDate last, Map<Look, Integer> codes)
            throws IOException {
        PlaceLooks brief = new PlaceLooks(looks.index(), looks.source(), looks.compare(), looks.asOf(), true);
        Map<Integer, List<List<Run>>> byCell = new TreeMap<>();
        for (Place p : near) {
            int cell = cellOf(t, p.geometry());
            if (cell >= 0) {
                byCell.computeIfAbsent(cell, c -> new ArrayList<>()).add(brief.runs(p.id(), first, last));
            }
        }
        out.writeArrayFieldStart("cells");
        for (var e : byCell.entrySet()) {
            out.writeStartObject();
            out.writeArrayFieldStart("c");
            out.writeNumber(e.getKey() % CELLS);
            out.writeNumber(e.getKey() / CELLS);
            out.writeEndArray();
            writeRuns(out, merge(index, e.getValue()), first, codes);
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    /** The cell (row × CELLS + column) holding the centre of {@code g}'s envelope, or -1 when outside the tile. */
    static int cellOf(TileAddress t, Geometry g) {
        if (g == null || g.isEmpty()) {
            return -1;
        }
        Envelope e = g.getEnvelopeInternal();
        double n = 1 << t.z();
        double px = ((e.centre().x + 180.0) / 360.0 * n - t.x()) * CELLS;
        double lat = Math.toRadians(Math.max(-85.0511287798, Math.min(85.0511287798, e.centre().y)));
        double py = ((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2 * n - t.y()) * CELLS;
        if (px < 0 || py < 0 || px >= CELLS || py >= CELLS) {
            return -1;
        }
        return (int) py * CELLS + (int) px;
    }

    /** A cell's runs from its places' runs: a sweep over the days any of them changes, counting as it goes. */
    private static List<Run> merge(ClaimIndex index, List<List<Run>> places) {
        TreeMap<LocalDate, List<int[]>> events = new TreeMap<>(); // day → {place, run}
        for (int p = 0; p < places.size(); p++) {
            List<Run> runs = places.get(p);
            for (int r = 0; r < runs.size(); r++) {
                events.computeIfAbsent(runs.get(r).day(), d -> new ArrayList<>()).add(new int[] {p, r});
            }
        }
        CellTally tally = new CellTally(index);
        Look[] now = new Look[places.size()];
        List<Run> out = new ArrayList<>();
        Look before = null;
        for (var e : events.entrySet()) {
            for (int[] pr : e.getValue()) {
                tally.count(now[pr[0]], -1);
                now[pr[0]] = places.get(pr[0]).get(pr[1]).look();
                tally.count(now[pr[0]], 1);
            }
            Look look = tally.look();
            if (out.isEmpty() || !Objects.equals(look, before)) {
                out.add(new Run(e.getKey(), look));
                before = look;
            }
        }
        return out;
    }

    /** "r": [day, code, day, code, …]: days counted from the data's first day, code -1 for nothing drawn. */
    private static void writeRuns(JsonGenerator out, List<Run> runs, LocalDate first, Map<Look, Integer> codes)
            throws IOException {
        out.writeArrayFieldStart("r");
        long base = first.toEpochDay();
        for (Run r : runs) {
            out.writeNumber(r.day().toEpochDay() - base);
            out.writeNumber(r.look() == null ? -1 : codes.computeIfAbsent(r.look(), l -> codes.size()));
        }
        out.writeEndArray();
    }

    private static void writeLooks(JsonGenerator out, Map<Look, Integer> codes) throws IOException {
        out.writeArrayFieldStart("looks");
        for (Look l : codes.keySet()) {
            out.writeStartObject();
            out.writeStringField("actor", l.actor());
            out.writeStringField("kind", l.kind());
            if (l.disputed()) {
                out.writeBooleanField("disputed", true);
            }
            if (!l.against().isEmpty()) {
                out.writeArrayFieldStart("against");
                for (String s : l.against()) {
                    out.writeString(s);
                }
                out.writeEndArray();
            }
            if (l.places() > 0) {
                out.writeNumberField("votes", l.votes());
                out.writeNumberField("of", l.of());
                out.writeNumberField("places", l.places());
                out.writeNumberField("disputes", l.disputes());
            }
            out.writeEndObject();
        }
        out.writeEndArray();
    }
}
