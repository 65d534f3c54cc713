package org.parcheck.exchange;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcheck.exchange.PackageData.FrameworkData;
import org.parcheck.exchange.PackageData.PlanData;
import org.parcheck.exchange.PackageData.VisitData;

/** The database side of team exchange; implemented in persistence. */
public interface ExchangeRepository {

    /**
     * A plan with the chosen visits (all when {@code visitIds} is empty), their units (with parents and successors)
     * and framework versions, each visit with its stored exchange history.
     */
    PackageData.Contents read(long planId, Collection<Long> visitIds);

    /** Stores the exchange history of visits (visit uuid → item key → hashes), in one transaction. */
    void saveHistories(Map<String, Map<String, List<String>>> histories);

    Optional<FrameworkData> frameworkVersion(String uuid);

    /** The local unit that is {@code unit}: the same uuid, else the same type, code, name and validity. */
    Optional<String> matchUnit(Map<String, String> unit);

    boolean planExists(String uuid);

    /** The plan as this laptop has it, with its exchange history. */
    Optional<PlanData> plan(String uuid);

    /** The visit as this laptop has it, with its exchange history. */
    Optional<VisitData> visit(String uuid);

    boolean packageImported(String packageId);

    /**
     * Checks every value of a package against the database's limits (lengths, types, required values, CHECK
     * constraints) and that no row of it belongs here to another visit or plan; reads only. Throws a
     * {@link PackageException} naming the field and the value.
     */
    void check(PackageData.Contents data, PackageManifest manifest, String fileName);

    /** The plan of a visit. */
    long planOf(long visitId);

    /** A file name for a visit's package: the plan's number and the unit's name. */
    String suggestedName(long visitId);

    /** Writes everything in one transaction, or nothing. */
    void apply(Application application);

    /** The attached files of evidence rows here whose SHA-256 is one of {@code sha256s}: relative path → SHA-256. */
    Map<String, String> attachmentsWithHashes(Collection<String> sha256s);

    /** What {@link #apply} writes. */
    record Application(PackageManifest manifest, String fileName, String actor, String reason,
                       List<FrameworkData> frameworks, List<Map<String, String>> units,
                       Map<String, String> unitUuids, List<PlanData> plans, List<VisitData> newVisits,
                       List<VisitUpdate> updates, String summary) {
    }

    /** The item changes to write to one existing visit or plan (after the user's choices) and its new history. */
    record VisitUpdate(String visitUuid, List<Merge.Change> changes, Map<String, List<String>> history,
                       boolean isPlan) {
    }
}
