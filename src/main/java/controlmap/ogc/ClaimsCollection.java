package controlmap.ogc;

import static controlmap.ogc.OgcNames.PARAM_ACTOR;
import static controlmap.ogc.OgcNames.PARAM_PLACE;
import static controlmap.ogc.OgcNames.PARAM_SOURCE;

import com.fasterxml.jackson.databind.node.ObjectNode;
import controlmap.domain.Claim;
import controlmap.domain.Place;
import controlmap.geo.FeatureCodec;
import controlmap.service.ControlMapService.Snapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
        return List.of(PARAM_SOURCE, PARAM_ACTOR, PARAM_PLACE, "valid_from", "valid_to", "quote");
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

    @Override
    public Page select(Snapshot s, ItemsQuery q) {
        Envelope near = q.searchBox();
        List<Claim> candidates = near == null ? s.index().claims() : s.index().claimsNear(near);
        List<Claim> all = candidates.stream()
                .filter(c -> q.passes(PARAM_SOURCE, c.source()) && q.passes(PARAM_ACTOR, c.actor())
                        && q.passes(PARAM_PLACE, c.place()))
                .filter(c -> q.time() == null || q.time().overlaps(c.validFrom(), c.validTo()))
                .filter(c -> q.boxes() == null || inBox(s, c, q))
                .toList();
        return Page.of(all, q, c -> feature(s, c));
    }

    private static boolean inBox(Snapshot s, Claim c, ItemsQuery q) {
        Geometry g = geometry(s, c);
        return g != null && q.inBox(g);
    }

    @Override
    public Optional<Feature> find(Snapshot s, String id) {
        return s.index().claims().stream().filter(c -> c.id().equals(id)).findFirst().map(c -> feature(s, c));
    }

    /** The claim's own shape, or else its place's. */
    static Geometry geometry(Snapshot s, Claim c) {
        return c.geometry() != null ? c.geometry() : s.index().place(c.place()).map(Place::geometry).orElse(null);
    }

    static Feature feature(Snapshot s, Claim c) {
        return new Feature(c.id(), geometry(s, c), Feature.properties(out -> FeatureCodec.writeClaimProperties(out, c)));
    }
}
