package org.parcheck.server;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.sql.SQLException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.parcheck.common.i18n.Messages;
import org.parcheck.persistence.DatabaseException;
import org.parcheck.persistence.ServerSchema;

/**
 * Turns what the JDBC driver or the database layer threw into a {@link ServerException} of the right kind (#17), by
 * SQLState and cause; and gives the message key the window shows for one.
 */
public final class ServerErrors {

    private ServerErrors() {
    }

    /**
     * The cause of an {@link ServerException.Kind#OTHER} failure that is a server set up by an older ParCheck (the
     * IT staff has not yet upgraded it): the laptop refuses it rather than migrating it.
     */
    public static final class OlderSchema extends Exception {
        private static final long serialVersionUID = 1L;

        OlderSchema(String message) {
            super(message);
        }
    }

    /** Whether {@code e} is a server whose schema is older than this ParCheck's. */
    public static boolean olderSchema(ServerException e) {
        return e.kind() == ServerException.Kind.OTHER && e.getCause() instanceof OlderSchema;
    }

    /** The message key ({@code server.error.*}) the window and command line show for {@code e}. */
    public static String messageKey(ServerException e) {
        if (olderSchema(e)) {
            return "server.error.olderSchema";
        }
        return switch (e.kind()) {
            case UNREACHABLE -> "server.error.unreachable";
            case WRONG_PASSWORD -> "server.error.wrongPassword";
            case TLS -> "server.error.tls";
            case NO_RIGHTS -> "server.error.noRights";
            case NEWER_SCHEMA -> "server.error.newerSchema";
            case NOT_PARCHECK -> "server.error.notParcheck";
            case CONNECTION_LOST -> "server.error.connectionLost";
            case BAD_DATA -> "server.error.badData";
            case OTHER -> "server.error.other";
        };
    }

    /**
     * The message for {@code e} in the user's words: {@link #messageKey}, with the technical detail only for
     * {@link ServerException.Kind#OTHER} (whose text says the details are in the log).
     */
    public static String text(Messages messages, ServerException e) {
        String key = messageKey(e);
        return key.equals("server.error.other") ? messages.get(key, String.valueOf(e.getMessage()))
                : messages.get(key);
    }

    /** A refusal of the database layer on opening the server's database. */
    static ServerException fromDatabase(DatabaseException e) {
        SQLException sql = findSql(e);
        if (sql != null) {
            return classify(e);
        }
        return switch (e.kind()) {
            case NOT_PARCHECK -> new ServerException(ServerException.Kind.NOT_PARCHECK, e.getMessage(), e);
            case NEWER_VERSION -> new ServerException(ServerException.Kind.NEWER_SCHEMA, e.getMessage(), e);
            default -> e.getMessage() != null && e.getMessage().contains(ServerSchema.OLDER)
                    ? new ServerException(ServerException.Kind.OTHER, e.getMessage(), new OlderSchema(e.getMessage()))
                    : new ServerException(ServerException.Kind.OTHER, e.getMessage(), e);
        };
    }

    /** Classifies any failure of talking to the server; {@code connected} failures after login are CONNECTION_LOST. */
    public static ServerException classify(Throwable t) {
        if (t instanceof ServerException s) {
            return s;
        }
        SQLException sql = findSql(t);
        String state = sql != null && sql.getSQLState() != null ? sql.getSQLState() : "";
        String message = messages(t).toLowerCase(Locale.ROOT);
        String detail = sql != null ? sql.getMessage() : String.valueOf(t.getMessage());
        if (state.equals("28P01") || (state.equals("28000") && !message.contains("no encryption")
                && !message.contains("ssl"))) {
            return new ServerException(ServerException.Kind.WRONG_PASSWORD, detail, t);
        }
        if (has(t, UnknownHostException.class) || has(t, ConnectException.class)
                || has(t, NoRouteToHostException.class)) {
            return new ServerException(ServerException.Kind.UNREACHABLE, detail, t); // before TLS: "check the hostname"
        }
        if (state.equals("28000") || has(t, SSLException.class) || has(t, CertificateException.class)
                || has(t, GeneralSecurityException.class) || message.contains("ssl")
                || message.contains("hostname") || message.contains("certificate")) {
            return new ServerException(ServerException.Kind.TLS, detail, t);
        }
        if (state.equals("42501") || message.contains("permission denied")) {
            return new ServerException(ServerException.Kind.NO_RIGHTS, detail, t);
        }
        if (state.equals("3D000")) {
            return new ServerException(ServerException.Kind.NOT_PARCHECK, detail, t); // no such database
        }
        if (state.equals("42P01")) {
            return new ServerException(ServerException.Kind.NOT_PARCHECK, detail, t); // a ParCheck table missing
        }
        if (has(t, SocketTimeoutException.class) || state.equals("08001") || state.equals("08004")) {
            return new ServerException(ServerException.Kind.UNREACHABLE, detail, t);
        }
        if (state.startsWith("08") || state.equals("57P01") || has(t, SocketException.class)) {
            return new ServerException(ServerException.Kind.CONNECTION_LOST, detail, t);
        }
        if (state.startsWith("22") || state.startsWith("23")) {
            return new ServerException(ServerException.Kind.BAD_DATA, detail, t);
        }
        return new ServerException(ServerException.Kind.OTHER, detail, t);
    }

    private static SQLException findSql(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    private static boolean has(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static String messages(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            all.append(' ').append(c.getMessage());
        }
        return all.toString();
    }
}
