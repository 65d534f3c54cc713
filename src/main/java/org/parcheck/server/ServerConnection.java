package org.parcheck.server;

import java.util.Objects;
import org.parcheck.persistence.Database;

/**
 * An open connection to the province server (#17), made by {@link ServerConnector#connect}: the server's database
 * (PostgreSQL, this ParCheck's schema, never migrated by a laptop), the account it logged in with and where it is.
 * Close it when done.
 */
public final class ServerConnection implements AutoCloseable {

    private final Database database;
    private final ServerAccount account;
    private final ServerAddress address;

    ServerConnection(Database database, ServerAccount account, ServerAddress address) {
        this.database = Objects.requireNonNull(database, "database");
        this.account = Objects.requireNonNull(account, "account");
        this.address = Objects.requireNonNull(address, "address");
    }

    /** The server's database: the same repositories and jOOQ queries as a laptop's, on PostgreSQL. */
    public Database database() {
        return database;
    }

    public ServerAccount account() {
        return account;
    }

    public ServerAddress address() {
        return address;
    }

    @Override
    public void close() {
        database.close();
    }
}
