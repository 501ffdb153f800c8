package controlmap.cql2;

import java.time.Instant;
import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;

/** What a CQL2 predicate compares: a property of the feature or a literal. */
public sealed interface Operand {

    /** A property of the feature, by name; {@link Queryables} says whether it exists and its type. */
    record Property(String name) implements Operand {
    }

    /** A character literal; compared with a date property it is read as a date. */
    record Text(String value) implements Operand {
    }

    record Number(double value) implements Operand {
    }

    record Bool(boolean value) implements Operand {
    }

    /** {@code DATE('YYYY-MM-DD')}. */
    record Day(LocalDate value) implements Operand {
    }

    /** {@code TIMESTAMP('…Z')}. */
    record Timestamp(Instant value) implements Operand {
    }

    /** A geometry literal (WKT, GeoJSON or {@code BBOX}), in CRS84. */
    record Shape(Geometry value) implements Operand {
    }

    /**
     * {@code INTERVAL(start, end)}: each end a {@link Day}, a {@link Timestamp}, a {@link Property} or {@link #OPEN}
     * ({@code '..'}).
     */
    record Interval(Operand start, Operand end) implements Operand {
    }

    /** The open end {@code '..'} of an interval. */
    Operand OPEN = new Text("..");
}
