package controlmap.embed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The addresses and markup of one view: the full map, the embed, its iframe code, its oEmbed endpoint and its
 * picture. Everything absolute, on the public base URL.
 *
 * @param base  the public base URL, without a trailing slash
 * @param state the view (with its day pinned)
 */
record EmbedLinks(String base, ViewState state) {

    /** The default size of the iframe (and of the oEmbed answer without maxwidth/maxheight). */
    static final int WIDTH = 600;
    static final int HEIGHT = 400;

    /** The full map at this view (the embed's options dropped). */
    String mapUrl() {
        return withQuery(base + "/", state.mapOnly().query());
    }

    /** The embed at this view, with its options. */
    String embedUrl() {
        return withQuery(base + "/embed", state.query());
    }

    /** The oEmbed answer for {@code pageUrl} (JSON). */
    String oembedUrl(String pageUrl) {
        return base + "/oembed?url=" + URLEncoder.encode(pageUrl, StandardCharsets.UTF_8) + "&format=json";
    }

    /** The picture of this view, {@code width} × {@code height}; null when the view has no day (no data). */
    String snapshotUrl(int width, int height) {
        ViewState s = state;
        if (s.date() == null) {
            return null;
        }
        StringBuilder q = new StringBuilder();
        q.append("date=").append(s.date());
        if (s.source() != null) {
            q.append("&source=").append(s.source());
        }
        if (s.compare() != null) {
            q.append("&compare=").append(s.compare());
        }
        if (s.asOf() != null) {
            q.append("&as_of=").append(s.asOf());
        }
        if (s.centreQuery() != null) {
            q.append('&').append(s.centreQuery());
        }
        q.append("&width=").append(width).append("&height=").append(height);
        if ("ar".equals(s.lang())) {
            q.append("&lang=ar"); // the Arabic embed's picture and share card speak Arabic too
        }
        return base + "/api/snapshot.png?" + q;
    }

    /**
     * The iframe that shows the embed, every attribute escaped: as wide as the article's column, at the aspect ratio
     * of {@code width} × {@code height} (width and height stay as attributes for readers of old browsers), as the map
     * page's Embed dialog writes it (web/js/share.js iframeCode).
     */
    String iframe(int width, int height, String title) {
        return "<iframe src=\"" + Markup.escape(embedUrl()) + "\" width=\"" + width + "\" height=\"" + height
                + "\" style=\"width:100%;height:auto;aspect-ratio:" + width + "/" + height + ";border:0\""
                + " frameborder=\"0\" loading=\"lazy\" title=\"" + Markup.escape(title) + "\"></iframe>";
    }

    private static String withQuery(String path, String query) {
        return query.isEmpty() ? path : path + "?" + query;
    }
}
