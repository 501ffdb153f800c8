package controlmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import controlmap.domain.Place;
import controlmap.domain.Source;
import controlmap.query.ClaimIndex;
import controlmap.store.SeedDataset;
import controlmap.testing.RunningService;
import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/** The picture carries the answer: places in their actors' colours where they are, the basemap elsewhere. */
class PictureRendererTest {

    static final LocalDate DAY = LocalDate.parse("2017-12-08");
    static final Path OUT = Path.of("target", "screenshots");
    static PictureRenderer.Data data;
    static PictureRenderer renderer;

    @BeforeAll
    static void load() {
        SeedDataset seed = RunningService.seedData();
        Map<String, Source> sources = new LinkedHashMap<>();
        seed.sources().forEach(s -> sources.put(s.id(), s));
        data = new PictureRenderer.Data(ClaimIndex.build(seed.places(), seed.actors(), seed.claims()), sources);
        renderer = new PictureRenderer(Basemap.load());
    }

    static void save(BufferedImage image, String name) throws IOException {
        Files.createDirectories(OUT);
        ImageIO.write(image, "png", OUT.resolve(name + ".png").toFile());
    }

    /** The picture of {@code spec}, saved as {@code name}.png, checked to be of the size asked for. */
    static BufferedImage drawn(PictureSpec spec, String name) throws IOException {
        BufferedImage img = renderer.image(data, spec);
        save(img, name);
        assertEquals(spec.width(), img.getWidth(), name + " width");
        assertEquals(spec.height(), img.getHeight(), name + " height");
        return img;
    }

    /** A point inside {@code place} and outside every other place (drawn over it or under it). */
    static Point2D onlyIn(String place, Projection p) {
        Geometry g = data.index().place(place).orElseThrow().geometry();
        for (Place other : data.index().places()) {
            if (!other.id().equals(place) && other.geometry().intersects(g)) {
                g = g.difference(other.geometry());
            }
        }
        Point c = g.getInteriorPoint();
        return p.point(c.getX(), c.getY());
    }

    static Color at(BufferedImage img, Point2D pt) {
        return new Color(img.getRGB((int) Math.floor(pt.getX()), (int) Math.floor(pt.getY())));
    }

    static double distance(Color a, Color b) {
        int dr = a.getRed() - b.getRed();
        int dg = a.getGreen() - b.getGreen();
        int db = a.getBlue() - b.getBlue();
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    static Color actor(String id) {
        return Palette.seen(Palette.actor(data.index().actor(id).orElseThrow().color())); // as the map shows it
    }

    @Test
    void aSocialCardOfSohrOn8December2017() throws IOException {
        PictureSpec spec = new PictureSpec(DAY, "sohr", null, null, 1200, 630);
        BufferedImage img = drawn(spec, "snapshot-sohr-2017-12-08");
        Projection p = renderer.layout(data, spec).maps().get(0).projection();

        // Deir Ezzor east of the Euphrates: ISIS in part for SOHR, and disputed (Russia's MoD says not ISIS): black
        // stripes under the hatch
        Point2D east = onlyIn("deir-ezzor-east", p);
        int black = 0;
        int hatch = 0;
        for (int dx = -6; dx <= 6; dx++) {
            for (int dy = -6; dy <= 6; dy++) {
                Color c = at(img, new Point2D.Double(east.getX() + dx, east.getY() + dy));
                black += distance(c, actor("isis")) < 40 ? 1 : 0;
                hatch += distance(c, Palette.DISPUTE) < 60 || distance(c, Palette.HATCH_LIGHT) < 60 ? 1 : 0;
            }
        }
        assertTrue(black > 8, "ISIS's colour (stripes: SOHR says a small part) under the hatch: " + black + " of 169 pixels");
        assertTrue(hatch > 10, "the dispute hatch: " + hatch + " of 169 pixels");
        // west of the river: not ISIS (holder not stated), not disputed: exactly its colour
        assertEquals(actor("not-isis"), at(img, onlyIn("deir-ezzor-west", p)));
        // the Mediterranean off Tartus, and Iraq: the basemap
        assertEquals(Palette.SEA, at(img, p.point(35.5, 35.0)));
        assertEquals(Palette.COUNTRY, at(img, p.point(41.8, 33.6)));
    }

    @Test
    void aZoomedPicturesLegendCountsThePlacesItShows() {
        PictureSpec country = new PictureSpec(DAY, "russia-mod", null, null, 1200, 630);
        PictureSpec ghouta = new PictureSpec(DAY, "russia-mod", null, null, 1200, 630,
                new PictureSpec.Centre(33.545, 36.43, 10));
        String all = legendText(country);
        String zoomed = legendText(ghouta);
        assertTrue(all.contains("Not ISIS (holder not stated) · 11 places"), all);
        // around Damascus at zoom 10: Eastern Ghouta and Yarmouk camp, both "not ISIS" for Russia's MoD
        assertTrue(zoomed.contains("Not ISIS (holder not stated) · 2 places"), zoomed);
        assertFalse(zoomed.contains("Syrian government"), "no place of that holder in view: " + zoomed);
        // the open Mediterranean at zoom 9: no place at all, so nothing disputed, no actor, no silent place
        String sea = legendText(new PictureSpec(DAY, "russia-mod", null, null, 1200, 630,
                new PictureSpec.Centre(33.0, 33.0, 9)));
        assertEquals("[]", sea, "nothing in view, nothing in the legend");
    }

    private static String legendText(PictureSpec spec) {
        return renderer.layout(data, spec).legend().stream()
                .map(i -> i.item().label() + i.item().detail()).toList().toString();
    }

    @Test
    void twoSourcesSideBySideAndOtherSizes() throws IOException {
        PictureSpec compare = new PictureSpec(DAY, "sohr", "russia-mod", null, 1200, 630);
        BufferedImage img = drawn(compare, "snapshot-compare");
        List<PictureLayout.MapFrame> maps = renderer.layout(data, compare).maps();
        assertEquals(2, maps.size(), "one map per source");
        assertTrue(maps.get(0).frame().getMaxX() <= 600, "SOHR's map in the left half: " + maps.get(0).frame());
        assertTrue(maps.get(1).frame().getMinX() >= 600, "Russia's MoD's map in the right half: "
                + maps.get(1).frame());
        Projection sohr = maps.get(0).projection();
        Projection mod = maps.get(1).projection();
        // both say "not ISIS" west of the Euphrates at Deir Ezzor: its colour in both halves
        assertEquals(actor("not-isis"), at(img, onlyIn("deir-ezzor-west", sohr)));
        assertEquals(actor("not-isis"), at(img, onlyIn("deir-ezzor-west", mod)));
        // Russia's MoD alone speaks of the city (the government's) and of Eastern Ghouta ("not ISIS"); SOHR's half
        // shows no holder there
        assertEquals(actor("syrian-government"), at(img, onlyIn("deir-ezzor-city", mod)));
        assertEquals(actor("not-isis"), at(img, onlyIn("eastern-ghouta", mod)));
        assertEquals(Palette.FOCUS, at(img, onlyIn("eastern-ghouta", sohr)));

        drawn(new PictureSpec(DAY, null, null, null, 600, 400), "snapshot-all-600x400");
        drawn(new PictureSpec(DAY, "russia-mod", null, LocalDate.parse("2017-12-07"), 200, 150), "snapshot-200x150");
        PictureSpec tall = new PictureSpec(DAY, "sohr", null, null, 800, 1000);
        BufferedImage portrait = drawn(tall, "snapshot-portrait");
        Projection p = renderer.layout(data, tall).maps().get(0).projection();
        assertEquals(actor("not-isis"), at(portrait, onlyIn("deir-ezzor-west", p)));
    }
}
