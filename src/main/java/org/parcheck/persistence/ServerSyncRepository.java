package org.parcheck.persistence;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The province server's own sync tables (#17, PostgreSQL only: {@code db/postgresql/V9_1__server_tables.sql},
 * {@code V9_2__server_identity.sql}), through jOOQ's plain SQL (the generated classes come from H2 and do not know
 * them): the server's identity, the revision of every plan and visit, and evidence files by SHA-256. Calls join the
 * transaction open on the thread ({@link Database#transaction}).
 */
public final class ServerSyncRepository {

    /** The key of the advisory lock that lets one laptop's send in at a time: revisions then commit in order. */
    /** The {@code app_setting} key of the server's identity (V9_2). */
    public static final String SERVER_ID = "server_id";

    private static final long PUSH_LOCK = 0x7061726368656b31L;

    /** A plan or visit the server changed, and the revision that change got. */
    public record Revision(String ownerUuid, String planUuid, boolean isPlan, long revision) {
    }

    private final Database server;

    public ServerSyncRepository(Database server) {
        this.server = server;
    }

    /**
     * The server's identity: its {@code server_id} (set by V9_2) and the database's OID; empty when this is not a
     * ParCheck server. A backup restored into a new database (docs/server/setup.md) keeps the {@code server_id} and
     * the revisions of the backup's day, but not the OID: to every laptop it is a new server, whose first sync brings
     * everything and sends everything the laptop has (the merge makes that safe), instead of trusting marks of
     * revisions the restored server no longer has.
     */
    public Optional<String> serverId() {
        Optional<String> id = new AppMetadata(server).get(SERVER_ID);
        if (id.isEmpty()) {
            return id;
        }
        Long oid = server.dsl().resultQuery("SELECT CAST(oid AS BIGINT) FROM pg_database"
                + " WHERE datname = current_database()").fetchOne(0, Long.class);
        return Optional.of(id.get() + "-" + oid);
    }

    /**
     * Makes the open transaction see one snapshot, read only: what a laptop brings home is what the server held at
     * one moment, never half of another laptop's send. Must be the transaction's first statement.
     */
    public void snapshot() {
        server.dsl().execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    }

    /** The plans and visits changed after {@code revision} (that this account may see), oldest first. */
    public List<Revision> changedSince(long revision) {
        return server.dsl().fetch("SELECT owner_uuid, plan_uuid, is_plan, revision FROM server_revision"
                + " WHERE revision > ? ORDER BY revision", revision).map(ServerSyncRepository::revision);
    }

    private static Revision revision(Record r) {
        return new Revision(r.get(0, UUID.class).toString(), r.get(1, UUID.class).toString(),
                r.get(2, Boolean.class), r.get(3, Long.class));
    }

    /**
     * Waits until no other laptop is sending, for the rest of the open transaction: sends are serialised, so
     * revisions are committed in the order they are given and a laptop that read up to revision n has seen every
     * revision up to n.
     */
    public void lockForPush() {
        server.dsl().fetch("SELECT pg_advisory_xact_lock(?)", PUSH_LOCK);
    }

    /** The highest revision given so far that this account may see (0: none). */
    public long maxRevision() {
        Long max = server.dsl().resultQuery("SELECT max(revision) FROM server_revision").fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    /** Gives each of {@code changed} (owner uuid, plan uuid, is plan) the next revision; returns the highest given. */
    public long bump(Collection<Revision> changed, String user) {
        DSLContext dsl = server.dsl();
        long max = 0;
        for (Revision r : changed) {
            Long given = dsl.resultQuery("INSERT INTO server_revision (owner_uuid, plan_uuid, is_plan, revision,"
                    + " updated_at, updated_by) VALUES (?, ?, ?, nextval('server_revision_seq'), CURRENT_TIMESTAMP, ?)"
                    + " ON CONFLICT (owner_uuid) DO UPDATE SET plan_uuid = EXCLUDED.plan_uuid,"
                    + " revision = EXCLUDED.revision, updated_at = EXCLUDED.updated_at,"
                    + " updated_by = EXCLUDED.updated_by"
                    + " RETURNING revision", UUID.fromString(r.ownerUuid()),
                    UUID.fromString(r.planUuid()), r.isPlan(), user).fetchOne(0, Long.class);
            max = Math.max(max, given);
        }
        return max;
    }

    /**
     * The plans this login may send changes to: empty when it is not limited (the reform office's account, or a login
     * without a {@code server_account} row, as the IT staff's own); for an inspector's account the plans whose team
     * it is on ({@code server_plan_member}); for a leader's (read only) none.
     */
    public Optional<Set<String>> writablePlans() {
        DSLContext dsl = server.dsl();
        String kind = dsl.resultQuery("SELECT kind FROM server_account WHERE role_name = current_user")
                .fetchOne(0, String.class);
        if (kind == null || "OFFICE".equals(kind)) {
            return Optional.empty();
        }
        Set<String> plans = new HashSet<>();
        if ("INSPECTOR".equals(kind)) {
            dsl.fetch("SELECT plan_uuid FROM server_plan_member WHERE role_name = current_user")
                    .forEach(r -> plans.add(r.get(0, UUID.class).toString()));
        }
        return Optional.of(plans);
    }

    /** Which of {@code sha256s} the server holds. */
    public Set<String> filesPresent(Collection<String> sha256s) {
        Set<String> present = new HashSet<>();
        if (sha256s.isEmpty()) {
            return present;
        }
        String[] wanted = sha256s.stream().map(s -> s.toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
        server.dsl().fetch("SELECT sha256 FROM server_file WHERE sha256 = ANY (?)", (Object) wanted)
                .forEach(r -> present.add(r.get(0, String.class).trim()));
        return present;
    }

    /**
     * Stores a file by its SHA-256 (checked by the caller); a file already there is kept (content-addressed, so
     * sending it twice changes nothing). Returns whether it was new.
     */
    public boolean upload(String sha256, byte[] content, String user) {
        return server.dsl().execute("INSERT INTO server_file (sha256, size_bytes, content, uploaded_by)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING", sha256.toLowerCase(Locale.ROOT),
                (long) content.length, content, user) > 0;
    }

    /** A file's content as the server holds it (the caller checks its SHA-256); empty when it has none. */
    public Optional<byte[]> download(String sha256) {
        return Optional.ofNullable(server.dsl().resultQuery("SELECT content FROM server_file WHERE sha256 = ?",
                sha256.toLowerCase(Locale.ROOT)).fetchOne(0, byte[].class));
    }

    /**
     * The plans this login sees on the server (row-level security filters {@code server_revision} by plan): a laptop
     * compares them with the plans it saw at its last sync, so that a plan it newly sees (an inspector put on its team
     * later) is brought whole, not only its revisions above the laptop's mark.
     */
    public Set<String> visiblePlans() {
        Set<String> plans = new HashSet<>();
        server.dsl().fetch("SELECT DISTINCT plan_uuid FROM server_revision")
                .forEach(r -> plans.add(r.get(0, UUID.class).toString()));
        return plans;
    }

    /** Every revision of the plans {@code planUuids} (the plans and all their visits) that this login may see. */
    public List<Revision> revisionsOfPlans(Collection<String> planUuids) {
        if (planUuids.isEmpty()) {
            return List.of();
        }
        return server.dsl().fetch("SELECT owner_uuid, plan_uuid, is_plan, revision FROM server_revision"
                + " WHERE plan_uuid = ANY (CAST(? AS UUID[])) ORDER BY revision",
                (Object) planUuids.toArray(String[]::new)).map(ServerSyncRepository::revision);
    }
}
