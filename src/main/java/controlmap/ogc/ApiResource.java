package controlmap.ogc;

import static controlmap.ogc.Html.escape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import controlmap.http.ConditionalGet;
import controlmap.http.PublicBase;
import controlmap.service.ControlMapService;
import io.javalin.http.Context;
import java.util.List;

/** {@code GET /ogc/api}: the OpenAPI definition as JSON ({@code service-desc}) or as an HTML page ({@code service-doc}). */
final class ApiResource {

    private final ControlMapService service;
    private final PublicBase base;
    private final Catalog catalog;

    ApiResource(ControlMapService service, Catalog catalog, PublicBase base) {
        this.service = service;
        this.base = base;
        this.catalog = catalog;
    }

    void api(Context ctx) {
        ItemsParams.onlyKnown(ctx, List.of(OgcNames.PARAM_F));
        Format format = Format.of(ctx, OgcNames.OPENAPI_JSON, OgcNames.JSON);
        if (ConditionalGet.notModified(ctx, service.snapshot().dataVersion())) {
            return;
        }
        Urls urls = Urls.of(ctx, base, format);
        ObjectNode doc = OpenApiDocument.build(urls.to("", Format.JSON), catalog);
        if (format == Format.HTML) {
            Responses.html(ctx, page(doc, urls.selfAndAlternate(OgcNames.API_PATH, OgcNames.OPENAPI_JSON,
                    "The API definition")));
        } else {
            Responses.json(ctx, OgcNames.OPENAPI_JSON, doc);
        }
    }

    /** The definition as a readable page: each path, its operation and its parameters. */
    static String page(ObjectNode doc, List<Link> links) {
        String jsonHref = Link.href(links, OgcNames.REL_ALTERNATE, "application/");
        StringBuilder b = new StringBuilder("<p>").append(escape(doc.path("info").path("description").asText()))
                .append("</p><p>Server: <code>").append(escape(doc.path("servers").path(0).path("url").asText()))
                .append("</code>. The definition itself: ").append(Html.a(jsonHref, "OpenAPI 3.0 JSON")).append(".</p>");
        doc.path("paths").properties().forEach(e -> {
            JsonNode op = e.getValue().path("get");
            b.append("<h2><code>GET ").append(escape(e.getKey())).append("</code></h2><p>")
                    .append(escape(op.path("summary").asText())).append("</p>").append(parameters(op));
        });
        return Html.page("API definition", List.of(new String[] {"ControlMap OGC API", OgcNames.ROOT + "?f=html"},
                new String[] {"API", OgcNames.ROOT + OgcNames.API_PATH + "?f=html"}), b.toString(), links);
    }

    private static String parameters(JsonNode op) {
        StringBuilder b = new StringBuilder("<table><tr><th>parameter</th><th>in</th><th>schema</th>"
                + "<th>meaning</th></tr>");
        for (JsonNode p : op.path("parameters")) {
            b.append("<tr><td><code>").append(escape(p.path("name").asText())).append("</code></td><td>")
                    .append(escape(p.path("in").asText())).append("</td><td><code>")
                    .append(escape(p.path("schema").toString())).append("</code></td><td>")
                    .append(escape(p.path("description").asText())).append("</td></tr>");
        }
        return b.append("</table>").toString();
    }
}
