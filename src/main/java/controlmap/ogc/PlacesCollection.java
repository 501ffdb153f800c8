package controlmap.ogc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import controlmap.domain.Place;
import controlmap.geo.FeatureCodec;
import controlmap.service.ControlMapService.Snapshot;
import java.util.List;
import java.util.Optional;

/**
 * The places: one feature per place, id = place id, ordered by id. Places have no time of their own, so
 * {@code datetime} is accepted and keeps every place (the standard: features without a temporal geometry match).
 */
final class PlacesCollection implements OgcCollection {

    static final String ID = "places";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Places";
    }

    @Override
    public String description() {
        return "Named areas of Syria (cities, camps, districts, provinces, pockets) with approximate polygons; "
                + "places may overlap.";
    }

    @Override
    public String datetimeMeaning() {
        return "Places have no time: every place matches.";
    }

    @Override
    public List<String> filters() {
        return List.of();
    }

    @Override
    public List<String> summary() {
        return List.of("name", "name_ar", "kind");
    }

    @Override
    public ObjectNode propertySchema() {
        ObjectNode text = OpenApiSchemas.nullable("string", null);
        return OpenApiSchemas.object(List.of("id", "name"), "id", OpenApiSchemas.type("string"),
                "name", OpenApiSchemas.type("string"), "name_ar", text, "kind", text.deepCopy(),
                "geometry_quality", text.deepCopy(), "note", text.deepCopy());
    }

    @Override
    public void extent(Snapshot s, ObjectNode extent) {
        Extents.spatial(extent, s.index().extent().bbox());
    }

    @Override
    public Page select(Snapshot s, ItemsQuery q) {
        List<Place> all = s.index().places().stream().filter(p -> q.inBox(p.geometry())).toList();
        return Page.of(all, q, PlacesCollection::feature);
    }

    @Override
    public Optional<Feature> find(Snapshot s, String id) {
        return s.index().place(id).map(PlacesCollection::feature);
    }

    static Feature feature(Place p) {
        return new Feature(p.id(), p.geometry(), Feature.properties(out -> FeatureCodec.writePlaceProperties(out, p)));
    }
}
