package controlmap.render;

import controlmap.domain.Actor;
import controlmap.domain.Place;
import controlmap.domain.Source;
import controlmap.query.ClaimIndex;
import controlmap.render.Captions.Kind;
import controlmap.render.Captions.LegendItem;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.locationtech.jts.geom.Envelope;

/**
 * The map drawn on the server with Java2D, for social cards, print and readers whose browser runs no script: the
 * outline basemap, the places in their holders' colours, disputes hatched, a legend, the day, the source and the
 * attribution. Stateless apart from the basemap; safe to share between threads.
 */
public final class PictureRenderer {

    private final Basemap basemap;

    public PictureRenderer(Basemap basemap) {
        this.basemap = basemap;
    }

    /** The data a picture is drawn from: the index and the sources of one snapshot of the service. */
    public record Data(ClaimIndex index, Map<String, Source> sources) {
    }

    /** "8 December 2017". */
    public static String day(LocalDate d) {
        return PictureWords.EN.day(d);
    }

    /** The picture as PNG bytes. */
    public byte[] png(Data data, PictureSpec spec) {
        BufferedImage image = image(data, spec);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The picture. */
    public BufferedImage image(Data data, PictureSpec spec) {
        BufferedImage image = new BufferedImage(spec.width(), spec.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            draw(new RasterCanvas(g), data, spec);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The same picture as an SVG document (UTF-8 bytes), drawn by the same code. */
    public byte[] svg(Data data, PictureSpec spec) {
        SvgCanvas canvas = new SvgCanvas(spec.width(), spec.height());
        draw(canvas, data, spec);
        return canvas.document().getBytes(StandardCharsets.UTF_8);
    }

    private void draw(Canvas canvas, Data data, PictureSpec spec) {
        List<MapAnswer> answers = MapAnswer.of(data.index(), spec);
        PictureLayout layout = layout(data, spec, answers);
        canvas.fill(new Rectangle2D.Double(0, 0, spec.width(), spec.height()), Palette.PAPER);
        MapPainter painter = new MapPainter(basemap, colours(data.index()));
        for (int i = 0; i < layout.maps().size(); i++) {
            painter.paint(canvas, layout.maps().get(i), data.index().places(), answers.get(i), layout.unit());
        }
        layout.lines().forEach(canvas::text);
        layout.legend().forEach(item -> LegendPainter.paint(canvas, item, layout.unit()));
    }

    /** Where everything goes in the picture of {@code spec}: the frames and projections of its maps, its words. */
    public PictureLayout layout(Data data, PictureSpec spec) {
        return layout(data, spec, MapAnswer.of(data.index(), spec));
    }

    private PictureLayout layout(Data data, PictureSpec spec, List<MapAnswer> answers) {
        Envelope country = area(data);
        PictureSpec.Centre centre = spec.centre();
        return PictureLayout.of(spec.width(), spec.height(), answers.size(), captions(data, spec, answers),
                frame -> centre == null ? country
                        : centre.area((int) Math.round(frame.getWidth()), (int) Math.round(frame.getHeight())));
    }

    /** The area a picture frames unless told where to look: the focus country and every place. */
    private Envelope area(Data data) {
        Envelope e = basemap.focus();
        Envelope places = data.index().extent().bbox();
        if (places != null) {
            e.expandToInclude(places);
        }
        if (e.isNull()) {
            e = new Envelope(35.5, 42.5, 32.2, 37.4);
        }
        return e;
    }

    Captions captions(Data data, PictureSpec spec, List<MapAnswer> answers) {
        PictureWords w = PictureWords.of(spec);
        String headline = w.day(spec.date()) + (spec.asOf() == null ? "" : w.asOf(spec.asOf()));
        String subline;
        List<String> titles = new ArrayList<>();
        if (spec.comparing()) {
            titles.add(spec.source() == null ? w.allSourcesTitle() : sourceName(data, spec.source(), w));
            titles.add(sourceName(data, spec.compare(), w));
            subline = w.sideBySide(spec.source() != null);
        } else if (spec.source() == null) {
            subline = w.allSources();
        } else {
            subline = w.according(sourceName(data, spec.source(), w));
        }
        return new Captions(headline, subline, titles, legend(data.index(), answers, w));
    }

    private static String sourceName(Data data, String id, PictureWords w) {
        Source s = data.sources().get(id);
        return s == null ? id : w.source(s);
    }

    /**
     * The actors drawn (in the index's order), then how part, presence, no majority, disputed and no claim look when
     * the picture has any: only what is drawn, as on the map page.
     */
    private static List<LegendItem> legend(ClaimIndex index, List<MapAnswer> answers, PictureWords w) {
        Map<String, Integer> shown = new LinkedHashMap<>();
        EnumSet<MapAnswer.Mark> marks = EnumSet.noneOf(MapAnswer.Mark.class);
        boolean disputed = false;
        boolean silent = false;
        for (MapAnswer a : answers) {
            for (MapAnswer.Held h : a.holders().values()) {
                marks.add(h.mark());
                if (h.actor() != null) {
                    shown.merge(h.actor(), 1, Integer::sum);
                }
            }
            disputed |= !a.disputed().isEmpty();
            silent |= a.holders().size() < a.shown();
        }
        List<LegendItem> items = new ArrayList<>();
        for (Actor actor : index.actors()) {
            Integer count = shown.remove(actor.id());
            if (count != null) {
                items.add(new LegendItem(Kind.ACTOR, w.actor(actor), w.places(count, answers.size()),
                        Palette.actor(actor.color())));
            }
        }
        shown.forEach((id, count) -> items.add(new LegendItem(Kind.ACTOR, id, w.places(count, answers.size()),
                Palette.UNKNOWN_ACTOR)));
        Color sample = new Color(0x555555);
        if (marks.contains(MapAnswer.Mark.PART)) {
            items.add(new LegendItem(Kind.PART, w.part(), "", sample));
        }
        if (marks.contains(MapAnswer.Mark.PRESENCE)) {
            items.add(new LegendItem(Kind.PRESENCE, w.presence(), "", sample));
        }
        if (marks.contains(MapAnswer.Mark.NO_MAJORITY)) {
            items.add(new LegendItem(Kind.NO_MAJORITY, w.noMajority(), "", Palette.NO_MAJORITY));
        }
        if (disputed) {
            items.add(new LegendItem(Kind.DISPUTED, w.disputed(), "", Palette.DISPUTE));
        }
        if (silent) {
            items.add(new LegendItem(Kind.SILENT, w.silent(), "", Palette.SILENT_EDGE));
        }
        return items;
    }

    private static Map<String, Color> colours(ClaimIndex index) {
        Map<String, Color> out = new LinkedHashMap<>();
        index.actors().forEach(a -> out.put(a.id(), Palette.actor(a.color())));
        return out;
    }
}
