package controlmap.api;

import static controlmap.http.QueryParams.ACTOR;
import static controlmap.http.QueryParams.BBOX;
import static controlmap.http.QueryParams.FROM;
import static controlmap.http.QueryParams.PLACE;
import static controlmap.http.QueryParams.SOURCE;
import static controlmap.http.QueryParams.TO;
import static controlmap.http.QueryParams.ZOOM;

import com.fasterxml.jackson.core.JsonGenerator;
import controlmap.domain.Bbox;
import controlmap.domain.Claim;
import controlmap.domain.Place;
import controlmap.geo.FeatureCodec;
import controlmap.http.ApiException;
import controlmap.http.ConditionalGet;
import controlmap.http.QueryParams;
import controlmap.query.Extent;
import controlmap.service.ControlMapService.Snapshot;
import controlmap.service.ControlMapService;
import controlmap.store.ClaimQuery;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.locationtech.jts.geom.Geometry;

/** The descriptive read endpoints: sources, actors, places, claims, changes, extent. */
public final class ListsApi {

    private final ControlMapService service;
    private final GeometryJson shapes;

    public ListsApi(ControlMapService service) {
        this(service, new GeometryJson());
    }

    /** @param shapes the encoded place geometries, shared with the other answers that show places */
    public ListsApi(ControlMapService service, GeometryJson shapes) {
        this.service = service;
        this.shapes = shapes;
    }

    /** {@code GET /api/sources}: JSON array of every source. */
    public void sources(Context ctx) {
        array(ctx, s -> s.sources().values(), ReferenceJson::source);
    }

    /** {@code GET /api/actors}: JSON array of every actor with its colour. */
    public void actors(Context ctx) {
        array(ctx, s -> s.index().actors(), ReferenceJson::actor);
    }

    /** Writes one item of a JSON array. */
    @FunctionalInterface
    private interface ItemWriter<T> {
        void write(JsonGenerator out, T item) throws IOException;
    }

    /** A read without parameters answering a JSON array of the snapshot's {@code items}. */
    private <T> void array(Context ctx, Function<Snapshot, Collection<T>> items, ItemWriter<T> writer) {
        QueryParams.of(ctx);
        Snapshot s = service.snapshot();
        if (ConditionalGet.notModified(ctx, s.dataVersion())) {
            return;
        }
        Json.respond(ctx, Json.JSON, out -> {
            out.writeStartArray();
            for (T item : items.apply(s)) {
                writer.write(out, item);
            }
            out.writeEndArray();
        });
    }

    /** {@code GET /api/places[?bbox=][&zoom=Z]}: FeatureCollection of places, shapes simplified for zoom Z when given. */
    public void places(Context ctx) {
        QueryParams q = QueryParams.of(ctx, BBOX, ZOOM);
        Bbox bbox = q.bbox();
        Integer zoom = q.zoom();
        Snapshot s = service.snapshot();
        if (ConditionalGet.notModified(ctx, s.dataVersion())) {
            return;
        }
        Geometry box = bbox == null ? null : Geometries.box(bbox);
        Json.respond(ctx, Json.GEOJSON, out -> {
            Json.startFeatureCollection(out, h -> { });
            for (Place p : s.index().places()) {
                if (box == null || box.intersects(p.geometry())) {
                    Json.feature(out, p.id(), shapes.of(p, null, zoom), props -> FeatureCodec.writePlaceProperties(props, p));
                }
            }
            Json.endFeatureCollection(out);
        });
    }

    /** {@code GET /api/claims?source=&place=&actor=&from=&to=&bbox=}: FeatureCollection of claims. */
    public void claims(Context ctx) {
        QueryParams q = QueryParams.of(ctx, SOURCE, PLACE, ACTOR, FROM, TO, BBOX);
        Snapshot s = service.snapshot();
        ClaimQuery query = new ClaimQuery(q.id(SOURCE, s::hasSource), q.id(PLACE, s::hasPlace),
                q.id(ACTOR, s::hasActor), q.date(FROM), q.date(TO), q.bbox(), false);
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            throw ApiException.badParameter(FROM, "is after 'to'");
        }
        if (ConditionalGet.notModified(ctx, s.dataVersion())) {
            return;
        }
        List<Claim> claims = service.store().claims(query);
        Json.respond(ctx, Json.GEOJSON, out -> {
            Json.startFeatureCollection(out, h -> h.writeNumberField("numberReturned", claims.size()));
            for (Claim c : claims) {
                writeClaim(out, s, c);
            }
            Json.endFeatureCollection(out);
        });
    }

    public static void writeClaim(JsonGenerator out, Snapshot s, Claim c) throws IOException {
        Geometry g = c.geometry() != null ? c.geometry() : s.index().place(c.place()).map(Place::geometry).orElse(null);
        Json.feature(out, c.id(), g, props -> FeatureCodec.writeClaimProperties(props, c));
    }

    /** {@code GET /api/changes[?source=]}: every claim's timing, no geometry, for client-side scrubbing. */
    public void changes(Context ctx) {
        QueryParams q = QueryParams.of(ctx, SOURCE);
        Snapshot s = service.snapshot();
        String source = q.id(SOURCE, s::hasSource);
        if (ConditionalGet.notModified(ctx, s.dataVersion())) {
            return;
        }
        Json.respond(ctx, Json.JSON, out -> {
            out.writeStartObject();
            out.writeNumberField("data_version", s.dataVersion());
            out.writeArrayFieldStart("dates");
            for (LocalDate d : s.index().changeDates(source)) {
                out.writeString(d.toString());
            }
            out.writeEndArray();
            out.writeArrayFieldStart("claims");
            for (Claim c : s.index().claims()) {
                if (source == null || source.equals(c.source())) {
                    writeTiming(out, c);
                }
            }
            out.writeEndArray();
            out.writeEndObject();
        });
    }

    private static void writeTiming(JsonGenerator out, Claim c) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", c.id());
        out.writeStringField("place", c.place());
        out.writeStringField("source", c.source());
        out.writeStringField("actor", c.actor());
        FeatureCodec.writeReading(out, c);
        out.writeStringField("reported_on", c.reportedOn().toString());
        out.writeStringField("basis", c.basis().wire());
        out.writeNumberField("recorded", c.recorded());
        out.writeBooleanField("own_geometry", c.geometry() != null);
        out.writeEndObject();
    }

    /** {@code GET /api/extent}: first and last date of the data, and its bbox. */
    public void extent(Context ctx) {
        QueryParams.of(ctx);
        Snapshot s = service.snapshot();
        if (ConditionalGet.notModified(ctx, s.dataVersion())) {
            return;
        }
        Extent e = s.index().extent();
        Json.respond(ctx, Json.JSON, out -> {
            out.writeStartObject();
            out.writeStringField("first", e.first() == null ? null : e.first().toString());
            out.writeStringField("last", e.last() == null ? null : e.last().toString());
            out.writeFieldName("bbox");
            if (e.bbox() == null || e.bbox().isNull()) {
                out.writeNull();
            } else {
                out.writeArray(new double[] {e.bbox().getMinX(), e.bbox().getMinY(), e.bbox().getMaxX(),
                    e.bbox().getMaxY()}, 0, 4);
            }
            out.writeNumberField("data_version", s.dataVersion());
            out.writeEndObject();
        });
    }
}
