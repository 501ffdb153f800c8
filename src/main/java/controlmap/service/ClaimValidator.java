package controlmap.service;

import controlmap.domain.Claim;
import controlmap.geo.Decoded;

/**
 * The rules a decoded claim must still pass against stored data: its {@code source}, {@code place} and {@code actor}
 * exist. (Everything that needs no stored data is checked while decoding, by {@code controlmap.geo.ClaimDecoder}.)
 */
public final class ClaimValidator {

    private final References references;

    public ClaimValidator(References references) {
        this.references = references;
    }

    /** Checks every claim of {@code batch}; the first failure names its path ({@code features[3].properties.place}). */
    public void check(Decoded<Claim> batch) {
        for (int i = 0; i < batch.size(); i++) {
            check(batch.items().get(i), batch.paths().get(i));
        }
    }

    /**
     * Checks one claim read at {@code path} (empty for a lone Feature).
     *
     * @throws Refused UNKNOWN_REFERENCE naming the property whose id is unknown
     */
    public void check(Claim c, String path) {
        String properties = path.isEmpty() ? "properties" : path + ".properties";
        require(references.hasSource(c.source()), properties, "source", c.source());
        require(references.hasPlace(c.place()), properties, "place", c.place());
        require(references.hasActor(c.actor()), properties, "actor", c.actor());
    }

    private static void require(boolean known, String properties, String what, String id) {
        if (!known) {
            throw Refused.unknownReference(properties + "." + what, "names no known " + what + ": '" + id + "'");
        }
    }
}
