package controlmap.domain;

import org.locationtech.jts.geom.Geometry;

/**
 * A named area. Places may overlap.
 *
 * @param id              stable identifier ({@code raqqa-city})
 * @param name            English name
 * @param nameAr          Arabic name, may be null
 * @param kind            {@code city}, {@code town}, {@code village}, {@code camp}, {@code district}, {@code region}, {@code province}, …
 * @param geometryQuality {@code approximate} for shapes we digitised, {@code surveyed} for authoritative ones
 * @param note            how the shape was made or what it stands for, may be null
 * @param geometry        Polygon or MultiPolygon in EPSG:4326 (lon/lat)
 */
public record Place(String id, String name, String nameAr, String kind, String geometryQuality, String note,
                    Geometry geometry) {
}
