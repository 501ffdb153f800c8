package controlmap.service;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.domain.Actor;
import controlmap.domain.Claim;
import controlmap.domain.Place;
import controlmap.domain.Source;
import controlmap.geo.ClaimDecoder;
import controlmap.geo.InvalidInputException;
import controlmap.geo.PlaceDecoder;
import controlmap.geo.ReferenceDecoder;
import controlmap.geo.StrictJson;
import controlmap.store.ClaimQuery;
import controlmap.store.ClaimStore;
import controlmap.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seed dataset of {@code data/geojson}: {@code actors.json}, {@code sources.json}, {@code places.geojson},
 * {@code claims.geojson}. The same files are packaged in the jar under {@code /seed}, so the service seeds itself
 * wherever it runs. They are read as an import reads its files: parsed by {@link StrictJson}, each item decoded by
 * the strict decoders ({@link ReferenceDecoder}, {@link PlaceDecoder}, {@link ClaimDecoder}) and each claim checked
 * by {@link ClaimValidator} against the seed's own sources, places and actors. Unlike an import, a seed with a fault
 * is not loaded at all: the first fault is thrown, naming the file and the field.
 */
public record SeedDataset(List<Actor> actors, List<Source> sources, List<Place> places, List<Claim> claims) {

    private static final Logger LOG = LoggerFactory.getLogger(SeedDataset.class);
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
        List<Actor> actors = items(open, "actors.json", tree(open, "actors.json"), ReferenceDecoder::actor);
        List<Source> sources = items(open, "sources.json", tree(open, "sources.json"), ReferenceDecoder::source);
        List<Place> places = items(open, "places.geojson", tree(open, "places.geojson").path("features"),
                PlaceDecoder::place);
        List<Claim> claims = items(open, "claims.geojson", tree(open, "claims.geojson").path("features"),
                ClaimDecoder::claim);
        ClaimValidator references = new ClaimValidator(References.of(
                sources.stream().map(Source::id).collect(Collectors.toSet()),
                places.stream().map(Place::id).collect(Collectors.toSet()),
                actors.stream().map(Actor::id).collect(Collectors.toSet())));
        for (int i = 0; i < claims.size(); i++) {
            String path = "features[" + i + "]";
            if (claims.get(i).id() == null) {
                throw new IllegalArgumentException("claims.geojson: " + path + ".id: is required in the seed");
            }
            try {
                references.check(claims.get(i), path);
            } catch (InvalidInputException e) {
                throw new IllegalArgumentException("claims.geojson: " + e.field() + ": " + e.reason(), e);
            }
        }
        return new SeedDataset(actors, sources, places, claims);
    }

    /** Each element of the array {@code array} of file {@code name}, decoded by {@code decode}. */
    private static <T> List<T> items(Function<String, InputStream> open, String name, JsonNode array,
                                     BiFunction<JsonNode, String, T> decode) {
        String prefix = name.endsWith(".geojson") ? "features" : "";
        List<T> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String path = prefix + "[" + i + "]";
            try {
                out.add(decode.apply(array.get(i), path));
            } catch (InvalidInputException e) {
                throw new IllegalArgumentException(name + ": " + e.field() + ": " + e.reason(), e);
            }
        }
        return out;
    }

    private static JsonNode tree(Function<String, InputStream> open, String name) {
        try (InputStream in = open.apply(name)) {
            return StrictJson.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        } catch (InvalidInputException e) {
            throw new IllegalArgumentException(name + ": " + e.field() + ": " + e.reason(), e);
        }
    }
}
