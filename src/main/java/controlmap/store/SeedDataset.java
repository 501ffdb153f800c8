package controlmap.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import controlmap.domain.Actor;
import controlmap.domain.Claim;
import controlmap.domain.Place;
import controlmap.domain.Source;
import controlmap.geo.FeatureCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seed dataset of {@code data/geojson}: {@code actors.json}, {@code sources.json}, {@code places.geojson},
 * {@code claims.geojson}. The same files are packaged in the jar under {@code /seed}, so the service seeds itself
 * wherever it runs.
 */
public record SeedDataset(List<Actor> actors, List<Source> sources, List<Place> places, List<Claim> claims) {

    private static final Logger LOG = LoggerFactory.getLogger(SeedDataset.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Editor name recorded for seeded claims. */
    public static final String SEED_EDITOR = "seed";

    /** Reads the dataset from a directory laid out like {@code data/geojson}. */
    public static SeedDataset fromDirectory(Path dir) {
        return read(name -> {
            try {
                return Files.newInputStream(dir.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + dir.resolve(name), e);
            }
        });
    }

    /** Reads the dataset packaged in the jar under {@code /seed}. */
    public static SeedDataset fromClasspath() {
        return read(name -> {
            InputStream in = SeedDataset.class.getResourceAsStream("/seed/" + name);
            if (in == null) {
                throw new UncheckedIOException(new IOException("seed file missing from the jar: /seed/" + name));
            }
            return in;
        });
    }

    /**
     * Seeds {@code store} with this dataset when the store is empty; does nothing otherwise.
     *
     * @return true when the store was seeded
     */
    public boolean seedIfEmpty(ClaimStore store) {
        if (!store.isEmpty()) {
            return false;
        }
        store.putActors(actors);
        store.putSources(sources);
        store.putPlaces(places);
        try {
            store.addClaims(claims, SEED_EDITOR);
        } catch (StoreException e) {
            // Instances starting together on one empty database all try; the puts above are upserts of the same
            // rows, and addClaims is all or nothing, so when the claims are there another instance seeded them.
            if (store.claims(ClaimQuery.everything()).isEmpty()) {
                throw e;
            }
            LOG.info("another process seeded the {} store at the same time", store.kind());
            return false;
        }
        LOG.info("seeded an empty {} store: {} places, {} sources, {} actors, {} claims", store.kind(),
                places.size(), sources.size(), actors.size(), claims.size());
        return true;
    }

    private static SeedDataset read(Function<String, InputStream> open) {
        return new SeedDataset(
                list(open, "actors.json", SeedDataset::actor),
                list(open, "sources.json", SeedDataset::source),
                features(open, "places.geojson", FeatureCodec::readPlace),
                features(open, "claims.geojson", FeatureCodec::readClaim));
    }

    private static <T> List<T> list(Function<String, InputStream> open, String name, Function<JsonNode, T> f) {
        List<T> out = new ArrayList<>();
        for (JsonNode n : tree(open, name)) {
            out.add(parse(name, n, f));
        }
        return out;
    }

    private static <T> List<T> features(Function<String, InputStream> open, String name, Function<JsonNode, T> f) {
        List<T> out = new ArrayList<>();
        for (JsonNode n : tree(open, name).path("features")) {
            out.add(parse(name, n, f));
        }
        return out;
    }

    private static <T> T parse(String file, JsonNode n, Function<JsonNode, T> f) {
        try {
            return f.apply(n);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ", entry " + n.path("id").asText("?") + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode tree(Function<String, InputStream> open, String name) {
        try (InputStream in = open.apply(name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + name, e);
        }
    }

    private static Actor actor(JsonNode n) {
        return new Actor(n.path("id").asText(), n.path("name").asText(), n.path("color").asText(),
                textOrNull(n, "description"), textOrNull(n, "negates"), textOrNull(n, "name_ar"));
    }

    private static Source source(JsonNode n) {
        return new Source(n.path("id").asText(), n.path("name").asText(), n.path("kind").asText(),
                textOrNull(n, "url"), textOrNull(n, "outlet"), textOrNull(n, "description"), textOrNull(n, "name_ar"),
                textOrNull(n, "affiliation"));
    }

    private static String textOrNull(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }
}
