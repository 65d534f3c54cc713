package org.parcheck.persistence;

import static org.parcheck.persistence.jooq.Tables.EVIDENCE;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.Record2;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.protection.DataKey;

/**
 * Gives the evidence rows of a protected folder (#19) the stored names that reveal nothing
 * ({@link EvidenceFiles#storedName(String, String, DataKey)}: {@code attachments/<visit>/<24 hex>.bin}), for a folder
 * being protected and for a backup made before protection restored into a protected folder. The rows change in one
 * transaction (sealed as every write); moving the files is the caller's.
 */
public final class ProtectedEvidenceNames {

    private ProtectedEvidenceNames() {
    }

    /** Renames every evidence row's attachment path that is not yet a protected name; returns old path → new path. */
    public static Map<String, String> apply(Database database, DataKey key) {
        Map<String, String> renamed = new LinkedHashMap<>();
        database.transaction(dsl -> {
            for (Record2<String, String> row : dsl.selectDistinct(EVIDENCE.ATTACHMENT_PATH, EVIDENCE.ATTACHMENT_SHA256)
                    .from(EVIDENCE)
                    .where(EVIDENCE.ATTACHMENT_PATH.isNotNull().and(EVIDENCE.ATTACHMENT_SHA256.isNotNull()))
                    .fetch()) {
                String old = row.value1().replace('\\', '/');
                String folder = old.contains("/") ? old.substring(0, old.lastIndexOf('/') + 1) : "";
                String path = folder + EvidenceFiles.storedName(row.value2(), "", key);
                if (!path.equals(old)) {
                    dsl.update(EVIDENCE).set(EVIDENCE.ATTACHMENT_PATH, path)
                            .where(EVIDENCE.ATTACHMENT_PATH.eq(row.value1())).execute();
                    renamed.put(old, path);
                }
            }
            return null;
        });
        return renamed;
    }
}
