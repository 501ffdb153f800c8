package controlmap.render;

import java.time.LocalDate;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;

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
 * @param centre  the map's centre and zoom, as the map page's {@code lat}, {@code lng} and {@code z} (each map of
 *                the picture shows what a web map of its size shows there); null to frame the whole country and
 *                every place
 * @param lang    the language of the picture's words: "en" (the default, also for null) or "ar"
 */
public record PictureSpec(LocalDate date, String source, String compare, LocalDate asOf, int width, int height,
                           Centre centre, String lang) {

    /**
     * Where the map looks, as a Leaflet map does: its centre and zoom level (Web Mercator, 256-pixel tiles).
     *
     * @param lat  latitude of the centre, -85..85
     * @param lng  longitude of the centre, -180..180
     * @param zoom zoom level, {@value #MIN_ZOOM}..{@value #MAX_ZOOM}
     */
    public record Centre(double lat, double lng, double zoom) {

        public static final double MIN_ZOOM = 0;
        public static final double MAX_ZOOM = 22;
        private static final double MAX_LAT = 85;

        public Centre {
            if (!(lat >= -MAX_LAT && lat <= MAX_LAT && lng >= -180 && lng <= 180 && zoom >= MIN_ZOOM
                    && zoom <= MAX_ZOOM)) {
                throw new IllegalArgumentException("centre " + lat + "," + lng + " zoom " + zoom + " out of range");
            }
        }

        /** The lon/lat box a map of {@code width} × {@code height} pixels shows around this centre at this zoom. */
        public Envelope area(int width, int height) {
            double worldPx = 256 * Math.pow(2, zoom);
            double halfLon = width / 2.0 * 360 / worldPx;
            double y = mercatorY(lat);
            double halfY = height / 2.0 / worldPx;
            return new Envelope(lng - halfLon, lng + halfLon,
                    latitude(Math.min(1, y + halfY)), latitude(Math.max(0, y - halfY)));
        }

        /** Web Mercator y of a latitude, 0 at the north edge of the world and 1 at the south edge. */
        private static double mercatorY(double lat) {
            double s = Math.sin(Math.toRadians(lat));
            return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
        }

        private static double latitude(double y) {
            return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * y))));
        }
    }

    /** The whole country, as most pictures show it, in English. */
    public PictureSpec(LocalDate date, String source, String compare, LocalDate asOf, int width, int height) {
        this(date, source, compare, asOf, width, height, null, "en");
    }

    /** In English. */
    public PictureSpec(LocalDate date, String source, String compare, LocalDate asOf, int width, int height,
                        Centre centre) {
        this(date, source, compare, asOf, width, height, centre, "en");
    }

    /** The languages a picture can be in. */
    public static final java.util.List<String> LANGS = java.util.List.of("en", "ar");

    public static final int MIN_WIDTH = 200;
    public static final int MAX_WIDTH = 2400;
    public static final int MIN_HEIGHT = 150;
    public static final int MAX_HEIGHT = 2400;
    /** The social-card size (Open Graph, Twitter's summary_large_image): 1200 × 630. */
    public static final int DEFAULT_WIDTH = 1200;
    public static final int DEFAULT_HEIGHT = 630;

    /** @throws IllegalArgumentException when a size is out of bounds; NullPointerException without a date */
    public PictureSpec {
        Objects.requireNonNull(date, "date");
        if (width < MIN_WIDTH || width > MAX_WIDTH || height < MIN_HEIGHT || height > MAX_HEIGHT) {
            throw new IllegalArgumentException("size " + width + "x" + height + " out of bounds");
        }
        if (compare != null && compare.equals(source)) {
            compare = null;
        }
        lang = lang == null ? "en" : lang;
        if (!LANGS.contains(lang)) {
            throw new IllegalArgumentException("lang " + lang + " is not one of " + LANGS);
        }
    }

    /** True when the picture's words are Arabic. */
    public boolean arabic() {
        return "ar".equals(lang);
    }

    /** True when two maps are drawn side by side. */
    public boolean comparing() {
        return compare != null;
    }
}
