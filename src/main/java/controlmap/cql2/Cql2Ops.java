package controlmap.cql2;

import java.util.List;

/** The operator names CQL2 defines and this package evaluates, as cql2-json spells them. */
public final class Cql2Ops {

    public static final List<String> COMPARISON = List.of("=", "<>", "<", ">", "<=", ">=");

    public static final List<String> SPATIAL = List.of("s_intersects", "s_equals", "s_disjoint", "s_touches",
            "s_within", "s_overlaps", "s_crosses", "s_contains");

    public static final List<String> TEMPORAL = List.of("t_after", "t_before", "t_contains", "t_disjoint",
            "t_during", "t_equals", "t_finishedby", "t_finishes", "t_intersects", "t_meets", "t_metby",
            "t_overlappedby", "t_overlaps", "t_startedby", "t_starts");

    private Cql2Ops() {
    }
}
