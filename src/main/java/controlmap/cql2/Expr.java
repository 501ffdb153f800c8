package controlmap.cql2;

import java.util.List;

/**
 * A CQL2 filter as a tree, the same whichever encoding it came in (cql2-text through {@link Cql2Text}, cql2-json
 * through {@link Cql2Json}). Operator names are the standard's, in lower case ({@code "="}, {@code "s_intersects"},
 * {@code "t_during"}). A negated form ({@code NOT LIKE}, {@code IS NOT NULL}) is a {@link Not} around the predicate.
 */
public sealed interface Expr {

    record And(List<Expr> args) implements Expr {
        public And {
            args = List.copyOf(args);
        }
    }

    record Or(List<Expr> args) implements Expr {
        public Or {
            args = List.copyOf(args);
        }
    }

    record Not(Expr arg) implements Expr {
    }

    /** {@code TRUE} or {@code FALSE} as a whole predicate. */
    record Constant(boolean value) implements Expr {
    }

    /** A binary comparison: {@code op} one of {@code = <> < > <= >=}. */
    record Compare(String op, Operand left, Operand right) implements Expr {
    }

    /** {@code value LIKE pattern}: {@code %} any run of characters, {@code _} one character, {@code \} escapes. */
    record Like(Operand value, Operand pattern) implements Expr {
    }

    /** {@code value BETWEEN low AND high}, both ends included. */
    record Between(Operand value, Operand low, Operand high) implements Expr {
    }

    record In(Operand value, List<Operand> list) implements Expr {
        public In {
            list = List.copyOf(list);
        }
    }

    record IsNull(Operand value) implements Expr {
    }

    /** A spatial function: {@code op} one of {@link Cql2Ops#SPATIAL}. */
    record Spatial(String op, Operand left, Operand right) implements Expr {
    }

    /** A temporal function: {@code op} one of {@link Cql2Ops#TEMPORAL}. */
    record Temporal(String op, Operand left, Operand right) implements Expr {
    }
}
