package controlmap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import controlmap.wire.Json;
import controlmap.domain.Actor;
import controlmap.domain.Claim;
import controlmap.domain.Place;
import controlmap.domain.Source;
import controlmap.wire.FeatureCodec;
import controlmap.geo.InvalidInputException;
import controlmap.geo.StrictJson;
import controlmap.service.DatasetImport.Item;
import controlmap.service.DatasetImport.Kind;
import controlmap.store.ClaimQuery;
import controlmap.store.StoreException;
import controlmap.store.ClaimStore;
import controlmap.store.StoreCopy;
import controlmap.store.gpkg.GeoPackageClaimStore;
import controlmap.wire.ClaimFields;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The items of import files, by kind. JSON files: a FeatureCollection (or Feature) of claims or of places, or an
 * array of sources or of actors, told apart by their members unless a kind is forced. GeoPackage files: a store
 * written by ControlMap (opened from a temporary copy, so the file itself is never changed), whose actors, sources,
 * places and claims (retracted ones included) are turned back into their wire form and checked like any other input.
 */
final class ImportFiles {

    /** A file that cannot be read or recognised; nothing is imported then. */
    static final class Unreadable extends Exception {
        Unreadable(Path file, String reason) {
            super(file + ": " + reason);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ImportFiles() {
    }

    /** Reads every file; {@code forced} (may be null) is the kind of every JSON file. */
    static Map<Kind, List<Item>> read(List<Path> files, Kind forced) throws Unreadable {
        Map<Kind, List<Item>> items = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            items.put(k, new ArrayList<>());
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new Unreadable(file, "no such file");
            }
            if (isGeoPackage(file)) {
                readGeoPackage(file, items);
            } else {
                readJson(file, forced, items);
            }
        }
        return items;
    }

    private static void readJson(Path file, Kind forced, Map<Kind, List<Item>> items) throws Unreadable {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = StrictJson.parse(in);
        } catch (InvalidInputException e) {
            throw new Unreadable(file, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            throw new Unreadable(file, "cannot be read: " + e.getMessage());
        }
        String name = file.toString();
        String type = root.path("type").asText("");
        if (type.equals("FeatureCollection") && root.path("features").isArray()) {
            JsonNode features = root.path("features");
            Kind kind = forced != null ? forced : kindOfFeature(features.path(0));
            for (int i = 0; i < features.size(); i++) {
                items.get(kind).add(new Item(name, "features[" + i + "]", features.get(i)));
            }
        } else if (type.equals("Feature")) {
            items.get(forced != null ? forced : kindOfFeature(root)).add(new Item(name, "", root));
        } else if (root.isArray()) {
            Kind kind = forced != null ? forced : kindOfObject(file, root.path(0));
            for (int i = 0; i < root.size(); i++) {
                items.get(kind).add(new Item(name, "[" + i + "]", root.get(i)));
            }
        } else {
            throw new Unreadable(file, "is neither a GeoJSON Feature or FeatureCollection nor an array of sources or "
                    + "actors");
        }
    }

    /** Claims carry a source, an actor and dates; places do not. */
    private static Kind kindOfFeature(JsonNode feature) {
        JsonNode p = feature.path("properties");
        return p.has(ClaimFields.SOURCE) || p.has(ClaimFields.ACTOR) || p.has(ClaimFields.VALID_FROM) || p.has(ClaimFields.QUOTE) ? Kind.CLAIMS : Kind.PLACES;
    }

    private static Kind kindOfObject(Path file, JsonNode first) throws Unreadable {
        if (first.has("color")) {
            return Kind.ACTORS;
        }
        if (first.has("kind")) {
            return Kind.SOURCES;
        }
        throw new Unreadable(file, "is an array, but neither of actors (with a color) nor of sources (with a kind); "
                + "use --kind");
    }

    private static void readGeoPackage(Path file, Map<Kind, List<Item>> items) throws Unreadable {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("controlmap-import");
            Path copy = dir.resolve("import.gpkg");
            Files.copy(file, copy);
            try (GeoPackageClaimStore in = GeoPackageClaimStore.open(copy)) {
                if (in.isEmpty()) {
                    throw new Unreadable(file, "holds no ControlMap data (is it a GeoPackage written by ControlMap?)");
                }
                String name = file.toString();
                for (Actor a : in.actors()) {
                    items.get(Kind.ACTORS).add(new Item(name, "actors/" + a.id(), actor(a)));
                }
                for (Source s : in.sources()) {
                    items.get(Kind.SOURCES).add(new Item(name, "sources/" + s.id(), source(s)));
                }
                for (Place p : in.places()) {
                    items.get(Kind.PLACES).add(new Item(name, "places/" + p.id(), StrictJson.parse(Json.bytes(out ->
                            Json.feature(out, p.id(), p.geometry(), props -> FeatureCodec.writePlaceProperties(props,
                                    p))))));
                }
                for (Claim c : in.claims(ClaimQuery.everything())) {
                    items.get(Kind.CLAIMS).add(new Item(name, "claims/" + c.id(), StrictJson.parse(Json.bytes(out ->
                            Json.feature(out, c.id(), c.geometry(), props -> FeatureCodec.writeClaimProperties(props,
                                    c))))));
                }
            }
        } catch (IOException | StoreException e) {
            throw new Unreadable(file, "cannot be read as a GeoPackage: " + e.getMessage());
        } finally {
            deleteQuietly(dir);
        }
    }

    /** True when {@code file} is named like a GeoPackage. */
    static boolean isGeoPackage(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gpkg");
    }

    /**
     * Restores a ControlMap GeoPackage into the empty store {@code target} with {@link StoreCopy}: every claim with
     * its full history. The file is read from a temporary copy and never changed.
     */
    static StoreCopy.Summary restore(Path file, ClaimStore target, StoreCopy.Progress progress) throws Unreadable {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("controlmap-restore");
            Path copy = dir.resolve("restore.gpkg");
            Files.copy(file, copy);
            try (GeoPackageClaimStore in = GeoPackageClaimStore.open(copy)) {
                return StoreCopy.copy(in, target, progress);
            }
        } catch (IOException e) {
            throw new Unreadable(file, "cannot be read as a GeoPackage: " + e.getMessage());
        } finally {
            deleteQuietly(dir);
        }
    }

    private static JsonNode actor(Actor a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", a.id()).put("name", a.name()).put("color", a.color());
        putIfSet(n, "description", a.description());
        putIfSet(n, "negates", a.negates());
        putIfSet(n, "name_ar", a.nameAr());
        return n;
    }

    private static JsonNode source(Source s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", s.id()).put("name", s.name()).put("kind", s.kind());
        putIfSet(n, "url", s.url());
        putIfSet(n, "outlet", s.outlet());
        putIfSet(n, "affiliation", s.affiliation());
        putIfSet(n, "description", s.description());
        putIfSet(n, "name_ar", s.nameAr());
        return n;
    }

    private static void putIfSet(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary copy; the OS cleans up what is left
        }
    }
}
