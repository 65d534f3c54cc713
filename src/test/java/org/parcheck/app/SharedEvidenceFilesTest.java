package org.parcheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.AttachmentProblem;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.report.SeedReports;

/**
 * The visit screen's two checks of attached files (the answering service's and the findings tab's) share one
 * {@link EvidenceFiles}, so a file is hashed once when a visit opens; finalising still reads every file again.
 * Seen through a change that keeps the file's size and time: a check sharing the read does not see it, a fresh
 * read does.
 */
class SharedEvidenceFilesTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path outside;
    private AppServices services;

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theFindingsTabReusesTheReadTheServiceMadeAndFinalisingReadsAgain() throws Exception {
        services = AppServices.open(dataDir);
        long visitId = SeedReports.haLangVisitId(services);
        Path original = outside.resolve("cong-van.pdf");
        Files.writeString(original, "%PDF-1.4 công văn 12");
        EvidenceFiles.Stored stored = services.evidenceFiles().store(visitId, original);
        services.answerService().addEvidence(visitId, EvidenceCitation.of(null, "12/CV", null, "UBND", "Công văn")
                .withAttachment(stored.relativePath(), stored.sha256()));
        List<EvidenceCitation> evidence = services.answerService().sheet(visitId).evidence();
        assertThat(services.answerService().attachmentProblems(visitId)).isEmpty();

        Path copy = dataDir.resolve(stored.relativePath());
        FileTime time = Files.getLastModifiedTime(copy);
        Files.writeString(copy, "%PDF-1.4 công văn 13"); // same length, same time: only a new read sees it
        Files.setLastModifiedTime(copy, time);
        assertThat("%PDF-1.4 công văn 13".getBytes(StandardCharsets.UTF_8)).hasSize((int) Files.size(copy));

        assertThat(services.evidenceFiles().check(evidence)).as("the read made by the service, shared").isEmpty();
        assertThat(new EvidenceFiles(dataDir).check(evidence)).extracting(AttachmentProblem::kind)
                .containsExactly(AttachmentProblem.Kind.ALTERED);
        assertThat(services.evidenceFiles().checkNow(evidence)).extracting(AttachmentProblem::kind)
                .as("what finalising reads").containsExactly(AttachmentProblem.Kind.ALTERED);
    }
}
