package org.parcheck.report;

/** Raised when a report is asked for a visit that does not exist (or has no framework to score against). */
public final class UnknownVisitException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final long visitId;

    public UnknownVisitException(long visitId, Throwable cause) {
        super("No reportable visit " + visitId, cause);
        this.visitId = visitId;
    }

    public long visitId() {
        return visitId;
    }
}
