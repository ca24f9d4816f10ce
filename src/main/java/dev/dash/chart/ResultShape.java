package dev.dash.chart;

import dev.dash.run.QueryResult;
import dev.dash.run.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** What each column of a result is for a chart: a time axis, a measure, a category, or nothing to draw. */
final class ResultShape {

    enum Role { DATE, NUMBER, CATEGORY, IGNORED }

    private static final Set<String> NUMERIC_TYPES = Set.of("int2", "int4", "int8", "numeric", "float4", "float8",
            "money", "decimal", "serial", "bigserial", "integer", "bigint", "smallint", "real", "double precision");
    private static final Set<String> DATE_TYPES = Set.of("date", "timestamp", "timestamptz");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-(\\d{2}|Q[1-4])(-\\d{2})?)?([T ][\\d:.+Z-]*)?");
    private static final Pattern PERIOD_NAME = Pattern.compile("(year|month|quarter|week|day|period)");
    private static final Pattern ID_NAME = Pattern.compile("id|.*_id");
    /** Measures that must not be summed into an "Other" slice or shown as parts of a whole. */
    private static final Pattern RATIO_NAME = Pattern.compile(
            ".*(avg|average|mean|median|rate|ratio|pct|percent|per_|_per|margin|arpu|arpa|score|nps|share).*");

    private final QueryResult result;
    private final List<Role> roles;

    private ResultShape(QueryResult result) {
        this.result = result;
        this.roles = new ArrayList<>();
        for (int i = 0; i < result.columns().size(); i++) {
            roles.add(roleOf(i));
        }
    }

    static ResultShape of(QueryResult result) {
        return new ResultShape(result);
    }

    List<Integer> columns(Role role) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i) == role) {
                found.add(i);
            }
        }
        return found;
    }

    String name(int column) {
        return result.columns().get(column).name();
    }

    /** The column's unit from the result's metadata; null when unknown. */
    Unit unit(int column) {
        return result.columns().get(column).unit();
    }

    /** Counts and amounts add up; averages, rates and shares do not. */
    boolean additive(int column) {
        Unit unit = unit(column);
        if (unit == Unit.CURRENCY || unit == Unit.COUNT) {
            return true;
        }
        if (unit == Unit.PERCENT) {
            return false;
        }
        return !RATIO_NAME.matcher(name(column).toLowerCase(Locale.ROOT)).matches();
    }

    List<List<Object>> rows() {
        return result.rows();
    }

    private Role roleOf(int column) {
        String type = result.columns().get(column).type();
        type = type == null ? "" : type.toLowerCase(Locale.ROOT);
        String name = name(column).toLowerCase(Locale.ROOT);
        List<Object> values = values(column);
        boolean numeric = NUMERIC_TYPES.contains(type) || (!values.isEmpty() && values.stream().allMatch(Number.class::isInstance));
        if (numeric) {
            if (ID_NAME.matcher(name).matches()) {
                return Role.IGNORED;
            }
            return PERIOD_NAME.matcher(name).matches() || unit(column) == Unit.DATE ? Role.DATE : Role.NUMBER;
        }
        if (DATE_TYPES.contains(type) || unit(column) == Unit.DATE || (!values.isEmpty()
                && values.stream().allMatch(v -> v instanceof String s && ISO_DATE.matcher(s).matches()))) {
            return Role.DATE;
        }
        if (ID_NAME.matcher(name).matches() || values.stream().anyMatch(List.class::isInstance)) {
            return Role.IGNORED;
        }
        return Role.CATEGORY;
    }

    private List<Object> values(int column) {
        return result.rows().stream().map(r -> r.get(column)).filter(Objects::nonNull).toList();
    }
}
