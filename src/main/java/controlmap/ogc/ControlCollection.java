package controlmap.ogc;

import static controlmap.ogc.OgcNames.PARAM_ACTOR;
import static controlmap.ogc.OgcNames.PARAM_AS_OF;
import static controlmap.ogc.OgcNames.PARAM_PLACE;
import static controlmap.ogc.OgcNames.PARAM_SOURCE;

import com.fasterxml.jackson.databind.node.ObjectNode;
import controlmap.domain.Actor;
import controlmap.domain.Claim;
import controlmap.geo.FeatureCodec;
import controlmap.http.WireFormat;
import controlmap.query.ControlEntry;
import controlmap.query.ControlQuery;
import controlmap.query.Extent;
import controlmap.service.ControlMapService.Snapshot;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;

/**
 * Who held each place on one day, according to each source: the as-of answer of {@code /api/control} as features,
 * one per (place, source) with a claim in force that day (the claim the as-of rule picks), so a GIS loads "the map on
 * day D according to S" as a layer. {@code datetime} names the day (an instant or a date; its UTC day), the data's
 * last day when absent; an interval gives every answer in force at some moment of it (see {@link #days}).
 * {@code as_of} (a day) gives the answer
 * as the sources had given it by then. {@code source}, {@code actor} and {@code place} filter as in the claims
 * collection. Feature id: {@code <day>:<place>:<source>[:<as_of>]}, so every feature keeps
 * its meaning when the data grows. Geometry: the claim's own shape, or else its place's.
 */
final class ControlCollection implements OgcCollection {

    static final String ID = "control";
    private static final String DAY = "day";
    /** The actor's colour, so a GIS styles the layer as the map does without a join. */
    private static final String COLOR = "color";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Control on a day";
    }

    @Override
    public String description() {
        return "Who held each place on one day according to each source (the claim in force that the as-of rule "
                + "picks), one feature per place and source. datetime names the day (default: the data's last day); "
                + "day is a property of every feature.";
    }

    @Override
    public List<String> filters() {
        return ClaimsCollection.FILTERS;
    }

    @Override
    public Map<String, String> options() {
        return Map.of(PARAM_AS_OF, "A knowledge date (YYYY-MM-DD): the answer as the sources had given it by that "
                + "day, leaving out what they reported later (as /api/control's as_of).");
    }

    @Override
    public String datetimeMeaning() {
        return "Here it names the day of the answer: an instant stands for its UTC day; without it, the data's last "
                + "day. An interval gives every answer in force at some moment of it: the answers on its first day "
                + "(the data's first when open) and on each day within it when an answer changes (the data's last "
                + "day ends an open interval), each (place, source, claim) once, with day = the first day of the "
                + "interval on which it is the answer.";
    }

    @Override
    public List<String> summary() {
        return List.of(DAY, PARAM_SOURCE, PARAM_ACTOR, PARAM_PLACE, "valid_from", "quote");
    }

    @Override
    public ObjectNode propertySchema() {
        ObjectNode schema = ClaimSchema.properties();
        ((ObjectNode) schema.get("properties")).set(DAY, OpenApiSchemas.type("string").put("format", "date"));
        ((ObjectNode) schema.get("properties")).set(COLOR, OpenApiSchemas.nullable("string", null)
                .put("description", "the actor's colour, #rrggbb"));
        return schema;
    }

    /** Where and when the data has answers: the index's extent, as {@code /api/extent} gives it (no scan of the claims). */
    @Override
    public void extent(Snapshot s, ObjectNode extent) {
        Extent e = s.index().extent();
        Extents.spatial(extent, e.bbox());
        Extents.temporal(extent, e.first(), e.last());
    }

    @Override
    public Page select(Snapshot s, ItemsQuery q) {
        LocalDate asOf = asOf(q.options().get(PARAM_AS_OF));
        String source = q.filters().get(PARAM_SOURCE);
        List<Answer> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (LocalDate day : days(s, q.time(), source)) {
            for (ControlEntry e : s.index().control(new ControlQuery(day, source, asOf, q.searchBox()))) {
                if (q.passes(PARAM_ACTOR, e.claim().actor()) && q.passes(PARAM_PLACE, e.place().id())
                        && (q.boxes() == null || q.inBox(ClaimsCollection.geometry(s, e.claim())))
                        && seen.add(e.place().id() + "\n" + e.claim().source() + "\n" + e.claim().id())) {
                    all.add(new Answer(day, e));
                }
            }
        }
        all.sort(ANSWER_ORDER);
        return Page.of(all, q, a -> feature(s, a.day(), asOf, a.entry().claim()));
    }

    /** One answer and the first day of the asked time it is the answer on. */
    private record Answer(LocalDate day, ControlEntry entry) {
    }

    private static final Comparator<Answer> ANSWER_ORDER = Comparator
            .comparing((Answer a) -> a.entry().place().id())
            .thenComparing(a -> a.entry().claim().source())
            .thenComparing(Answer::day);

    /**
     * The days whose answers make up the answer for {@code time}: the day it names (its start's UTC day; without
     * {@code datetime}, the data's last day); for an interval, its first day (the data's first when open) and every
     * day within it on which an answer of {@code source} (null: any source) changes, up to its last day (the data's
     * last when open). Between two such days every answer stays the same, so these days give every answer in force
     * at some moment of the interval. Empty without data.
     */
    private static List<LocalDate> days(Snapshot s, TimeFilter time, String source) {
        Extent extent = s.index().extent();
        if (time == null) {
            return extent.last() == null ? List.of() : List.of(extent.last());
        }
        LocalDate first = time.start() == null ? extent.first() : LocalDate.ofInstant(time.start(), ZoneOffset.UTC);
        LocalDate last = time.end() == null ? extent.last() : LocalDate.ofInstant(time.end(), ZoneOffset.UTC);
        if (first == null || last == null || last.isBefore(first)) {
            return first != null && time.end() == null ? List.of(first) : List.of();
        }
        List<LocalDate> days = new ArrayList<>();
        days.add(first);
        for (LocalDate d : s.index().changeDates(source)) {
            if (d.isAfter(first) && !d.isAfter(last)) {
                days.add(d);
            }
        }
        return days;
    }

    /** {@code <day>:<place>:<source>}, or {@code <day>:<place>:<source>:<as_of>} for an answer as of a day. */
    @Override
    public Optional<Feature> find(Snapshot s, String id) {
        String[] parts = id.split(":", -1);
        if (parts.length != 3 && parts.length != 4) {
            return Optional.empty();
        }
        LocalDate day;
        LocalDate asOf;
        day = WireFormat.day(parts[0]);
        asOf = parts.length == 4 ? WireFormat.day(parts[3]) : null;
        if (day == null || (parts.length == 4 && asOf == null)) {
            return Optional.empty();
        }
        if (!s.hasSource(parts[2])) {
            return Optional.empty();
        }
        return s.index().control(new ControlQuery(day, parts[2], asOf, null)).stream()
                .filter(e -> e.place().id().equals(parts[1]))
                .findFirst()
                .map(e -> feature(s, day, asOf, e.claim()));
    }

    private static LocalDate asOf(String v) {
        if (v == null) {
            return null;
        }
        LocalDate d = WireFormat.day(v);
        if (d == null) {
            throw OgcErrors.invalidParameter(PARAM_AS_OF, "must be a day that exists, as YYYY-MM-DD with a four-digit "
                    + "year (0001 to 9999); got '" + v + "'");
        }
        return d;
    }

    private static Feature feature(Snapshot s, LocalDate day, LocalDate asOf, Claim c) {
        Geometry g = ClaimsCollection.geometry(s, c);
        String id = day + ":" + c.place() + ":" + c.source() + (asOf == null ? "" : ":" + asOf);
        return new Feature(id, g, Feature.properties(out -> {
            out.writeStringField(DAY, day.toString());
            out.writeStringField(COLOR, s.index().actor(c.actor()).map(Actor::color).orElse(null));
            FeatureCodec.writeClaimProperties(out, c);
        }));
    }
}
