package controlmap.ogc;

import static controlmap.ogc.OgcNames.API_PATH;
import static controlmap.ogc.OgcNames.COLLECTIONS_PATH;
import static controlmap.ogc.OgcNames.CONFORMANCE_PATH;
import static controlmap.ogc.OgcNames.JSON;

import com.fasterxml.jackson.databind.node.ObjectNode;
import controlmap.http.ConditionalGet;
import controlmap.http.PublicBase;
import controlmap.service.ControlMapService;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/** {@code GET /ogc} (the landing page) and {@code GET /ogc/conformance}. */
final class LandingResource {

    static final String TITLE = "ControlMap";
    static final String DESCRIPTION = "Who held which territory in Syria, on which date, according to whom: places, "
            + "and claims of control by source, as OGC API - Features.";
    private final ControlMapService service;
    private final PublicBase base;

    LandingResource(ControlMapService service, PublicBase base) {
        this.service = service;
        this.base = base;
    }

    void landing(Context ctx) {
        ItemsParams.onlyKnown(ctx, List.of(OgcNames.PARAM_F));
        Format format = Format.of(ctx, JSON);
        if (ConditionalGet.notModified(ctx, service.snapshot().dataVersion())) {
            return;
        }
        Urls urls = Urls.of(ctx, base, format);
        ObjectNode doc = Responses.MAPPER.createObjectNode();
        doc.put("title", TITLE);
        doc.put("description", DESCRIPTION);
        Link.addAll(doc, "links", landingLinks(urls));
        if (format == Format.HTML) {
            Responses.html(ctx, HtmlPages.landing(doc));
        } else {
            Responses.json(ctx, JSON, doc);
        }
    }

    private static List<Link> landingLinks(Urls urls) {
        List<Link> links = new ArrayList<>(urls.selfAndAlternate("", JSON, "This document"));
        links.add(new Link(urls.to(API_PATH, Format.JSON), OgcNames.REL_SERVICE_DESC, OgcNames.OPENAPI_JSON,
                "The API definition (OpenAPI 3.0)"));
        links.add(new Link(urls.to(API_PATH, Format.HTML), OgcNames.REL_SERVICE_DOC, OgcNames.HTML,
                "The API documentation"));
        links.add(new Link(urls.to(CONFORMANCE_PATH, urls.responseFormat()), OgcNames.REL_CONFORMANCE,
                Urls.type(urls.responseFormat(), JSON), "The conformance classes this API meets"));
        links.add(new Link(urls.to(COLLECTIONS_PATH, urls.responseFormat()), OgcNames.REL_DATA,
                Urls.type(urls.responseFormat(), JSON), "The collections: places and claims"));
        links.add(new Link(urls.to(OgcNames.TILES_PATH, Format.JSON), OgcNames.REL_TILESETS_VECTOR, JSON,
                "The vector tiles of control on a day (OGC API - Tiles)"));
        links.add(new Link(urls.to(OgcNames.TILE_MATRIX_SETS_PATH, Format.JSON), OgcNames.REL_TILING_SCHEMES, JSON,
                "The tile matrix sets"));
        return links;
    }

    void conformance(Context ctx) {
        ItemsParams.onlyKnown(ctx, List.of(OgcNames.PARAM_F));
        Format format = Format.of(ctx, JSON);
        if (ConditionalGet.notModified(ctx, service.snapshot().dataVersion())) {
            return;
        }
        Urls urls = Urls.of(ctx, base, format);
        ObjectNode doc = Responses.MAPPER.createObjectNode();
        OgcNames.CONFORMANCE.forEach(doc.putArray("conformsTo")::add);
        Link.addAll(doc, "links", urls.selfAndAlternate(CONFORMANCE_PATH, JSON, "Conformance classes"));
        if (format == Format.HTML) {
            Responses.html(ctx, HtmlPages.conformance(doc));
        } else {
            Responses.json(ctx, JSON, doc);
        }
    }
}
