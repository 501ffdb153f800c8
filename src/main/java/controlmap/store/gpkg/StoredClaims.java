package controlmap.store.gpkg;

import controlmap.domain.Claim;
import controlmap.domain.Retraction;

/** Claims in the form the store keeps them: shape as a MultiPolygon, instants to the millisecond. */
final class StoredClaims {

    private StoredClaims() {
    }

    /** {@code c} with id {@code id}, retraction {@code r}, its shape normalised; version fields left to the caller. */
    static Claim asStored(Claim c, String id, Retraction r) {
        Retraction retraction = r == null ? null : new Retraction(r.by(), IsoText.stored(r.at()), r.reason());
        return new Claim(id, c.source(), c.place(), c.actor(), c.validFrom(), c.validTo(), c.datePrecision(),
                c.reportedOn(), c.reportedOnPrecision(), c.basis(), c.quote(), c.url(), c.article(), c.articleRef(),
                c.speaker(), c.note(), GeoPackageBinary.normalise(c.geometry()), c.version(), c.recorded(),
                c.recordedAt(), c.editor(), retraction);
    }
}
