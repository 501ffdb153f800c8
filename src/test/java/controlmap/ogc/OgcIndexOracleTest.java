package controlmap.ogc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import controlmap.app.ControlMapApp;
import controlmap.cli.GenerateCommand;
import controlmap.cql2.Cql2Filter;
import controlmap.cql2.Cql2Text;
import controlmap.geo.GeoJsonGeometry;
import controlmap.service.ControlMapService;
import controlmap.store.gpkg.GeoPackageClaimStore;
import controlmap.testing.RunningService;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import picocli.CommandLine;

/**
 * Over HTTP, on a generated GeoPackage of about two thousand claims: every items request of the claims collection,
 * answered from the claim indexes, gives the features, order and numberMatched that filtering the whole collection
 * in the test gives (parameters read as the standard says, the CQL2 filter evaluated feature by feature), for many
 * random combinations of bbox, datetime, source/actor/place, filter, offset and limit; and each feature by id.
 */
class OgcIndexOracleTest {

    private static final String ITEMS = "/ogc/collections/claims/items";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static Path dir;
    static GeoPackageClaimStore store;
    static Javalin app;
    static List<Feature> all;
    static Envelope extent;

    @BeforeAll
    static void start() throws IOException {
        dir = Files.createTempDirectory("controlmap-oracle");
        Path gpkg = dir.resolve("claims.gpkg");
        int exit = new CommandLine(new GenerateCommand()).execute("--places", "120", "--sources", "4",
                "--changes", "4", "--seed", "3", "--quiet", "--out", gpkg.toString());
        assertEquals(0, exit, "generate");
        store = GeoPackageClaimStore.open(gpkg);
        app = new ControlMapApp(new ControlMapService(store)).javalin().start("127.0.0.1", 0);
        JsonNode fc = get(ITEMS + "?limit=10000");
        all = new ArrayList<>();
        extent = new Envelope();
        fc.path("features").forEach(f -> {
            Geometry g = GeoJsonGeometry.read(f.path("geometry"));
            extent.expandToInclude(g.getEnvelopeInternal());
            ObjectNode props = (ObjectNode) f.path("properties");
            all.add(new Feature(f.path("id").asText(), g, out -> {
                for (var e : props.properties()) {
                    out.writeFieldName(e.getKey());
                    out.writeTree(e.getValue());
                }
            }));
        });
        assertEquals(1920, all.size(), "120 places x 4 sources x 4 changes");
        assertEquals(1920, fc.path("numberMatched").asInt());
    }

    @AfterAll
    static void stop() throws IOException {
        app.stop();
        store.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static JsonNode get(String pathAndQuery) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                    + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), pathAndQuery + ": " + r.body());
            return RunningService.parse(r.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void randomRequestsAnswerAsFilteringEveryFeature() {
        Random r = new Random(12);
        for (int i = 0; i < 250; i++) {
            List<String> params = new ArrayList<>();
            Predicate<Feature> keep = f -> true;
            if (r.nextInt(3) == 0) {
                String name = List.of("source", "actor", "place").get(r.nextInt(3));
                String value = r.nextInt(8) == 0 ? "nobody" : text(some(r), name);
                params.add(name + "=" + enc(value));
                keep = keep.and(f -> value.equals(text(f, name)));
            }
            if (r.nextInt(3) == 0) {
                Envelope box = box(r);
                params.add("bbox=" + box.getMinX() + "," + box.getMinY() + "," + box.getMaxX() + "," + box.getMaxY());
                Geometry shape = GeoJsonGeometry.FACTORY.toGeometry(box);
                keep = keep.and(f -> f.geometry().intersects(shape));
            }
            if (r.nextInt(3) == 0) {
                String datetime = datetime(r);
                params.add("datetime=" + enc(datetime));
                TimeFilter t = TimeFilter.parse(datetime);
                keep = keep.and(f -> t.overlaps(day(f, "valid_from"), day(f, "valid_to")));
            }
            if (r.nextInt(3) != 0) {
                String filter = filter(r);
                params.add("filter=" + enc(filter));
                Cql2Filter compiled = Cql2Filter.compile(Cql2Text.parse(filter), new ClaimsCollection().queryables());
                keep = keep.and(compiled::test);
            }
            List<String> expected = all.stream().filter(keep).map(Feature::id).toList();
            int offset = r.nextInt(4) == 0 ? r.nextInt(expected.size() + 5) : 0;
            int limit = 1 + r.nextInt(r.nextBoolean() ? 10 : 400);
            params.add("offset=" + offset);
            params.add("limit=" + limit);
            String url = ITEMS + "?" + String.join("&", params);
            JsonNode fc = get(url);
            List<String> got = new ArrayList<>();
            fc.path("features").forEach(f -> got.add(f.path("id").asText()));
            int from = Math.min(offset, expected.size());
            assertEquals(expected.subList(from, Math.min(expected.size(), from + limit)), got, url);
            assertEquals(expected.size(), fc.path("numberMatched").asInt(-1), url + " numberMatched");
            boolean next = false;
            for (JsonNode l : fc.path("links")) {
                next |= l.path("rel").asText().equals("next");
            }
            assertEquals(offset + limit < expected.size(), next, url + " next link");
        }
    }

    @Test
    void eachFeatureByIdIsTheOneInTheCollection() {
        Random r = new Random(4);
        for (int i = 0; i < 40; i++) {
            Feature f = all.get(r.nextInt(all.size()));
            JsonNode one = get(ITEMS + "/" + enc(f.id()));
            assertEquals(f.id(), one.path("id").asText());
            assertEquals(f.properties(), one.path("properties"));
        }
    }

    private static Feature some(Random r) {
        return all.get(r.nextInt(all.size()));
    }

    private static String text(Feature f, String name) {
        JsonNode v = f.property(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate day(Feature f, String name) {
        String v = text(f, name);
        return v == null ? null : LocalDate.parse(v);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Envelope box(Random r) {
        double w = extent.getWidth() * (0.01 + r.nextDouble() * 0.3);
        double h = extent.getHeight() * (0.01 + r.nextDouble() * 0.3);
        double x = extent.getMinX() + r.nextDouble() * (extent.getWidth() - w);
        double y = extent.getMinY() + r.nextDouble() * (extent.getHeight() - h);
        return new Envelope(round(x), round(x + w), round(y), round(y + h));
    }

    private static double round(double v) {
        return Math.round(v * 1e5) / 1e5;
    }

    /** A day of the data (2013 to 2020), as the generated claims run over 2014-2019. */
    private static LocalDate someDay(Random r) {
        return LocalDate.of(2013, 6, 1).plusDays(r.nextInt(365 * 7));
    }

    private static String datetime(Random r) {
        String a = instant(r);
        return switch (r.nextInt(4)) {
            case 0 -> a;
            case 1 -> a + "/..";
            case 2 -> "../" + a;
            default -> {
                String b = instant(r);
                yield a.compareTo(b) <= 0 ? a + "/" + b : b + "/" + a;
            }
        };
    }

    private static String instant(Random r) {
        String d = r.nextBoolean() ? text(some(r), "valid_from") : someDay(r).toString();
        return r.nextBoolean() ? d : d + "T" + (r.nextBoolean() ? "00:00:00Z" : "13:30:00Z");
    }

    /** One to three parts, most of which the indexes know, joined by AND. */
    private static String filter(Random r) {
        int n = 1 + r.nextInt(3);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parts.add(part(r));
        }
        return String.join(" AND ", parts);
    }

    private static String part(Random r) {
        Feature f = some(r);
        String dateField = List.of("valid_from", "valid_to", "reported_on").get(r.nextInt(3));
        // half the time a day some claim has, where < and <= differ
        String d = r.nextBoolean() && text(f, dateField) != null ? text(f, dateField) : someDay(r).toString();
        String op = List.of("<", "<=", "=", ">=", ">").get(r.nextInt(5));
        Envelope b = box(r);
        return switch (r.nextInt(14)) {
            case 0 -> "source = '" + text(f, "source") + "'";
            case 1 -> "actor IN ('" + text(f, "actor") + "', '" + text(some(r), "actor") + "')";
            case 2 -> "'" + text(f, "place") + "' = place";
            case 3 -> "id = '" + f.id() + "'";
            case 4 -> dateField + " " + op + " DATE('" + d + "')";
            case 5 -> dateField + " " + op + " '" + d + "'";
            case 6 -> dateField + " " + op + " TIMESTAMP('" + d + "T" + (r.nextBoolean() ? "00:00:00Z')"
                    : "06:15:00Z')");
            case 7 -> dateField + " BETWEEN '" + d + "' AND '" + someDay(r) + "'";
            case 8 -> "valid_to IS " + (r.nextBoolean() ? "" : "NOT ") + "NULL";
            case 9 -> "S_INTERSECTS(geometry, BBOX(" + b.getMinX() + ", " + b.getMinY() + ", " + b.getMaxX() + ", "
                    + b.getMaxY() + "))";
            case 10 -> "NOT (source = '" + text(f, "source") + "')";
            case 11 -> "(actor = '" + text(f, "actor") + "' OR place = '" + text(f, "place") + "')";
            case 12 -> "quote LIKE '%" + (char) ('a' + r.nextInt(26)) + "%'";
            default -> "S_INTERSECTS(geometry, POLYGON((" + b.getMinX() + " " + b.getMinY() + ", " + b.getMaxX() + " "
                    + b.getMinY() + ", " + b.getMinX() + " " + b.getMaxY() + ", " + b.getMinX() + " " + b.getMinY()
                    + ")))";
        };
    }
}
