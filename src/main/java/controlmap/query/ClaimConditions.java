package controlmap.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;

/**
 * What a request for claims asks, in the terms the claim indexes answer ({@link ClaimSearch}): a conjunction of
 * "this text field is one of these values", "this date field lies in this range of days" and "the geometry (the
 * claim's own shape, or else its place's) intersects one of these boxes". Immutable; each method gives a new value
 * that also requires what it names.
 *
 * <p>Dates are compared as days. A {@code valid_from} the source did not give sorts before every day and an open
 * {@code valid_to} after every day: {@link #inForce} lets them through as in force; {@link #between} and the other
 * comparisons leave them out, as a comparison with null is not true.
 */
public final class ClaimConditions {

    /** The text fields with a posting list. */
    public enum Field { ID, SOURCE, ACTOR, PLACE }

    /** The date fields with a sorted index. */
    public enum DateField { VALID_FROM, VALID_TO, REPORTED_ON }

    /** The key of a {@code valid_from} the source did not give: before every day. */
    static final int UNSTATED = Integer.MIN_VALUE;
    /** The key of an open {@code valid_to}: after every day. */
    static final int OPEN = Integer.MAX_VALUE;

    /** Every claim. */
    public static final ClaimConditions ALL = new ClaimConditions(Map.of(), Map.of(), List.of(), false);
    /** No claim. */
    public static final ClaimConditions NONE = new ClaimConditions(Map.of(), Map.of(), List.of(), true);

    /**
     * A spatial condition: the geometry intersects one of {@code boxes}; when not {@code exact}, only a bound (the
     * geometry's envelope intersects one of them) that the caller checks exactly itself.
     */
    record Spatial(List<Envelope> boxes, boolean exact) {
    }

    private final Map<Field, Set<String>> oneOf;
    private final Map<DateField, int[]> ranges;
    private final List<Spatial> spatial;
    private final boolean none;

    private ClaimConditions(Map<Field, Set<String>> oneOf, Map<DateField, int[]> ranges, List<Spatial> spatial,
                            boolean none) {
        this.oneOf = oneOf;
        this.ranges = ranges;
        this.spatial = spatial;
        this.none = none;
    }

    /** Also: {@code field} equals {@code value}. */
    public ClaimConditions equalTo(Field field, String value) {
        return oneOf(field, List.of(value));
    }

    /** Also: {@code field} is one of {@code values} (none when empty). */
    public ClaimConditions oneOf(Field field, Collection<String> values) {
        Map<Field, Set<String>> out = new EnumMap<>(Field.class);
        out.putAll(oneOf);
        Set<String> kept = new HashSet<>(values);
        Set<String> before = oneOf.get(field);
        if (before != null) {
            kept.retainAll(before);
        }
        out.put(field, Set.copyOf(kept));
        return new ClaimConditions(Map.copyOf(out), ranges, spatial, none);
    }

    /**
     * Also: {@code field} is a stated day from {@code first} to {@code last}, both included; a null end is open
     * (an unstated valid_from and an open valid_to never pass).
     */
    public ClaimConditions between(DateField field, LocalDate first, LocalDate last) {
        return keys(field, first == null ? UNSTATED + 1L : first.toEpochDay(),
                last == null ? OPEN - 1L : last.toEpochDay());
    }

    /** Also: {@code field} is null (a valid_from the source did not give, an open valid_to; no reported_on is). */
    public ClaimConditions isNull(DateField field) {
        return switch (field) {
            case VALID_FROM -> keys(field, UNSTATED, UNSTATED);
            case VALID_TO -> keys(field, OPEN, OPEN);
            case REPORTED_ON -> NONE;
        };
    }

    /**
     * Also: the validity {@code [valid_from, valid_to)} has a day from {@code first} to {@code last} (null: open),
     * an unstated valid_from being before every day and an open valid_to after every day.
     */
    public ClaimConditions inForce(LocalDate first, LocalDate last) {
        ClaimConditions out = last == null ? this : keys(DateField.VALID_FROM, UNSTATED, last.toEpochDay());
        return first == null ? out : out.keys(DateField.VALID_TO, first.toEpochDay() + 1, OPEN);
    }

    private ClaimConditions keys(DateField field, long lo, long hi) {
        int[] before = ranges.get(field);
        long from = before == null ? lo : Math.max(lo, before[0]);
        long to = before == null ? hi : Math.min(hi, before[1]);
        if (none || from > to) {
            return NONE;
        }
        Map<DateField, int[]> out = new EnumMap<>(DateField.class);
        out.putAll(ranges);
        out.put(field, new int[] {(int) from, (int) to});
        return new ClaimConditions(oneOf, Map.copyOf(out), spatial, false);
    }

    /** Also: the geometry intersects one of {@code boxes} (exactly, not just by envelope). */
    public ClaimConditions intersecting(List<Envelope> boxes) {
        return spatial(new Spatial(List.copyOf(boxes), true));
    }

    /**
     * Also, as a bound for the index only: the geometry's envelope intersects {@code box}. The caller checks the
     * exact condition behind it itself.
     */
    public ClaimConditions near(Envelope box) {
        return spatial(new Spatial(List.of(new Envelope(box)), false));
    }

    private ClaimConditions spatial(Spatial s) {
        List<Spatial> out = new ArrayList<>(spatial);
        out.add(s);
        return new ClaimConditions(oneOf, ranges, List.copyOf(out), none);
    }

    /** Both this and {@code other}. */
    public ClaimConditions and(ClaimConditions other) {
        if (none || other.none) {
            return NONE;
        }
        ClaimConditions out = this;
        for (var e : other.oneOf.entrySet()) {
            out = out.oneOf(e.getKey(), e.getValue());
        }
        for (var e : other.ranges.entrySet()) {
            out = out.keys(e.getKey(), e.getValue()[0], e.getValue()[1]);
            if (out.none) {
                return NONE;
            }
        }
        for (Spatial s : other.spatial) {
            out = out.spatial(s);
        }
        return out;
    }

    /** True when no claim can pass. */
    public boolean none() {
        return none || oneOf.values().stream().anyMatch(Set::isEmpty);
    }

    Map<Field, Set<String>> oneOf() {
        return oneOf;
    }

    /** Per date field, the inclusive range of keys (epoch days; {@link #UNSTATED}, {@link #OPEN} for nulls). */
    Map<DateField, int[]> ranges() {
        return ranges;
    }

    List<Spatial> spatial() {
        return spatial;
    }
}
