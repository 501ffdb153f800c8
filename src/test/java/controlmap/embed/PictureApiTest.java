package controlmap.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import controlmap.domain.Place;
import controlmap.render.Basemap;
import controlmap.render.Palette;
import controlmap.render.Projection;
import controlmap.render.PictureRenderer;
import controlmap.render.PictureSpec;
import controlmap.service.ControlMapService.Snapshot;
import controlmap.testing.RunningService;
import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/** GET /api/snapshot.png: the view drawn on the server, over HTTP. */
class PictureApiTest {

    static RunningService svc;

    @BeforeAll
    static void start() {
        svc = RunningService.start();
    }

    @AfterAll
    static void stop() {
        svc.close();
    }

    static BufferedImage png(String query) throws IOException {
        HttpResponse<byte[]> r = svc.getBytes("/api/snapshot.png" + query);
        assertEquals(200, r.statusCode(), new String(r.body()));
        assertEquals("image/png", r.headers().firstValue("Content-Type").orElse(""));
        return ImageIO.read(new ByteArrayInputStream(r.body()));
    }

    /** Where the interior of {@code place} (away from every other place) is in a map of the picture. */
    static Point2D inside(String place, Projection p) {
        Snapshot s = svc.service().snapshot();
        Geometry g = s.index().place(place).orElseThrow().geometry();
        for (Place other : s.index().places()) {
            if (!other.id().equals(place) && other.geometry().intersects(g)) {
                g = g.difference(other.geometry());
            }
        }
        Point c = g.getInteriorPoint();
        return p.point(c.getX(), c.getY());
    }

    static Projection projection(PictureSpec spec, int map) {
        Snapshot s = svc.service().snapshot();
        return new PictureRenderer(Basemap.load()).layout(new PictureRenderer.Data(s.index(), s.sources()), spec)
                .maps().get(map).projection();
    }

    static Color at(BufferedImage img, Point2D p) {
        return new Color(img.getRGB((int) p.getX(), (int) p.getY()));
    }

    static Color actor(String id) {
        return Palette.seen(Palette.actor(svc.service().snapshot().index().actor(id).orElseThrow().color())); // as the map shows it
    }

    /** True when most pixels around {@code p} are {@code colour} or the dispute hatch (red, white). */
    static boolean filledOrHatched(BufferedImage img, Point2D p, Color colour) {
        return filledOrHatched(img, p, colour, 20);
    }

    /**
     * True when at least {@code least} of the 169 pixels around {@code p} are {@code colour}, and some the dispute
     * hatch: a place held in part shows its actor's colour only in stripes, fewer pixels than a fill.
     */
    static boolean filledOrHatched(BufferedImage img, Point2D p, Color colour, int least) {
        int fill = 0;
        int hatch = 0;
        for (int dx = -6; dx <= 6; dx++) {
            for (int dy = -6; dy <= 6; dy++) {
                Color c = new Color(img.getRGB((int) p.getX() + dx, (int) p.getY() + dy));
                fill += near(c, colour, 40) ? 1 : 0;
                hatch += near(c, Palette.DISPUTE, 60) || near(c, Palette.HATCH_LIGHT, 60) ? 1 : 0;
            }
        }
        return fill > least && hatch > 10;
    }

    static boolean near(Color a, Color b, double d) {
        int r = a.getRed() - b.getRed();
        int g = a.getGreen() - b.getGreen();
        int bl = a.getBlue() - b.getBlue();
        return Math.sqrt(r * r + g * g + bl * bl) < d;
    }

    @Test
    void aSocialCardWhosePixelsCarryTheActorsColours() throws IOException {
        BufferedImage img = png("?date=2017-12-08&source=sohr");
        Files.createDirectories(Path.of("target", "screenshots"));
        ImageIO.write(img, "png", Path.of("target", "screenshots", "api-snapshot-sohr-1200x630.png").toFile());
        assertEquals(1200, img.getWidth());
        assertEquals(630, img.getHeight());
        Projection p = projection(new PictureSpec(LocalDate.parse("2017-12-08"), "sohr", null, null, 1200, 630), 0);
        assertTrue(filledOrHatched(img, inside("deir-ezzor-east", p), actor("isis"), 8),
                "ISIS in part of the province east of the Euphrates (stripes), hatched");
        assertEquals(actor("not-isis"), at(img, inside("deir-ezzor-west", p)));
        assertEquals(Palette.SEA, at(img, p.point(35.5, 35.0)), "the Mediterranean");
        assertEquals(Palette.COUNTRY, at(img, p.point(41.8, 33.6)), "Iraq");
        assertEquals(Palette.FOCUS, at(img, p.point(41.0, 36.8)), "Syria, away from every place (Hasakah)");
    }

    @Test
    void aPictureOfAViewLooksWhereTheViewLooks() throws IOException {
        String view = "?date=2017-12-08&source=russia-mod&lat=33.545&lng=36.43&z=10";
        BufferedImage img = png(view);
        ImageIO.write(img, "png", Path.of("target", "screenshots", "api-snapshot-ghouta-z10.png").toFile());
        LocalDate day = LocalDate.parse("2017-12-08");
        Projection zoomed = projection(new PictureSpec(day, "russia-mod", null, null, 1200, 630,
                new PictureSpec.Centre(33.545, 36.43, 10)), 0);
        Projection country = projection(new PictureSpec(day, "russia-mod", null, null, 1200, 630), 0);
        double wide = zoomed.x(36.54) - zoomed.x(36.325);
        double leaflet = (36.54 - 36.325) / 360 * 256 * Math.pow(2, 10);
        assertTrue(wide > 0.9 * leaflet && wide < 1.1 * leaflet,
                "Eastern Ghouta as wide as on a web map at zoom 10 (" + leaflet + " px): " + wide + " px");
        assertTrue(wide > 5 * (country.x(36.54) - country.x(36.325)), "and far larger than in the country view");
        assertTrue(filledOrHatched(img, inside("eastern-ghouta", zoomed), actor("not-isis")),
                "Russia's claim, in its colour, hatched: al-Abdullah says ISIS holds areas in it");
        String path = "/api/snapshot.png";
        assertNotEquals(svc.get(path + view).headers().firstValue("ETag"),
                svc.get(path + "?date=2017-12-08&source=russia-mod").headers().firstValue("ETag"), "another picture");
    }

    @ParameterizedTest
    @ValueSource(strings = {"&lat=33.5&lng=36.4", "&lat=33.5&z=9", "&lng=36.4&z=9", "&lat=91&lng=36.4&z=9",
        "&lat=33.5&lng=181&z=9", "&lat=33.5&lng=36.4&z=23", "&lat=33.5&lng=36.4&z=NaN", "&lat=1e1&lng=36.4&z=9",
        "&lat=33.5&lng=36.4&z=-1"})
    void aCentreNeedsLatLngAndZoomInRange(String extra) {
        HttpResponse<String> r = svc.get("/api/snapshot.png?date=2017-12-08" + extra);
        assertEquals(400, r.statusCode(), extra + ": " + r.body());
        String parameter = RunningService.parse(r.body()).path("parameter").asText();
        assertTrue(java.util.List.of("lat", "lng", "z").contains(parameter), extra + " names " + parameter);
    }

    @Test
    void compareDrawsBothSourcesSideBySideAtTheAskedSize() throws IOException {
        BufferedImage img = png("?date=2017-12-08&source=sohr&compare=russia-mod&width=1000&height=500");
        assertEquals(1000, img.getWidth());
        assertEquals(500, img.getHeight());
        PictureSpec spec = new PictureSpec(LocalDate.parse("2017-12-08"), "sohr", "russia-mod", null, 1000, 500);
        assertTrue(filledOrHatched(img, inside("deir-ezzor-east", projection(spec, 0)), actor("isis"), 3), "SOHR: ISIS, in part");
        assertTrue(filledOrHatched(img, inside("deir-ezzor-east", projection(spec, 1)), actor("not-isis")), "Russia: not ISIS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"&width=0", "&width=199", "&width=2401", "&width=99999999999", "&width=abc", "&width=-1",
        "&width=1e3", "&width=600.5", "&height=149", "&height=2401", "&height=0x100", "&source=nobody", "&compare=nobody",
        "&as_of=2017-02-30", "&format=gif", "&format=SVG", "&width=300&width=400", "&lang=fr", "&lang=AR"})
    void sillyRequestsAre400(String extra) {
        HttpResponse<String> r = svc.get("/api/snapshot.png?date=2017-12-08" + extra);
        assertEquals(400, r.statusCode(), extra + ": " + r.body());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
        String parameter = RunningService.parse(r.body()).path("parameter").asText();
        assertTrue(extra.startsWith("&" + parameter + "="), extra + " names " + parameter);
    }

    @Test
    void anArabicPictureForTheArabicEmbed() throws IOException {
        String ar = svc.get("/api/snapshot.png?date=2017-12-08&source=sohr&format=svg&lang=ar").body();
        assertTrue(ar.contains("ديسمبر"), "the day in Arabic");
        assertTrue(ar.contains("المرصد السوري لحقوق الإنسان"), "the source's Arabic name");
        assertTrue(ar.contains("تنظيم الدولة الإسلامية"), "the actors' Arabic names in the legend");
        String en = svc.get("/api/snapshot.png?date=2017-12-08&source=sohr&format=svg").body();
        assertFalse(en.contains("ديسمبر"));
        HttpResponse<byte[]> png = svc.getBytes("/api/snapshot.png?date=2017-12-08&source=sohr&lang=ar");
        assertEquals(200, png.statusCode());
        BufferedImage img = ImageIO.read(new java.io.ByteArrayInputStream(png.body()));
        Files.createDirectories(Path.of("target", "screenshots"));
        ImageIO.write(img, "png", Path.of("target", "screenshots", "api-snapshot-sohr-ar.png").toFile());
    }

    @Test
    void aTieIsDrawnAsNoMajority() {
        // 8 December 2017, all sources: Palmyra has The Duran's ISIS against the Russian MoD's "not ISIS"
        String svg = svc.get("/api/snapshot.png?date=2017-12-08&format=svg").body();
        assertTrue(svg.contains("No majority: the sources split evenly"), "the legend says so");
        assertTrue(svg.contains("fill=\"" + String.format("#%06x", controlmap.render.Palette.NO_MAJORITY.getRGB() & 0xffffff) + "\""),
                "the no-majority grey is drawn");
    }

    @Test
    void withOneSourceOnlyItsOwnDisputesAreHatched() {
        // 8 December 2017: SOHR disagrees with the Russian MoD east of the Euphrates only; the other disputes of that
        // day are among sources SOHR said nothing with
        int all = hatches(svc.get("/api/snapshot.png?date=2017-12-08&format=svg").body());
        int sohr = hatches(svc.get("/api/snapshot.png?date=2017-12-08&source=sohr&format=svg").body());
        assertEquals(2, sohr, "deir-ezzor-east and the legend's swatch");
        assertTrue(all > sohr + 3, "all sources: every dispute (" + all + ")");
    }

    private static int hatches(String svg) {
        return svg.split("fill=\"url\\(#hatch", -1).length - 1;
    }

    @Test
    void aDayIsRequiredAndTheSmallestAndLargestSizesAreDrawn() throws IOException {
        assertEquals(400, svc.get("/api/snapshot.png").statusCode());
        assertEquals(400, svc.get("/api/snapshot.png?date=2017-13-01").statusCode());
        BufferedImage small = png("?date=2017-12-08&width=200&height=150");
        assertEquals(200, small.getWidth());
        assertEquals(150, small.getHeight());
        BufferedImage big = png("?date=2017-12-08&width=2400&height=2400");
        assertEquals(2400, big.getHeight());
    }

    @Test
    void picturesCarryAnEtagAndAnswer304() {
        HttpResponse<byte[]> r = svc.getBytes("/api/snapshot.png?date=2017-12-08&source=sohr");
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertTrue(r.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals(304, svc.getBytes("/api/snapshot.png?date=2017-12-08&source=sohr", "If-None-Match", etag).statusCode());
        assertEquals(200, svc.getBytes("/api/snapshot.png?date=2017-12-09&source=sohr", "If-None-Match", etag).statusCode());
    }

    @Test
    void theSameDrawingAsSvg() throws Exception {
        HttpResponse<String> r = svc.get("/api/snapshot.png?date=2017-12-08&source=sohr&format=svg&width=800&height=500");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
        Files.writeString(Path.of("target", "screenshots", "api-snapshot-sohr-800x500.svg"), r.body());
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(r.body())));
        var svg = doc.getDocumentElement();
        assertEquals("svg", svg.getTagName());
        assertEquals("800", svg.getAttribute("width"));
        assertEquals("500", svg.getAttribute("height"));
        var paths = doc.getElementsByTagName("path");
        int hatched = 0;
        for (int i = 0; i < paths.getLength(); i++) {
            var p = (org.w3c.dom.Element) paths.item(i);
            hatched += p.getAttribute("fill").startsWith("url(#hatch") ? 1 : 0;
        }
        // ISIS's colour: its place's stripes (a pattern) and its legend swatch
        int isis = r.body().split("fill=\"" + String.format("#%06x", actor("isis").getRGB() & 0xffffff) + "\"", -1).length - 1;
        assertTrue(isis >= 2, "ISIS's place and its legend swatch: " + isis);
        assertTrue(r.body().contains("<pattern id=\"part-"), "part of a place: stripes");
        assertTrue(hatched >= 2, "disputed places and the legend's swatch: " + hatched);
        assertTrue(r.body().contains(">8 December"), "the day");
        assertTrue(r.body().contains("ControlMap · outlines: Natural Earth"));
        String etag = r.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> png = svc.getBytes("/api/snapshot.png?date=2017-12-08&source=sohr&width=800&height=500");
        assertTrue(!etag.equals(png.headers().firstValue("ETag").orElse("")), "PNG and SVG are different answers");
    }
}
