package org.parcheck.persistence.server;

/**
 * Why a set-up command on the province server ({@code parcheck server …}, #17) did not do what was asked; the command
 * line turns the kind into a localised message. Whatever failed changed nothing: every command runs in one
 * transaction, or, for an upgrade, in Flyway's transaction per migration after the checks that can refuse.
 */
public final class ServerSetupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** No answer from the host and port, or the database does not exist. */
        UNREACHABLE,
        /** TLS could not be agreed: no TLS on the server, or its certificate is not the CA's or not for the host. */
        TLS,
        /** The server refused the user name or password. */
        WRONG_PASSWORD,
        /** The login lacks the rights (not the owner, cannot create roles, not the office). */
        NO_RIGHTS,
        /** The server's schema was made by a newer ParCheck. */
        NEWER_SCHEMA,
        /** The database holds tables but is not a ParCheck server (no ParCheck schema history). */
        NOT_PARCHECK,
        /** The database has no ParCheck schema yet: run {@code parcheck server upgrade} first. */
        NO_SCHEMA,
        /** A login role of that name exists already. */
        ROLE_EXISTS,
        /** The role name is not a plain lower-case PostgreSQL name. */
        BAD_NAME,
        /** No plan has that number or uuid, or several have that number. */
        NO_SUCH_PLAN,
        /** No ParCheck account has that role name, or it is not an inspector's. */
        NO_SUCH_ACCOUNT,
        /** Anything else. */
        OTHER
    }

    private final Kind kind;
    private final String subject;

    public ServerSetupException(Kind kind, String subject, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.subject = subject;
    }

    public Kind kind() {
        return kind;
    }

    /** What the refusal is about (a role name, a plan, a version), for the message; may be empty. */
    public String subject() {
        return subject == null ? "" : subject;
    }
}
