package dev.dash.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.db.Jdbc;
import dev.dash.http.ApiError;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ApiErrorsTest {

    private final ApiErrors errors = new ApiErrors();

    @Test
    void anUnreachableDatabaseIsA503ThatSaysSo() {
        var response = errors.database(new Jdbc.DataAccessException(new SQLException("Connection refused", "08001")));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(((ApiError) response.getEntity()).code()).isEqualTo("database_unavailable");
        assertThat(((ApiError) response.getEntity()).detail()).doesNotContain("Connection refused");
    }

    @Test
    void otherDatabaseErrorsAreInternalErrorsWithoutDetails() {
        var response = errors.database(new Jdbc.DataAccessException(new SQLException("duplicate key", "23505")));
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(((ApiError) response.getEntity()).detail()).doesNotContain("duplicate");
    }
}
