package org.parcheck.server;

/**
 * Why connecting to or syncing with the province server failed (#17), in the user's terms; the UI and the command
 * line turn the kind into a localised message. A failure never touches the laptop's own data.
 */
public final class ServerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** No answer from the host and port (down, wrong address, firewall, network cut). */
        UNREACHABLE,
        /** The server refused the user name or password. */
        WRONG_PASSWORD,
        /** TLS could not be agreed: the server has none, or its certificate is not the CA's or not for the host. */
        TLS,
        /** The account lacks the rights for what was asked (not a ParCheck account, or not on this plan). */
        NO_RIGHTS,
        /** The server's schema was made by a newer ParCheck: update ParCheck on this laptop. */
        NEWER_SCHEMA,
        /** The database is not a ParCheck server (no schema history, or not set up with installer/server). */
        NOT_PARCHECK,
        /** The connection was lost during the work; nothing was half-applied, the next sync completes it. */
        CONNECTION_LOST,
        /** Something the server sent was refused (a value out of bounds, a row another laptop wrote badly). */
        BAD_DATA,
        /** Anything else. */
        OTHER
    }

    private final Kind kind;

    public ServerException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
