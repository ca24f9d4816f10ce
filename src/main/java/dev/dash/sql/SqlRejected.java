package dev.dash.sql;

/** A statement refused before it reached the database; the message is meant for the model and the user. */
public class SqlRejected extends RuntimeException {

    public SqlRejected(String message) {
        super(message);
    }
}
