package controlmap.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import controlmap.domain.Actor;
import controlmap.domain.Basis;
import controlmap.domain.Claim;
import controlmap.domain.DatePrecision;
import controlmap.domain.Place;
import controlmap.domain.Source;
import controlmap.geo.GeoJsonGeometry;
import controlmap.service.SeedDataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Geometry;

/**
 * A deterministic synthetic dataset for benchmarks: {@code places} cells tiling Syria ({@link PlaceGrid}),
 * {@code sources} invented sources, the seed data's actors, and for every place and source {@code changes} claims
 * over 2014–2019 whose validity chains one into the next (the last one open). Every place has a true history of
 * {@code changes} changes of hands; each source reports each change a few weeks early or late, and now and then names
 * another actor, so sources mostly agree and disagree around changes, as real ones do.
 *
 * <p>Everything is a function of the parameters and the seed: the same arguments give the same data, claim by claim.
 * Claims are made place by place ({@link #claimsAbout}), so a caller can stream them without holding them all.
 */
public final class SyntheticDataset {

    static final LocalDate FIRST = LocalDate.of(2014, 1, 1);
    static final LocalDate LAST = LocalDate.of(2019, 12, 31);
    private static final int DAYS = (int) (LAST.toEpochDay() - FIRST.toEpochDay()) + 1;
    /** How far a source's date for a change may be from the true one, in days either way. */
    private static final int DATE_NOISE = 30;
    /** How often a source names another actor than the true one. */
    private static final double DISAGREE = 0.12;
    private static final String[] KINDS = {"monitor", "news-agency", "military", "government", "outlet", "analyst"};

    private final int placeCount;
    private final int sourceCount;
    private final int changes;
    private final long seed;
    private final List<Actor> actors;
    private final List<String> holders;
    private final Map<String, String> actorNames = new HashMap<>();
    private final List<Source> sources;
    private List<Place> places;

    /**
     * @param places  how many places, at least 1
     * @param sources how many sources, at least 1
     * @param changes how many claims (changes of hands) per place and source, 1 to 500
     * @param seed    any number; the same seed gives the same data
     */
    public SyntheticDataset(int places, int sources, int changes, long seed) {
        if (places < 1 || sources < 1 || changes < 1 || changes > 500) {
            throw new IllegalArgumentException("need places >= 1, sources >= 1 and 1 <= changes <= 500");
        }
        this.placeCount = places;
        this.sourceCount = sources;
        this.changes = changes;
        this.seed = seed;
        this.actors = SeedDataset.fromClasspath().actors();
        actors.forEach(a -> actorNames.put(a.id(), a.name()));
        this.holders = actors.stream().filter(a -> a.negates() == null).map(Actor::id).toList();
        this.sources = makeSources();
    }

    /** How many claims {@link #claimsAbout} gives over all places: places × sources × changes. */
    public long claimCount() {
        return (long) placeCount * sourceCount * changes;
    }

    public int placeCount() {
        return placeCount;
    }

    /** The seed data's actors. */
    public List<Actor> actors() {
        return actors;
    }

    public List<Source> sources() {
        return sources;
    }

    /** The places, {@code p000001}…, south to north; computed on the first call (seconds for 100,000). */
    public synchronized List<Place> places() {
        if (places == null) {
            List<Geometry> cells = new PlaceGrid(outline(), seed).cells(placeCount);
            int width = Math.max(6, String.valueOf(placeCount).length());
            List<Place> out = new ArrayList<>(cells.size());
            for (int i = 0; i < cells.size(); i++) {
                Geometry g = PlaceGrid.asMulti(cells.get(i));
                g.setSRID(GeoJsonGeometry.SRID);
                out.add(PlaceNames.place(String.format("p%0" + width + "d", i + 1), g, random(7, i, 0)));
            }
            places = List.copyOf(out);
        }
        return places;
    }

    /**
     * The claims about place number {@code index} (0-based, in the order of {@link #places}): for each source,
     * {@code changes} claims whose validity chains one into the next. Store-assigned fields (version, recorded,
     * recordedAt, editor) are left empty.
     */
    public List<Claim> claimsAbout(int index) {
        Place place = places().get(index);
        SplittableRandom truth = random(3, index, 0);
        int[] days = distinctDays(truth, changes);
        String[] actor = new String[changes];
        for (int k = 0; k < changes; k++) {
            actor[k] = pickOther(truth, k == 0 ? null : actor[k - 1]);
        }
        List<Claim> out = new ArrayList<>(sourceCount * changes);
        for (int s = 0; s < sourceCount; s++) {
            out.addAll(reports(place, sources.get(s), random(5, index, s), days, actor));
        }
        return out;
    }

    /** One source's account of a place's true history: the dates moved a little, the actor now and then another. */
    private List<Claim> reports(Place place, Source source, SplittableRandom r, int[] trueDays, String[] trueActors) {
        int[] days = new int[changes];
        for (int k = 0; k < changes; k++) {
            days[k] = Math.max(0, Math.min(DAYS - 1, trueDays[k] + r.nextInt(2 * DATE_NOISE + 1) - DATE_NOISE));
        }
        Arrays.sort(days);
        for (int k = 1; k < changes; k++) {
            days[k] = Math.max(days[k], days[k - 1] + 1);
        }
        List<Claim> out = new ArrayList<>(changes);
        String previous = null;
        for (int k = 0; k < changes; k++) {
            String actor = r.nextDouble() < DISAGREE ? pickOther(r, trueActors[k]) : trueActors[k];
            if (actor.equals(previous)) {
                actor = pickOther(r, previous);
            }
            LocalDate from = FIRST.plusDays(days[k]);
            LocalDate to = k + 1 < changes ? FIRST.plusDays(days[k + 1]) : null;
            out.add(claim(place, source, actor, from, to, r));
            previous = actor;
        }
        return out;
    }

    private Claim claim(Place place, Source source, String actor, LocalDate from, LocalDate to, SplittableRandom r) {
        LocalDate reported = from.plusDays(r.nextInt(15));
        double p = r.nextDouble();
        DatePrecision precision = p < 0.8 ? DatePrecision.DAY : p < 0.95 ? DatePrecision.MONTH : DatePrecision.APPROXIMATE;
        Basis basis = r.nextDouble() < 0.9 ? Basis.EXPLICIT : Basis.BLANKET;
        String actorName = actorNames.getOrDefault(actor, actor);
        String quote = source.name() + ": " + (basis == Basis.EXPLICIT
                ? actorName + " took full control of " + place.name() + " on " + from + "."
                : "the whole area around " + place.name() + " is held by " + actorName + " since " + from + ".");
        String article = source.name() + " daily report, " + reported;
        String url = "https://example.org/" + source.id() + "/reports/" + reported;
        String id = source.id() + "-" + from + "-" + place.id() + "-" + actor;
        return new Claim(id, source.id(), place.id(), actor, from, to, precision, reported, DatePrecision.DAY, basis,
                quote, url, article, null, null, "synthetic", null, 0, 0, null, null, null);
    }

    /** {@code n} distinct days of 2014–2019, ascending, as offsets from {@link #FIRST}. */
    private static int[] distinctDays(SplittableRandom r, int n) {
        int[] days = new int[n];
        for (int k = 0; k < n; k++) {
            days[k] = r.nextInt(DAYS - n);
        }
        Arrays.sort(days);
        for (int k = 0; k < n; k++) {
            days[k] += k; // strictly increasing, still below DAYS
        }
        return days;
    }

    private String pickOther(SplittableRandom r, String not) {
        while (true) {
            String a = holders.get(r.nextInt(holders.size()));
            if (!a.equals(not)) {
                return a;
            }
        }
    }

    private List<Source> makeSources() {
        int width = String.valueOf(sourceCount).length();
        List<Source> out = new ArrayList<>(sourceCount);
        for (int s = 0; s < sourceCount; s++) {
            String n = String.format("%0" + width + "d", s + 1);
            out.add(new Source("synth-" + n, "Synthetic source " + n, KINDS[s % KINDS.length],
                    "https://example.org/synth-" + n + "/", null, "Invented by the generate command for benchmarks."));
        }
        return List.copyOf(out);
    }

    private SplittableRandom random(int kind, int i, int j) {
        return new SplittableRandom(PlaceGrid.mix(PlaceGrid.mix(seed ^ kind * 0x9E3779B97F4A7C15L) ^ ((long) i << 32 | j)));
    }

    /** Syria's outline, from the seed data packaged in the jar. */
    static Geometry outline() {
        try (InputStream in = SyntheticDataset.class.getResourceAsStream("/seed/syria-outline.geojson")) {
            if (in == null) {
                throw new IOException("/seed/syria-outline.geojson is missing from the class path");
            }
            JsonNode fc = new ObjectMapper().readTree(in);
            return GeoJsonGeometry.read(fc.path("features").path(0).path("geometry"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
