package controlmap.store;

import controlmap.domain.Actor;
import controlmap.domain.Bbox;
import controlmap.domain.Place;
import controlmap.domain.Source;
import controlmap.query.ClaimBuilder;
import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** Test data for the store contract: small real-looking places, actors, sources, and claims to build. */
public final class StoreFixtures {

    public static final String RAQQA_WKT = "POLYGON ((38.9 35.9, 39.1 35.9, 39.1 36.0, 38.9 36.0, 38.9 35.9))";
    /** A triangle: the north-east corner of its envelope lies outside it. */
    public static final String DEIR_CAMP_WKT = "POLYGON ((40.0 35.2, 40.2 35.2, 40.0 35.4, 40.0 35.2))";
    public static final String DAMASCUS_WKT = "POLYGON ((36.2 33.4, 36.4 33.4, 36.4 33.6, 36.2 33.6, 36.2 33.4))";

    private StoreFixtures() {
    }

    public static Geometry wkt(String text) {
        return ClaimBuilder.wkt(text);
    }

    /** What the store gives back for {@code g}: a MultiPolygon of the same shape. */
    public static MultiPolygon asMulti(Geometry g) {
        if (g instanceof MultiPolygon m) {
            return m;
        }
        return g.getFactory().createMultiPolygon(new Polygon[] {(Polygon) g});
    }

    public static Bbox box(double minLon, double minLat, double maxLon, double maxLat) {
        return new Bbox(minLon, minLat, maxLon, maxLat);
    }

    public static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    public static List<Actor> actors() {
        return List.of(
                new Actor("isis", "Islamic State", "#000000", "ISIS / ISIL / Daesh", null),
                new Actor("sdf", "Syrian Democratic Forces", "#f0e442", null, null),
                new Actor("syrian-government", "Syrian government and allies", "#d55e00", "with Russia, Iran", null),
                new Actor("not-isis", "Not ISIS (holder not stated)", "#999999", null, "isis"));
    }

    public static List<Source> sources() {
        return List.of(
                new Source("sohr", "Syrian Observatory for Human Rights", "monitor", "https://www.syriahr.com/en/",
                        null, "UK-based monitor"),
                new Source("russia-mod", "Russian Ministry of Defence", "military", "https://eng.mil.ru/", "TASS",
                        null));
    }

    public static List<Place> places() {
        return List.of(
                new Place("raqqa-city", "Raqqa", "الرقة", "city", "approximate", "digitised from OSM",
                        wkt(RAQQA_WKT)),
                new Place("deir-camp", "Deir ez-Zor camp", "مخيم دير الزور", "camp", "approximate", null,
                        wkt(DEIR_CAMP_WKT)));
    }

    /** A claim with every required field set and plausible defaults; chain the with-methods to vary it. */
    public static ClaimBuilder claim(String id) {
        return ClaimBuilder.claim(id).place("raqqa-city").from("2014-01-13").quote("ISIS took full control of Raqqa.")
                .url("https://example.org/" + id).article("Article about " + id).version(0).recordedBy(null, null);
    }
}
