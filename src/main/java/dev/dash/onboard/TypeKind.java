package dev.dash.onboard;

import java.util.Set;

/** What kind of values a column's base type holds, as far as drafting knowledge cares. */
enum TypeKind {
    TEMPORAL, NUMERIC, TEXT, OTHER;

    private static final Set<String> TEMPORAL_TYPES = Set.of("date", "timestamp", "timestamptz");
    private static final Set<String> NUMERIC_TYPES = Set.of("int2", "int4", "int8", "numeric", "float4", "float8",
            "money");
    private static final Set<String> TEXT_TYPES = Set.of("text", "varchar", "bpchar", "citext", "enum");

    static TypeKind of(String baseType) {
        if (TEMPORAL_TYPES.contains(baseType)) {
            return TEMPORAL;
        }
        if (NUMERIC_TYPES.contains(baseType)) {
            return NUMERIC;
        }
        return TEXT_TYPES.contains(baseType) ? TEXT : OTHER;
    }
}
