package controlmap.ogc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.locationtech.jts.geom.Envelope;

/** The {@code extent} member of a collection: spatial in CRS84, temporal in the Gregorian calendar (UTC). */
final class Extents {

    private Extents() {
    }

    /** {@code spatial: {bbox: [[minLon, minLat, maxLon, maxLat]], crs: CRS84}}; nothing when {@code box} is empty. */
    static void spatial(ObjectNode extent, Envelope box) {
        if (box == null || box.isNull()) {
            return;
        }
        ObjectNode spatial = extent.putObject("spatial");
        ArrayNode b = spatial.putArray("bbox").addArray();
        b.add(box.getMinX()).add(box.getMinY()).add(box.getMaxX()).add(box.getMaxY());
        spatial.put("crs", OgcNames.CRS84);
    }

    /** {@code temporal: {interval: [[first, last]], trs}}, a null end being open; nothing when {@code first} is null. */
    static void temporal(ObjectNode extent, LocalDate first, LocalDate last) {
        if (first == null) {
            return;
        }
        ObjectNode temporal = extent.putObject("temporal");
        ArrayNode interval = temporal.putArray("interval").addArray();
        interval.add(instant(first));
        if (last == null) {
            interval.addNull();
        } else {
            interval.add(instant(last));
        }
        temporal.put("trs", OgcNames.GREGORIAN);
    }

    /** The first instant of {@code day}, as RFC 3339. */
    static String instant(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    }
}
