package dev.dash.report;

/** A report could not be written in full; nothing of it is posted. */
public class ReportFailed extends RuntimeException {

    public ReportFailed(String message) {
        super(message);
    }
}
