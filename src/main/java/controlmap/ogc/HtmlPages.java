package controlmap.ogc;

import static controlmap.ogc.Html.a;
import static controlmap.ogc.Html.escape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The HTML encoding of each OGC resource, made from the same documents as the JSON one. */
final class HtmlPages {

    private static final String ROOT_HTML = OgcNames.ROOT + "?f=html";
    private static final String COLLECTIONS_HTML = OgcNames.ROOT + OgcNames.COLLECTIONS_PATH + "?f=html";

    private HtmlPages() {
    }

    private static List<String[]> crumbs(String... labelsAndHrefs) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"ControlMap OGC API", ROOT_HTML});
        for (int i = 0; i + 1 < labelsAndHrefs.length; i += 2) {
            out.add(new String[] {labelsAndHrefs[i], labelsAndHrefs[i + 1]});
        }
        return out;
    }

    static String landing(ObjectNode doc) {
        String body = "<p>" + escape(doc.path("description").asText()) + "</p>"
                + "<p>In QGIS: Layer › Add Layer › Add WFS / OGC API – Features Layer, with this page's address.</p>";
        return Html.page(doc.path("title").asText(), crumbs(), body, Link.from(doc.path("links")));
    }

    static String conformance(ObjectNode doc) {
        StringBuilder b = new StringBuilder("<p>This API meets these conformance classes:</p><ul>");
        doc.path("conformsTo").forEach(c -> b.append("<li><code>").append(escape(c.asText())).append("</code></li>"));
        b.append("</ul>");
        return Html.page("Conformance", crumbs("Conformance", OgcNames.ROOT + OgcNames.CONFORMANCE_PATH + "?f=html"),
                b.toString(), Link.from(doc.path("links")));
    }

    static String collections(ObjectNode doc) {
        StringBuilder b = new StringBuilder();
        for (JsonNode c : doc.path("collections")) {
            String href = OgcNames.ROOT + OgcNames.COLLECTIONS_PATH + "/" + Urls.encode(c.path("id").asText())
                    + "?f=html";
            b.append("<h2>").append(a(href, c.path("title").asText())).append("</h2>").append(describe(c))
                    .append(Html.linkList(Link.from(c.path("links"))));
        }
        return Html.page("Collections", crumbs("Collections", COLLECTIONS_HTML), b.toString(),
                Link.from(doc.path("links")));
    }

    static String collection(ObjectNode c) {
        String id = c.path("id").asText();
        String self = OgcNames.ROOT + OgcNames.COLLECTIONS_PATH + "/" + Urls.encode(id) + "?f=html";
        return Html.page(c.path("title").asText(), crumbs("Collections", COLLECTIONS_HTML, id, self), describe(c),
                Link.from(c.path("links")));
    }

    /** Description, extent and the items links of a collection object. */
    private static String describe(JsonNode c) {
        List<Link> links = Link.from(c.path("links"));
        StringBuilder b = new StringBuilder("<p>").append(escape(c.path("description").asText())).append("</p>");
        b.append("<p>Id <code>").append(escape(c.path("id").asText())).append("</code>. ");
        JsonNode bbox = c.path("extent").path("spatial").path("bbox").path(0);
        if (!bbox.isMissingNode()) {
            b.append("Extent (lon/lat, CRS84): <code>").append(escape(bbox.toString())).append("</code>. ");
        }
        JsonNode interval = c.path("extent").path("temporal").path("interval").path(0);
        if (!interval.isMissingNode()) {
            b.append("Time: ").append(escape(interval.path(0).asText())).append(" to ")
                    .append(interval.path(1).isNull() ? "now (open)" : escape(interval.path(1).asText())).append('.');
        }
        b.append("</p><p>Items: ").append(a(Link.href(links, OgcNames.REL_ITEMS, OgcNames.HTML), "browse"))
                .append(" · ").append(a(Link.href(links, OgcNames.REL_ITEMS, OgcNames.GEOJSON), "GeoJSON"))
                .append("</p>");
        return b.toString();
    }

    static String items(OgcCollection c, OgcCollection.Page page, ItemsQuery q, List<Link> links) {
        String collection = OgcNames.ROOT + OgcNames.COLLECTIONS_PATH + "/" + Urls.encode(c.id());
        StringBuilder b = new StringBuilder("<p>").append(page.matched()).append(" matching features; ")
                .append(page.features().size() == 0 ? "none here" : "features " + (q.offset() + 1) + " to "
                        + (q.offset() + page.features().size()))
                .append(".</p>").append(pager(links)).append("<table><tr><th>id</th>");
        c.summary().forEach(p -> b.append("<th>").append(escape(p)).append("</th>"));
        boolean claims = page.features().stream().anyMatch(f -> ClaimWords.isClaim(f.properties()));
        if (claims) {
            b.append("<th>what the source says</th>");
        }
        b.append("<th>every property</th></tr>");
        for (Feature f : page.features()) {
            b.append("<tr><td>").append(a(collection + OgcNames.ITEMS_PATH + "/" + Urls.encode(f.id()) + "?f=html",
                    f.id())).append("</td>");
            c.summary().forEach(p -> b.append("<td>").append(Html.cell(f.properties().get(p))).append("</td>"));
            if (claims) {
                b.append("<td>").append(ClaimWords.isClaim(f.properties()) ? escape(ClaimWords.of(f.properties()))
                        : "").append("</td>");
            }
            b.append("<td><details><summary>show</summary>").append(Html.propertyTable(f.properties()))
                    .append("</details></td></tr>");
        }
        b.append("</table>").append(pager(links));
        return Html.page(c.title(), crumbs("Collections", COLLECTIONS_HTML, c.id(), collection + "?f=html", "items",
                collection + OgcNames.ITEMS_PATH + "?f=html"), b.toString(), links);
    }

    private static String pager(List<Link> links) {
        String prev = Link.href(links, OgcNames.REL_PREV, OgcNames.HTML);
        String next = Link.href(links, OgcNames.REL_NEXT, OgcNames.HTML);
        return "<p>" + (prev == null ? "" : a(prev, "← previous page") + " ")
                + (next == null ? "" : a(next, "next page →")) + "</p>";
    }

    static String item(OgcCollection c, Feature f, List<Link> links) {
        String collection = OgcNames.ROOT + OgcNames.COLLECTIONS_PATH + "/" + Urls.encode(c.id());
        String words = ClaimWords.isClaim(f.properties())
                ? "<p class=\"claim\">" + escape(ClaimWords.of(f.properties())) + "</p>" : "";
        String body = SvgMap.of(f.geometry()) + words + Html.propertyTable(f.properties());
        return Html.page(f.id(), crumbs("Collections", COLLECTIONS_HTML, c.id(), collection + "?f=html", "items",
                collection + OgcNames.ITEMS_PATH + "?f=html", f.id(), Link.href(links, OgcNames.REL_SELF, "")),
                body, links);
    }
}
