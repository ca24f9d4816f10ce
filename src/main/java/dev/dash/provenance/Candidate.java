package dev.dash.provenance;

import java.math.BigDecimal;

/**
 * A value a figure may read as: a result cell ({@code derivation} null) or a simple derivation of cells, with the
 * query, row (index into its rows) and column it came from; row or column is null when it spans several. A ratio,
 * share or change backs only a figure written as one (a percentage, a fraction, "3x"): a whole count near some ratio
 * proves nothing.
 */
record Candidate(BigDecimal value, RanQuery query, Integer row, String column, String derivation, boolean ratio) {

    Candidate(BigDecimal value, RanQuery query, Integer row, String column, String derivation) {
        this(value, query, row, column, derivation, false);
    }

    boolean backs(Mention mention) {
        return (!ratio || mention.ratioLike()) && mention.reads(value);
    }
}
