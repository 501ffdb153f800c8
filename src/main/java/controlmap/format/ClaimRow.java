package controlmap.format;

import controlmap.domain.Claim;
import controlmap.domain.Place;
import controlmap.wire.ClaimFields;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTWriter;

/**
 * A claim as one CSV row: every field under its wire name, the place's name, and the geometry the claim stands for
 * (its own shape or its place's) as WKT in {@code wkt}, the column GDAL's CSV driver is told to read
 * ({@code -oo GEOM_POSSIBLE_NAMES=wkt}).
 */
final class ClaimRow {

    /** Every field of {@link ClaimFields#ALL}, the retraction flattened, the place's name, the geometry. */
    static final List<String> HEADER = java.util.stream.Stream.concat(
            ClaimFields.ALL.stream().map(ClaimFields.Field::name),
            java.util.stream.Stream.of(ClaimFields.RETRACTED_BY, ClaimFields.RETRACTED_AT,
                    ClaimFields.RETRACTION_REASON, "place_name", "wkt")).toList();

    private ClaimRow() {
    }

    /**
     * @param place    the claim's place, null when unknown
     * @param geometry the geometry the claim stands for, null when there is none
     */
    static List<String> of(Claim c, Place place, Geometry geometry) {
        List<String> row = new ArrayList<>(HEADER.size());
        row.addAll(List.of(c.id(), c.source(), c.place(), c.actor()));
        row.add(text(c.validFrom()));
        row.add(text(c.validTo()));
        row.add(c.datePrecision() == null ? null : c.datePrecision().wire());
        row.addAll(List.of(c.reportedOn().toString(), c.reportedOnPrecision().wire(), c.basis().wire(),
                c.stance().wire(), c.extent().wire()));
        row.add(c.quote());
        row.add(c.url());
        row.add(c.article());
        row.add(c.articleRef());
        row.add(c.speaker());
        row.add(c.note());
        row.add(c.publisher());
        row.add(text(c.publishedOn()));
        row.add(Boolean.toString(c.geometry() != null));
        row.add(Integer.toString(c.version()));
        row.add(Long.toString(c.recorded()));
        row.add(text(c.recordedAt()));
        row.add(c.editor());
        row.add(Boolean.toString(c.retracted()));
        row.add(c.retracted() ? c.retraction().by() : null);
        row.add(c.retracted() ? text(c.retraction().at()) : null);
        row.add(c.retracted() ? c.retraction().reason() : null);
        row.add(place == null ? null : place.name());
        row.add(geometry == null ? null : new WKTWriter().write(geometry));
        return row;
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }
}
