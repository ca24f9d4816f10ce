package dev.dash.onboard;

import java.util.List;

/**
 * How drafted knowledge names a table: by its name when one schema is read (as the Analyst's search path finds it),
 * else schema-qualified, so two schemas' tables of one name stay apart.
 */
final class TableNames {

    private final boolean qualified;

    TableNames(List<String> schemas) {
        this.qualified = schemas.size() > 1;
    }

    String of(TableShape table) {
        return of(table.schema(), table.name());
    }

    String of(String schema, String table) {
        return qualified ? schema + "." + table : table;
    }
}
