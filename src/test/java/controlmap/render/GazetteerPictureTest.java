package controlmap.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import controlmap.domain.Place;
import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/** Pictures orient the reader as the map does: the rivers drawn, the main towns and the rivers named. */
class GazetteerPictureTest {

    static PictureRenderer.Data data;
    static PictureRenderer renderer;

    @BeforeAll
    static void load() {
        PictureRendererTest.load();
        data = PictureRendererTest.data;
        renderer = PictureRendererTest.renderer;
    }

    @Test
    void theEuphratesIsDrawnWhereNoPlaceCoversIt() throws IOException {
        PictureSpec spec = new PictureSpec(PictureRendererTest.DAY, "sohr", null, null, 1200, 630);
        BufferedImage img = renderer.image(data, spec);
        PictureRendererTest.save(img, "snapshot-gazetteer-rivers");
        PictureLayout.MapFrame map = renderer.layout(data, spec).maps().get(0);
        Projection p = map.projection();
        Rectangle2D frame = map.frame();
        int tried = 0;
        int blue = 0;
        for (Coordinate c : Gazetteer.load().of(Gazetteer.Kind.RIVER).get(0).geometry().getCoordinates()) {
            Point2D at = p.point(c.x, c.y);
            boolean inPlace = data.index().places().stream().map(Place::geometry).anyMatch(g -> {
                Envelope e = new Envelope(g.getEnvelopeInternal());
                e.expandBy(0.05);
                return e.contains(c);
            });
            if (inPlace || !frame.contains(at.getX() - 3, at.getY() - 3, 6, 6)) {
                continue;
            }
            tried++;
            if (near(img, at, GazetteerPainter.RIVER)) {
                blue++;
            }
        }
        assertTrue(tried > 20, "enough of the river in the picture: " + tried);
        assertTrue(blue > tried * 0.8, blue + " of " + tried + " river points drawn in the river's blue");
    }

    @Test
    void theMainTownsAndTheRiversAreNamedInTheSvg() throws IOException {
        PictureSpec spec = new PictureSpec(PictureRendererTest.DAY, null, null, null, 1200, 630);
        PictureRendererTest.save(renderer.image(data, spec), "snapshot-gazetteer-names");
        String svg = new String(renderer.svg(data, spec), StandardCharsets.UTF_8);
        for (String name : new String[] {">Damascus<", ">Aleppo<", ">Euphrates<", ">IRAQ<"}) {
            assertTrue(svg.contains(name), name + " written in the picture");
        }
        assertTrue(!svg.contains(">Inkhil<"), "a town of 30,000 waits for a closer picture");
    }

    /** True when a pixel within 2 of {@code at} has about the colour {@code c} (the line is anti-aliased). */
    static boolean near(BufferedImage img, Point2D at, Color c) {
        for (int dx = -2; dx <= 2; dx++) {
            for (int dy = -2; dy <= 2; dy++) {
                Color px = new Color(img.getRGB((int) at.getX() + dx, (int) at.getY() + dy));
                if (PictureRendererTest.distance(px, c) < 60) {
                    return true;
                }
            }
        }
        return false;
    }
}
