package controlmap.embed;

import controlmap.http.ConditionalGet;
import controlmap.http.PublicBase;
import controlmap.query.Extent;
import controlmap.render.PictureSpec;
import controlmap.service.ControlMapService.Snapshot;
import controlmap.service.ControlMapService;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * {@code GET /} and {@code GET /embed}: the page files of {@code web/} with what crawlers and embedding tools read
 * without running scripts, for the view the query asks for: the title, the oEmbed discovery link, Open Graph and
 * Twitter card tags with the view's picture, and in the embed the picture itself for readers without scripts
 * (in place of the {@value #PICTURE_MARK} comment). Every value is escaped.
 */
final class PageApi {

    /** Where the embed page wants its no-script picture. */
    static final String PICTURE_MARK = "<!--controlmap:picture-->";
    private static final Pattern TITLE = Pattern.compile("<title>[^<]*</title>");

    private final ControlMapService service;
    private final PublicBase base;
    private final String template;
    private final boolean embed;
    private final long templateVersion;

    PageApi(ControlMapService service, PublicBase base, String resource, boolean embed) {
        this.service = service;
        this.base = base;
        this.template = read(resource);
        this.embed = embed;
        CRC32 crc = new CRC32();
        crc.update(template.getBytes(StandardCharsets.UTF_8));
        this.templateVersion = crc.getValue();
    }

    void page(Context ctx) {
        Snapshot s = service.snapshot();
        if (ConditionalGet.notModified(ctx, s.dataVersion() * 31 + templateVersion)) {
            return;
        }
        Extent extent = s.index().extent();
        ViewState state = ViewState.parse(ctx.queryParamMap(), s).pinned(extent.first(), extent.last());
        EmbedLinks links = new EmbedLinks(base.of(ctx), embed ? state : state.mapOnly());
        String title = state.title(s);
        String html = TITLE.matcher(template).replaceFirst(Matcher.quoteReplacement("<title>" + Markup.escape(title) + "</title>"));
        html = html.replace("</head>", head(links, title) + "</head>");
        String picture = links.snapshotUrl(EmbedLinks.WIDTH, EmbedLinks.HEIGHT);
        if (embed && picture != null) {
            html = html.replace(PICTURE_MARK, "<img class=\"picture\" src=\"" + Markup.escape(picture) + "\" width=\""
                    + EmbedLinks.WIDTH + "\" height=\"" + EmbedLinks.HEIGHT + "\" alt=\"" + Markup.escape(title) + "\">");
        }
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(html);
    }

    private String head(EmbedLinks links, String title) {
        String pageUrl = embed ? links.embedUrl() : links.mapUrl();
        StringBuilder h = new StringBuilder();
        h.append(tag("link", "rel", "alternate", "type", "application/json+oembed", "href", links.oembedUrl(pageUrl),
                "title", title));
        if (embed) {
            h.append(tag("link", "rel", "canonical", "href", links.mapUrl()));
        }
        h.append(tag("meta", "property", "og:type", "content", "website"));
        h.append(tag("meta", "property", "og:site_name", "content", OEmbedApi.PROVIDER));
        h.append(tag("meta", "property", "og:title", "content", title));
        h.append(tag("meta", "property", "og:url", "content", links.mapUrl()));
        String image = links.snapshotUrl(PictureSpec.DEFAULT_WIDTH, PictureSpec.DEFAULT_HEIGHT);
        if (image != null) {
            h.append(tag("meta", "property", "og:image", "content", image));
            h.append(tag("meta", "property", "og:image:width", "content", String.valueOf(PictureSpec.DEFAULT_WIDTH)));
            h.append(tag("meta", "property", "og:image:height", "content", String.valueOf(PictureSpec.DEFAULT_HEIGHT)));
            h.append(tag("meta", "property", "og:image:alt", "content", title));
        }
        h.append(tag("meta", "name", "twitter:card", "content", "summary_large_image"));
        return h.toString();
    }

    /** {@code <name a="v" …>} with every value escaped; attributes as name/value pairs. */
    private static String tag(String name, String... attributes) {
        StringBuilder t = new StringBuilder("<").append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            t.append(' ').append(attributes[i]).append("=\"").append(Markup.escape(attributes[i + 1])).append('"');
        }
        return t.append(">\n").toString();
    }

    private static String read(String resource) {
        try (InputStream in = PageApi.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("page missing from the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
