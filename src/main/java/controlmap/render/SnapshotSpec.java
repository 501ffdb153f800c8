package controlmap.render;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What picture to draw: the map state (day, source, comparison, knowledge date) and the image size. Also the cache
 * key of the picture, together with the data version.
 *
 * @param date    the day shown; required
 * @param source  the (first) map's source, or null for all sources (each place in the colour most sources agree on)
 * @param compare a second source drawn beside the first, or null
 * @param asOf    the knowledge date, or null for everything known
 * @param width   image width in pixels, {@value #MIN_WIDTH}..{@value #MAX_WIDTH}
 * @param height  image height in pixels, {@value #MIN_HEIGHT}..{@value #MAX_HEIGHT}
 */
public record SnapshotSpec(LocalDate date, String source, String compare, LocalDate asOf, int width, int height) {

    public static final int MIN_WIDTH = 200;
    public static final int MAX_WIDTH = 2400;
    public static final int MIN_HEIGHT = 150;
    public static final int MAX_HEIGHT = 2400;
    /** The social-card size (Open Graph, Twitter's summary_large_image): 1200 × 630. */
    public static final int DEFAULT_WIDTH = 1200;
    public static final int DEFAULT_HEIGHT = 630;

    /** @throws IllegalArgumentException when a size is out of bounds; NullPointerException without a date */
    public SnapshotSpec {
        Objects.requireNonNull(date, "date");
        if (width < MIN_WIDTH || width > MAX_WIDTH || height < MIN_HEIGHT || height > MAX_HEIGHT) {
            throw new IllegalArgumentException("size " + width + "x" + height + " out of bounds");
        }
        if (compare != null && compare.equals(source)) {
            compare = null;
        }
    }

    /** True when two maps are drawn side by side. */
    public boolean comparing() {
        return compare != null;
    }
}
