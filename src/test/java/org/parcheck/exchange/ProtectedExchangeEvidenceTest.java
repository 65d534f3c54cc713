package org.parcheck.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.common.util.HashedFiles;
import org.parcheck.protection.DataKey;
import org.parcheck.protection.SealedStreams;

/** #19: a package's evidence placed into a protected folder: read from its encrypted staging, stored encrypted. */
class ProtectedExchangeEvidenceTest {

    @TempDir
    Path dataDir;

    @Test
    void stagedEvidenceIsStoredEncryptedUnderANameThatTellsNothing() throws Exception {
        byte[] content = "Quyết định số 12/QĐ-UBND về việc bí mật R2dQ".getBytes(StandardCharsets.UTF_8);
        try (DataKey key = DataKey.random()) {
            Path staged = dataDir.resolve("exchange-staging").resolve("x").resolve("evidence");
            Files.createDirectories(staged.getParent());
            String sha = HashedFiles.writeSynced(new ByteArrayInputStream(content), staged, key.fileKey());
            ImportPlan plan = new ImportPlan(null, "p.parcheck", false, List.of(), List.of(), Map.of(), List.of(),
                    List.of(), List.of(), Map.of(sha, staged), staged.getParent(), List.of());
            VisitItem item = new VisitItem("Tờ trình", Map.of("attachment_sha256", sha,
                    "attachment_name", "QD-12-bi-mat-R2dQ.pdf"), null, null);
            List<Path> created = new ArrayList<>();

            VisitItem placed = new ExchangeEvidence(null, dataDir, key).placeEvidence("visit-uuid", item, plan,
                    created);

            String path = placed.field("attachment_path");
            assertThat(path).matches("attachments/visit-uuid/[0-9a-f]{24}\\.bin");
            Path stored = dataDir.resolve(path);
            assertEquals(List.of(stored), created);
            assertTrue(SealedStreams.isSealed(stored));
            assertFalse(new String(Files.readAllBytes(stored), StandardCharsets.ISO_8859_1).contains("R2dQ"));
            assertEquals(sha, HashedFiles.sha256(stored, key.fileKey()));
        }
    }
}
