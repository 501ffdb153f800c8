package controlmap.query;

import controlmap.domain.Actor;
import controlmap.domain.Bbox;
import controlmap.domain.Claim;
import controlmap.domain.Place;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.locationtech.jts.geom.Envelope;

/**
 * Answers the as-of questions (who held what on a day, according to whom, as known when) over one snapshot of the
 * data. Immutable and safe to share between threads; a new snapshot is a new index.
 *
 * <p>Claims are kept per (place, source) in as-of precedence order, so an answer costs a binary search per place in
 * view, and places are kept in an STR-tree, so a box only visits the places it can see.
 */
public final class ClaimIndex {

    private static final Comparator<ChangeEvent> EVENT_ORDER =
            Comparator.comparing(ChangeEvent::date, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
                    .thenComparing(ChangeEvent::source);

    private final SortedMap<String, Place> places;
    private final SortedMap<String, Actor> actors;
    private final List<Claim> claims;
    private final SortedMap<String, PlaceClaims> byPlace;
    private final Map<String, SortedMap<String, PlaceClaims>> bySource;
    private final BoundaryCounts boundaries;
    private final ClaimsById byId;
    private final long maxRecorded;
    private final PlaceTree tree;
    private final DisputeFinder disputeFinder;
    private final Extent extent;
    /** Built on first use: only the OGC listings need them, and a snapshot replaced before then never pays. */
    private final Memo<ClaimSearch> search;
    private final Memo<PlaceSearch> placeSearch;

    private ClaimIndex(SortedMap<String, Place> places, SortedMap<String, Actor> actors, List<Claim> claims,
                       SortedMap<String, PlaceClaims> byPlace, Map<String, SortedMap<String, PlaceClaims>> bySource,
                       BoundaryCounts boundaries, ClaimsById byId, long maxRecorded) {
        this.places = Collections.unmodifiableSortedMap(places);
        this.actors = Collections.unmodifiableSortedMap(actors);
        this.claims = claims;
        this.byPlace = byPlace;
        this.bySource = bySource;
        this.boundaries = boundaries;
        this.byId = byId;
        this.maxRecorded = maxRecorded;
        this.tree = new PlaceTree(byPlace.values());
        this.disputeFinder = new DisputeFinder(this.actors);
        this.extent = ExtentMeasure.of(places.values(), claims);
        this.search = new Memo<>(() -> new ClaimSearch(claims, this.places::get, tree, byId));
        this.placeSearch = new Memo<>(() -> new PlaceSearch(this.places.values()));
    }

    /** Indexes {@code current}: the claims taking part in answers, ordered by recorded. */
    private static ClaimIndex assemble(SortedMap<String, Place> places, SortedMap<String, Actor> actors,
                                       List<Claim> current, long maxRecorded) {
        SortedMap<String, List<Claim>> grouped = new TreeMap<>();
        current.forEach(c -> grouped.computeIfAbsent(c.place(), p -> new ArrayList<>()).add(c));
        SortedMap<String, PlaceClaims> byPlace = new TreeMap<>();
        Map<String, SortedMap<String, PlaceClaims>> bySource = new TreeMap<>();
        grouped.forEach((placeId, about) -> {
            PlaceClaims p = new PlaceClaims(places.get(placeId), about);
            byPlace.put(placeId, p);
            for (SourceTimeline h : p.histories()) {
                bySource.computeIfAbsent(h.source(), s -> new TreeMap<>()).put(placeId, p);
            }
        });
        return new ClaimIndex(places, actors, List.copyOf(current), byPlace, bySource,
                BoundaryCounts.of(byPlace.values()), ClaimsById.of(current), maxRecorded);
    }

    /**
     * Indexes a snapshot of the data.
     *
     * @param places the places; of two with the same id the later one stands
     * @param actors the actors; of two with the same id the later one stands
     * @param claims the claims, retracted ones included. Of several versions of one claim id only the latest
     *               ({@code recorded}) counts. Retracted claims, and claims about a place not in {@code places}, take
     *               no part in any answer, {@link #claims()}, {@link #changeDates} and {@link #extent()} included.
     *               Claims may name actors not in {@code actors}.
     * @return the index, never null
     * @throws NullPointerException when a claim lacks an id, source, place, actor or reportedOn
     */
    public static ClaimIndex build(Collection<Place> places, Collection<Actor> actors, Collection<Claim> claims) {
        SortedMap<String, Place> placeMap = byId(places, Place::id);
        long max = claims.stream().mapToLong(Claim::recorded).max().orElse(0);
        return assemble(placeMap, byId(actors, Actor::id), CurrentClaims.select(claims, placeMap.keySet()), max);
    }

    /**
     * The index of the same places and actors with newer versions of claims (new claims, corrections, retractions):
     * the same answers as {@link #build} over everything this index was built from plus {@code changed}, at the cost
     * of the places those claims are about (and the maps, tree and lists that name places), not of every claim.
     *
     * @param changed claim versions recorded after every claim this index has seen ({@link #maxRecorded()}), as a
     *                store lists the claims written since then; retracted ones included
     * @throws IllegalArgumentException when a claim was not recorded after {@link #maxRecorded()}
     */
    public ClaimIndex withChanges(Collection<Claim> changed) {
        if (changed.isEmpty()) {
            return this;
        }
        IndexUpdate u = new IndexUpdate(places, byPlace, bySource, byId, maxRecorded, changed);
        List<Claim> current = new ArrayList<>(claims.size() + u.added().size());
        for (Claim c : claims) {
            if (!u.replacedIds().contains(c.id())) {
                current.add(c);
            }
        }
        current.addAll(u.added());
        return new ClaimIndex(places, actors, List.copyOf(current), u.byPlace(), u.bySource(),
                boundaries.with(u.removedHistories(), u.addedHistories()),
                byId.updated(u.replacedIds(), u.added()), u.maxRecorded());
    }

    /** The highest {@code recorded} of the claims this index was built from, retracted ones included; 0 for none. */
    public long maxRecorded() {
        return maxRecorded;
    }

    private static <T> SortedMap<String, T> byId(Collection<T> items, Function<T, String> id) {
        SortedMap<String, T> out = new TreeMap<>();
        items.forEach(item -> out.put(id.apply(item), item));
        return out;
    }

    /**
     * The as-of rule. For each place and each source (or only {@code q.source()}): the source's claims about the place
     * in force on {@code q.date()} ({@code validFrom <= date < validTo}, a validFrom the source did not give = since
     * before every day, open validTo = forever), reported on or before {@code q.asOf()} when given; the one with the
     * latest validFrom wins (an unstated one is the earliest), then the latest reportedOn, then the latest
     * recorded. A place a source said nothing in force about is absent from that source's answer.
     *
     * <p>With {@code q.bbox()}, an entry is kept when its claim's own geometry, or the place's when the claim has none,
     * intersects the box (exactly, not just by envelope).
     *
     * @return one entry per (place, source) with a winner, ordered by place id, then source id; unmodifiable, empty
     *         for an unknown source
     */
    public List<ControlEntry> control(ControlQuery q) {
        ViewBox view = q.bbox() == null ? null : new ViewBox(q.bbox());
        List<ControlEntry> out = new ArrayList<>();
        for (PlaceClaims p : placesInView(q.source(), view)) {
            addWinners(p, q, view, out);
        }
        return Collections.unmodifiableList(out);
    }

    /** The entries of {@link #control} about the place {@code placeId} only: found by id, not by visiting every place. */
    public List<ControlEntry> control(String placeId, ControlQuery q) {
        PlaceClaims p = byPlace.get(placeId);
        List<ControlEntry> out = new ArrayList<>();
        if (p != null) {
            addWinners(p, q, q.bbox() == null ? null : new ViewBox(q.bbox()), out);
        }
        return Collections.unmodifiableList(out);
    }

    private static void addWinners(PlaceClaims p, ControlQuery q, ViewBox view, List<ControlEntry> out) {
        for (SourceTimeline h : p.histories(q.source())) {
            Claim w = h.winner(q.date(), q.asOf());
            if (w != null && (view == null || view.shows(p.place(), w))) {
                out.add(new ControlEntry(p.place(), w));
            }
        }
    }

    /** Places that may have an answer from {@code source} (null = any) in {@code view} (null = anywhere), by id. */
    private Collection<PlaceClaims> placesInView(String source, ViewBox view) {
        if (view != null) {
            return tree.candidates(view.envelopes());
        }
        if (source == null) {
            return byPlace.values();
        }
        SortedMap<String, PlaceClaims> about = bySource.get(source);
        return about == null ? List.of() : about.values();
    }

    /**
     * The places the sources disagree about on {@code date}: each source's as-of winner for the place is taken (see
     * {@link #control}), and the place is disputed when two winners conflict: neither is a presence claim, they are
     * not both about part of the place, and their actors conflict ({@link Actor#conflictsWith}: a negating actor such
     * as {@code not-isis} only conflicts with the actor it negates; an actor id not in the index conflicts with every
     * other id). Stance and extent do not change who wins, only whether winners conflict.
     *
     * @param date    the day; required
     * @param sources only these sources take part; null for every source
     * @param asOf    the knowledge date: only claims reported on or before it count; null for everything known
     * @param bbox    only places where the own geometry of one of the winning claims, or the place's geometry for a
     *                winner without one, intersects the box; null for everywhere
     * @return the disputes, ordered by place id, each with every taking-part source's winner; unmodifiable
     * @throws NullPointerException when {@code date} is null
     */
    public List<Dispute> disputes(LocalDate date, Set<String> sources, LocalDate asOf, Bbox bbox) {
        Objects.requireNonNull(date, "date");
        ViewBox view = bbox == null ? null : new ViewBox(bbox);
        Collection<PlaceClaims> candidates = view == null ? byPlace.values() : tree.candidates(view.envelopes());
        List<Dispute> out = new ArrayList<>();
        for (PlaceClaims p : candidates) {
            if (p.histories().size() < 2) {
                continue;
            }
            List<Claim> winners = p.winners(sources, date, asOf);
            if (winners.size() >= 2 && inView(view, p, winners) && disputeFinder.disputed(winners)) {
                out.add(new Dispute(p.place(), winners));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The majority of the winning claims (one per source) about one place: {@link Majority#of}. */
    public Majority majority(Collection<Claim> winners) {
        return Majority.of(winners, actors);
    }

    private static boolean inView(ViewBox view, PlaceClaims p, List<Claim> winners) {
        return view == null || winners.stream().anyMatch(w -> view.shows(p.place(), w));
    }

    /**
     * How each source's answer for a place changed over time, with everything known (no knowledge date): an event on
     * each day the winning actor, or its stance or extent, differs from the day before; the first claim gives an event
     * with a null previousActor (and a null date when its start was not given: in force before every stated day), and
     * a day from which nothing is in force any more gives one with a null actor and claim.
     *
     * @param placeId the place
     * @param source  only this source; null for every source
     * @return the events, oldest first, then by source id; empty for an unknown place or source; unmodifiable
     */
    public List<ChangeEvent> timeline(String placeId, String source) {
        PlaceClaims p = byPlace.get(placeId);
        if (p == null) {
            return List.of();
        }
        List<ChangeEvent> out = new ArrayList<>();
        p.histories(source).forEach(h -> out.addAll(TimelineWalk.events(h)));
        out.sort(EVENT_ORDER);
        return Collections.unmodifiableList(out);
    }

    /**
     * The as-of winner of one source for one place (see {@link #control}).
     *
     * @param date required
     * @param asOf the knowledge date, or null for everything known
     * @return the winning claim, or empty when the source has nothing in force (or the place or source is unknown)
     * @throws NullPointerException when {@code date} is null
     */
    public Optional<Claim> winner(String placeId, String source, LocalDate date, LocalDate asOf) {
        Objects.requireNonNull(date, "date");
        PlaceClaims p = byPlace.get(placeId);
        SourceTimeline h = p == null ? null : p.history(source);
        return h == null ? Optional.empty() : Optional.ofNullable(h.winner(date, asOf));
    }

    /**
     * First and last day of the data (earliest validFrom or reportedOn, or the last day in force of a claim whose start
     * was not given, never "before every day"; latest validFrom, validTo or reportedOn) and the
     * union of the places' envelopes; a field is null when there are no claims (dates) or no places (bbox).
     *
     * @return a fresh value each call (its envelope may be changed by the caller)
     */
    public Extent extent() {
        Envelope box = extent.bbox() == null ? null : new Envelope(extent.bbox());
        return new Extent(extent.first(), extent.last(), box);
    }

    /**
     * The days on which an answer may change: every validFrom and validTo of the claims of {@code source} (null = every
     * source), ascending, without repeats; empty for an unknown source. Unmodifiable.
     */
    public List<LocalDate> changeDates(String source) {
        return boundaries.dates(source);
    }

    /**
     * The last change date of {@code source} (null = every source) on or before {@code date}, or null when there is
     * none: the start of the interval between change dates that holds {@code date}. Every answer of {@link #control}
     * for that source (any knowledge date, any box) is the same on all days of the interval, since the claims in
     * force only change on a validFrom or validTo; so are the winners {@link #disputes} compares.
     */
    public LocalDate changeOnOrBefore(String source, LocalDate date) {
        List<LocalDate> dates = changeDates(source);
        int i = Collections.binarySearch(dates, date);
        int at = i >= 0 ? i : -i - 2;
        return at < 0 ? null : dates.get(at);
    }

    /** Every place, ordered by id; unmodifiable. */
    public Collection<Place> places() {
        return places.values();
    }

    /** How many places (with claims or not) reach into {@code box}, tested exactly as answers in a box are. */
    public int placesIn(Envelope box) {
        ViewBox view = new ViewBox(Bbox.of(box));
        int n = 0;
        for (Place p : places.values()) {
            n += view.shows(p.geometry()) ? 1 : 0;
        }
        return n;
    }

    /**
     * The claims of {@link #claims()} about places whose reach (the place's polygon and its claims' own shapes)
     * intersects {@code box}, ordered by {@code recorded}: found through the spatial index of places, a superset of
     * the claims whose geometry intersects the box, to be checked exactly by the caller.
     */
    public List<Claim> claimsNear(Envelope box) {
        List<Claim> out = new ArrayList<>();
        for (PlaceClaims p : tree.candidates(box)) {
            out.addAll(p.claims());
        }
        out.sort(Comparator.comparingLong(Claim::recorded));
        return Collections.unmodifiableList(out);
    }

    /**
     * The places with claims whose reach intersects {@code box} (a superset of those in view, by envelope), by id:
     * what a map tile shows.
     */
    public List<Place> placesNear(Envelope box) {
        return tree.candidates(box).stream().map(PlaceClaims::place).toList();
    }

    /** Every source's as-of winner about {@code placeId} on {@code date} (see {@link #control}), by source id. */
    public List<Claim> winners(String placeId, LocalDate date, LocalDate asOf) {
        PlaceClaims p = byPlace.get(placeId);
        return p == null ? List.of() : p.winners(null, date, asOf);
    }

    /** The days on which any source's answer about {@code placeId} may change, ascending, without repeats. */
    public List<LocalDate> changeDatesOf(String placeId) {
        PlaceClaims p = byPlace.get(placeId);
        return p == null ? List.of() : p.changeDates();
    }

    /** The rule of {@link #disputes}: whether two sources' winning claims (or the actors they name) disagree. */
    public DisputeFinder disputeRule() {
        return disputeFinder;
    }

    /** The place {@code id}, or empty. */
    public Optional<Place> place(String id) {
        return Optional.ofNullable(places.get(id));
    }

    /** Every actor, ordered by id; unmodifiable. */
    public Collection<Actor> actors() {
        return actors.values();
    }

    /** The actor {@code id}, or empty. */
    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    /** The claim {@code id} taking part in answers (its current version), or empty. */
    public Optional<Claim> claim(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The secondary indexes that list {@link #claims()} by source, actor, place, dates and area, page by page; built
     * on the first call (about a second per million claims) and kept with this index.
     */
    public ClaimSearch search() {
        return search.get();
    }

    /** Every place in id order and a spatial index over their polygons; built on the first call. */
    public PlaceSearch placeSearch() {
        return placeSearch.get();
    }

    /** Every claim taking part in answers (see {@link #build}), ordered by {@code recorded}; unmodifiable. */
    public List<Claim> claims() {
        return claims;
    }
}
