package controlmap.api;

import static controlmap.http.QueryParams.AS_OF;
import static controlmap.http.QueryParams.BBOX;
import static controlmap.http.QueryParams.DATE;
import static controlmap.http.QueryParams.PLACE;
import static controlmap.http.QueryParams.SOURCE;
import static controlmap.http.QueryParams.SOURCES;
import static controlmap.http.QueryParams.ZOOM;

import com.fasterxml.jackson.core.JsonGenerator;
import controlmap.cache.AnswerCache;
import controlmap.domain.Actor;
import controlmap.domain.Bbox;
import controlmap.domain.Claim;
import controlmap.domain.Place;
import controlmap.domain.Source;
import controlmap.wire.ClaimFields;
import controlmap.wire.FeatureCodec;
import controlmap.http.ApiException;
import controlmap.http.ConditionalGet;
import controlmap.http.QueryParams;
import controlmap.query.ChangeEvent;
import controlmap.query.ControlEntry;
import controlmap.query.ControlQuery;
import controlmap.query.Dispute;
import controlmap.service.ControlMapService.Snapshot;
import controlmap.service.ControlMapService;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import controlmap.wire.GeometryJson;
import controlmap.http.JsonAnswers;
import controlmap.wire.Json;

/** The as-of endpoints: who held what on a date, where sources disagree, how a place changed hands. */
public final class ControlApi {

    /** How many bytes of encoded answers {@link #control} keeps. */
    static final long ANSWER_CACHE_BYTES = 64L << 20;

    private final ControlMapService service;
    private final GeometryJson shapes;
    private final AnswerCache<AnswerKey, EncodedAnswer> answers =
            new AnswerCache<>(ANSWER_CACHE_BYTES, EncodedAnswer::weight);

    public ControlApi(ControlMapService service) {
        this(service, new GeometryJson());
    }

    /** @param shapes the encoded place geometries, shared with the other answers that show places */
    public ControlApi(ControlMapService service, GeometryJson shapes) {
        this.service = service;
        this.shapes = shapes;
    }

    /**
     * {@code GET /api/control?date=D[&source=S][&as_of=K][&bbox=][&zoom=Z]}: one feature per (place, source) in
     * force, shapes simplified for zoom level Z when given. The
     * answer is the same on every day between two change dates, so it is encoded once per such interval (and source,
     * knowledge date, box and data version) and kept in {@link #answers} once asked for again; a first-time (or very
     * large) answer is written straight to the client. The ETag names the interval, not the day.
     */
    public void control(Context ctx) {
        QueryParams q = QueryParams.of(ctx, DATE, SOURCE, AS_OF, BBOX, ZOOM);
        Snapshot s = service.snapshot();
        LocalDate date = q.requiredDate(DATE);
        String source = q.id(SOURCE, s::hasSource);
        LocalDate asOf = q.date(AS_OF);
        Bbox bbox = q.bbox();
        Integer zoom = q.zoom();
        AnswerKey key = new AnswerKey("control", s.dataVersion(), source, asOf, bbox,
                s.index().changeOnOrBefore(source, date), zoom);
        if (ConditionalGet.notModified(ctx, s.dataVersion(), key.etagText())) {
            return;
        }
        if (answers.shouldStream(key)) {
            answers.streamed(key, JsonAnswers.stream(ctx, Json.GEOJSON,
                    out -> writeControl(out, s, date, source, asOf, bbox, zoom)));
            return;
        }
        answers.get(key, () -> EncodedAnswer.of(controlDocument(s, date, source, asOf, bbox, zoom), date))
                .send(ctx, Json.GEOJSON, date);
    }

    /** The keys of {@link #answers}: everything an answer depends on, the interval standing for the day. */
    record AnswerKey(String kind, long dataVersion, String source, LocalDate asOf, Bbox bbox, LocalDate since,
                     Integer zoom) {
        String etagText() {
            return "source=" + source + "&as_of=" + asOf + "&bbox=" + bbox + "&since=" + since
                    + (zoom == null ? "" : "&zoom=" + zoom);
        }
    }

    private byte[] controlDocument(Snapshot s, LocalDate date, String source, LocalDate asOf, Bbox box,
                                   Integer zoom) {
        return Json.bytes(out -> writeControl(out, s, date, source, asOf, box, zoom), 64 * 1024);
    }

    /** Writes the answer of {@link #control}; returns how many features it has. */
    private int writeControl(JsonGenerator out, Snapshot s, LocalDate date, String source, LocalDate asOf,
                             Bbox box, Integer zoom) throws IOException {
        List<ControlEntry> entries = s.index().control(new ControlQuery(date, source, asOf, box));
        Json.startFeatureCollection(out, h -> header(h, date, asOf, entries.size()));
        for (ControlEntry e : entries) {
            Claim c = e.claim();
            Json.feature(out, e.place().id() + ":" + c.source(), shapes.of(e.place(), c, zoom),
                    props -> controlProperties(props, s, e.place(), c));
        }
        Json.endFeatureCollection(out);
        return entries.size();
    }

    private static void header(JsonGenerator h, LocalDate date, LocalDate asOf, int count) throws IOException {
        h.writeStringField("date", date.toString());
        h.writeStringField("as_of", asOf == null ? null : asOf.toString());
        h.writeNumberField("numberReturned", count);
    }

    private static void controlProperties(JsonGenerator out, Snapshot s, Place p, Claim c) throws IOException {
        Actor actor = s.index().actor(c.actor()).orElse(null);
        Source src = s.sources().get(c.source());
        out.writeStringField("place", p.id());
        out.writeStringField("place_name", p.name());
        out.writeStringField("place_name_ar", p.nameAr());
        out.writeStringField("actor", c.actor());
        out.writeStringField("actor_name", actor == null ? c.actor() : actor.name());
        out.writeStringField("color", actor == null ? null : actor.color());
        out.writeStringField("source", c.source());
        out.writeStringField("source_name", src == null ? c.source() : src.name());
        out.writeStringField("claim", c.id());
        FeatureCodec.writeReading(out, c);
        out.writeStringField(ClaimFields.REPORTED_ON, c.reportedOn().toString());
        out.writeStringField("basis", c.basis().wire());
        out.writeStringField("quote", c.quote());
        out.writeStringField("url", c.url());
        out.writeStringField("article", c.article());
        FeatureCodec.writePublication(out, c);
        out.writeStringField("geometry_quality", p.geometryQuality());
    }

    /** {@code GET /api/disputes?date=D[&sources=S1,S2][&as_of=K][&bbox=]}: places where sources disagree. */
    public void disputes(Context ctx) {
        QueryParams q = QueryParams.of(ctx, DATE, SOURCES, AS_OF, BBOX);
        Snapshot s = service.snapshot();
        LocalDate date = q.requiredDate(DATE);
        Set<String> sources = q.ids(SOURCES, "source", s::hasSource);
        LocalDate asOf = q.date(AS_OF);
        Bbox box = q.bbox();
        if (ConditionalGet.notModified(ctx, s.dataVersion())) {
            return;
        }
        List<Dispute> disputes = s.index().disputes(date, sources, asOf, box);
        JsonAnswers.respond(ctx, Json.GEOJSON, out -> {
            Json.startFeatureCollection(out, h -> header(h, date, asOf, disputes.size()));
            for (Dispute d : disputes) {
                Json.feature(out, d.place().id(), d.place().geometry(), props -> disputeProperties(props, s, d));
            }
            Json.endFeatureCollection(out);
        });
    }

    private static void disputeProperties(JsonGenerator out, Snapshot s, Dispute d) throws IOException {
        out.writeStringField("place", d.place().id());
        out.writeStringField("place_name", d.place().name());
        out.writeStringField("place_name_ar", d.place().nameAr());
        out.writeArrayFieldStart("claims");
        for (Claim c : d.claims()) {
            Actor actor = s.index().actor(c.actor()).orElse(null);
            out.writeStartObject();
            out.writeStringField("source", c.source());
            out.writeStringField("actor", c.actor());
            out.writeStringField("actor_name", actor == null ? c.actor() : actor.name());
            out.writeStringField("color", actor == null ? null : actor.color());
            out.writeStringField("claim", c.id());
            FeatureCodec.writeReading(out, c);
            out.writeStringField("basis", c.basis().wire());
            out.writeStringField("quote", c.quote());
            out.writeStringField("url", c.url());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    /**
     * {@code GET /api/timeline?place=P[&source=S]}: change events for the place, oldest first; an event with a null
     * {@code date} holds from before every stated day (its claim's start was not given). Each event's {@code stance}
     * and {@code extent} say whether the new answer is control or presence, of the whole place or part of it.
     */
    public void timeline(Context ctx) {
        QueryParams q = QueryParams.of(ctx, PLACE, SOURCE);
        Snapshot s = service.snapshot();
        String place = q.text(PLACE);
        if (place == null) {
            throw ApiException.badParameter(PLACE, "is required (a place id such as raqqa-city)");
        }
        if (!s.hasPlace(place)) {
            throw ApiException.notFound(PLACE, "names no known place: '" + place + "'");
        }
        String source = q.id(SOURCE, s::hasSource);
        if (ConditionalGet.notModified(ctx, s.dataVersion())) {
            return;
        }
        List<ChangeEvent> events = s.index().timeline(place, source);
        JsonAnswers.respond(ctx, Json.JSON, out -> {
            out.writeStartArray();
            for (ChangeEvent e : events) {
                out.writeStartObject();
                Claim c = e.claim();
                out.writeStringField("date", FeatureCodec.day(e.date()));
                out.writeStringField("source", e.source());
                out.writeStringField("actor", e.actor());
                out.writeStringField("previous_actor", e.previousActor());
                out.writeStringField("claim", c == null ? null : c.id());
                out.writeStringField("date_precision", c == null || c.datePrecision() == null ? null
                        : c.datePrecision().wire());
                out.writeStringField("stance", c == null ? null : c.stance().wire());
                out.writeStringField("extent", c == null ? null : c.extent().wire());
                out.writeEndObject();
            }
            out.writeEndArray();
        });
    }
}
