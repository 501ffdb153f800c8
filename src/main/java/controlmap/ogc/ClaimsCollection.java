package controlmap.ogc;

import static controlmap.ogc.OgcNames.PARAM_ACTOR;
import static controlmap.ogc.OgcNames.PARAM_PLACE;
import static controlmap.ogc.OgcNames.PARAM_SOURCE;

import com.fasterxml.jackson.databind.node.ObjectNode;
import controlmap.domain.Claim;
import controlmap.domain.Place;
import controlmap.wire.FeatureCodec;
import controlmap.service.ControlMapService.Snapshot;
import controlmap.wire.ClaimFields;
import controlmap.query.ClaimConditions;
import controlmap.query.ClaimSearch;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The claims: one feature per claim in force in the data (the current version; retracted claims are left out), id =
 * claim id, ordered as recorded. A claim's geometry is its own shape, or else its place's. {@code datetime} keeps the
 * claims whose validity {@code [valid_from, valid_to)} has an instant in the filter; {@code source}, {@code actor} and
 * {@code place} keep the claims with that id (an id that names nothing keeps none).
 */
final class ClaimsCollection implements OgcCollection {

    static final String ID = "claims";
    static final List<String> FILTERS = List.of(PARAM_SOURCE, PARAM_ACTOR, PARAM_PLACE);
    private static final Map<String, ClaimConditions.Field> FIELDS = Map.of(PARAM_SOURCE, ClaimConditions.Field.SOURCE,
            PARAM_ACTOR, ClaimConditions.Field.ACTOR, PARAM_PLACE, ClaimConditions.Field.PLACE);
    /** How many candidates a filter the indexes cannot answer alone may run on beyond the page, to count matches. */
    static final int COUNT_LIMIT = 10_000;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Claims of control";
    }

    @Override
    public String description() {
        return "Each feature is one source's statement that an actor controlled a place (stance control) or was present "
                + "there (stance presence: not control), the whole place or part of it (extent), from valid_from "
                + "(inclusive; null when the source did not say since when) until valid_to (exclusive; open when null), "
                + "with the exact quote, the speaker and the article.";
    }

    @Override
    public String datetimeMeaning() {
        return "Only claims whose validity [valid_from, valid_to) has an instant in it.";
    }

    @Override
    public List<String> filters() {
        return FILTERS;
    }

    @Override
    public List<String> summary() {
        return List.of(PARAM_SOURCE, PARAM_ACTOR, PARAM_PLACE, ClaimFields.VALID_FROM, ClaimFields.VALID_TO, ClaimFields.QUOTE);
    }

    @Override
    public ObjectNode propertySchema() {
        return ClaimSchema.properties();
    }

    @Override
    public void extent(Snapshot s, ObjectNode extent) {
        Envelope box = new Envelope();
        LocalDate last = null;
        boolean open = false;
        for (Claim c : s.index().claims()) {
            Geometry g = geometry(s, c);
            if (g != null) {
                box.expandToInclude(g.getEnvelopeInternal());
            }
            open |= c.validTo() == null;
            last = c.validTo() != null && (last == null || c.validTo().isAfter(last)) ? c.validTo() : last;
        }
        Extents.spatial(extent, box);
        // the data's first day, a stated one: a claim whose start the source did not give does not open the interval
        Extents.temporal(extent, s.index().extent().first(), open ? null : last);
    }

    /**
     * From the claim indexes ({@link ClaimSearch}): the parameters and the parts of the CQL2 filter the indexes know
     * choose the candidates; the rest of the filter runs on those only, and on at most {@link #COUNT_LIMIT} of them
     * beyond the page to count the matches (past that, numberMatched is left out).
     */
    @Override
    public Page select(Snapshot s, ItemsQuery q) {
        ClaimConditions c = ClaimConditions.ALL;
        for (var e : q.filters().entrySet()) {
            c = c.equalTo(FIELDS.get(e.getKey()), e.getValue());
        }
        if (q.time() != null) {
            c = c.inForce(day(q.time().start()), day(q.time().end()));
        }
        if (q.boxes() != null) {
            c = c.intersecting(q.boxes());
        }
        Predicate<Claim> rest = null;
        if (q.filter() != null) {
            FilterConditions.Translation t = FilterConditions.of(q.filter().expr());
            c = c.and(t.conditions());
            if (!t.complete()) {
                rest = claim -> q.filter().test(feature(s, claim));
                c = q.filter().box() == null ? c : c.near(q.filter().box());
            }
        }
        ClaimSearch.Result r = s.index().search().find(c, rest, q.offset(), q.limit(), COUNT_LIMIT);
        return new Page(r.matched(), r.page().stream().map(x -> feature(s, x)).toList(), r.more());
    }

    private static LocalDate day(Instant t) {
        return t == null ? null : LocalDate.ofInstant(t, ZoneOffset.UTC);
    }

    @Override
    public Optional<Feature> find(Snapshot s, String id) {
        return s.index().claim(id).map(c -> feature(s, c));
    }

    /** The claim's own shape, or else its place's. */
    static Geometry geometry(Snapshot s, Claim c) {
        return c.geometry() != null ? c.geometry() : s.index().place(c.place()).map(Place::geometry).orElse(null);
    }

    static Feature feature(Snapshot s, Claim c) {
        return new Feature(c.id(), geometry(s, c), out -> FeatureCodec.writeClaimProperties(out, c));
    }
}
