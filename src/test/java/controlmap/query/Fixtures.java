package controlmap.query;

import controlmap.domain.Actor;
import controlmap.domain.Place;
import java.util.ArrayList;
import java.util.List;

/** Test-only: places and actors the query tests share. */
final class Fixtures {

    /** isis, its negation not-isis, syrian-government, sdf and its negation not-sdf; no "mystery" actor. */
    static final List<Actor> ACTORS = List.of(
            new Actor("isis", "ISIS", "#000000", null, null),
            new Actor("not-isis", "Not ISIS", "#999999", null, "isis"),
            new Actor("syrian-government", "Syrian government", "#cc0000", null, null),
            new Actor("sdf", "SDF", "#ffcc00", null, null),
            new Actor("not-sdf", "Not SDF", "#eeeeee", null, "sdf"));

    private Fixtures() {
    }

    /** One place per id, each a unit square of its own, side by side along the equator (x = 0, 2, 4, …). */
    static List<Place> squares(String... ids) {
        List<Place> out = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            out.add(square(ids[i], 2 * i, 0));
        }
        return out;
    }

    /** A unit square with its lower left corner at (x, y). */
    static Place square(String id, double x, double y) {
        return place(id, String.format(java.util.Locale.ROOT, "POLYGON((%s %s, %s %s, %s %s, %s %s, %s %s))",
                x, y, x + 1, y, x + 1, y + 1, x, y + 1, x, y));
    }

    static Place place(String id, String wkt) {
        return new Place(id, id, null, "town", "approximate", null, ClaimBuilder.wkt(wkt));
    }
}
