package dev.dash.format;

import java.util.Set;

/** The words a business uses for money (columns kept in USD, revenue metrics such as MRR), read from its knowledge. */
@FunctionalInterface
public interface MoneyWords {

    /** Lower-case words; read again after each {@link Units#refresh()}. */
    Set<String> read();
}
