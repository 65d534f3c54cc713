package org.parcheck.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.AnswerSheet;
import org.parcheck.answering.Attendee;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.answering.Finding;
import org.parcheck.answering.Recommendation;
import org.parcheck.answering.audit.Verification;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.VisitOverview;
import org.parcheck.plan.VisitStatus;

/**
 * A package of format version 1 as ParCheck 0.1 wrote it ({@code golden-v1.parcheck}: the demo plan with its team and
 * one finalised visit with an attendee, an evidence citation with a small attached file, a finding and a
 * recommendation) keeps importing the same way. New optional fields in packages must not break it; a change that
 * does is a new format version.
 */
class GoldenPackageTest {

    static final String GOLDEN = "golden-v1.parcheck";
    private static final String UNIT = "huyện Hạ Lang";

    @TempDir
    Path dir;

    private Path golden() throws Exception {
        Path file = dir.resolve(GOLDEN);
        try (InputStream in = GoldenPackageTest.class.getResourceAsStream(GOLDEN)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    @Test
    void theGoldenVersion1PackageImportsIntoAFreshLaptopAsItAlwaysDid() throws Exception {
        Path file = golden();
        Map<String, byte[]> entries = Zips.entries(file);
        JsonNode manifest = Zips.json(entries.get("manifest.json"));
        assertEquals(1, manifest.get("formatVersion").asInt(), "the fixture is format version 1");
        JsonNode visitJson = Zips.json(entries.get("data.json")).withArray("visits").get(0);
        String fingerprint = visitJson.get("items").get("visit").get("fields").get("fingerprint").asText();
        long answersInPackage = count(visitJson, "answer:");

        try (Laptop laptop = new Laptop(dir.resolve("fresh"))) {
            ImportPlan plan = laptop.exchange().analyse(file);
            assertEquals(1, plan.newPlans().size());
            assertEquals(1, plan.newVisits().size());
            assertTrue(plan.conflicts().isEmpty());
            assertTrue(laptop.exchange().apply(plan, Map.of()));

            PlanOverview imported = laptop.services.planService().overviews().stream()
                    .filter(p -> p.plan().uuid().toString().equals(visitJson.get("visit").get("plan_uuid").asText()))
                    .findFirst().orElseThrow();
            assertEquals("3199/KH-UBND", imported.plan().numberSymbol());
            assertEquals(1, laptop.services.database().dsl().fetchCount(DSL.table("team_member"),
                    DSL.field("plan_id").eq(imported.plan().id())));
            VisitOverview visit = laptop.services.planService().visits(imported.plan().id()).stream()
                    .filter(v -> v.unitDisplayName().equals(UNIT)).findFirst().orElseThrow();
            long visitId = visit.visit().id();
            assertEquals(VisitStatus.FINALISED, laptop.services.answerService().status(visitId));

            AnswerSheet sheet = laptop.services.answerService().sheet(visitId);
            assertEquals(answersInPackage, sheet.answers().size());
            assertThat(laptop.services.answerService().attendees(visitId)).extracting(Attendee::fullName)
                    .contains("Lê Văn Cường").hasSize((int) count(visitJson, "attendee:"));
            assertThat(sheet.findings()).extracting(Finding::text).contains("Niêm yết đủ thủ tục hành chính")
                    .hasSize((int) count(visitJson, "finding:"));
            assertThat(sheet.recommendations()).extracting(Recommendation::text)
                    .contains("Cập nhật cổng dịch vụ công").hasSize((int) count(visitJson, "recommendation:"));
            assertThat(sheet.evidence()).hasSize((int) count(visitJson, "evidence:"));
            EvidenceCitation evidence = sheet.evidence().stream().filter(e -> "12/UBND".equals(e.docNumber()))
                    .findFirst().orElseThrow();
            byte[] attached = Files.readAllBytes(laptop.services.dataDir().resolve(evidence.attachmentPath()));
            assertEquals(evidence.attachmentSha256(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(attached)));
            assertEquals("%PDF-1.4 công văn số 12/UBND", new String(attached, java.nio.charset.StandardCharsets.UTF_8));

            assertEquals(fingerprint, laptop.services.answerService().fingerprint(visitId).orElseThrow().sha256());
            assertEquals(Verification.Result.INTACT, laptop.services.answerService().verify(visitId).result());

            ImportPlan again = laptop.exchange().analyse(file);
            assertTrue(again.alreadyImported());
            laptop.exchange().discard(again);
        }
    }

    private static long count(JsonNode visit, String prefix) {
        long n = 0;
        for (var names = visit.get("items").fieldNames(); names.hasNext();) {
            n += names.next().startsWith(prefix) ? 1 : 0;
        }
        return n;
    }

    /**
     * How the fixture was made (run once with {@code -Dparcheck.golden.write=<folder>}, then copy the file into
     * {@code src/test/resources/org/parcheck/exchange/}). Never rewrite the fixture to make the test pass.
     */
    @Test
    @EnabledIfSystemProperty(named = "parcheck.golden.write", matches = ".+")
    void writeTheGoldenPackage() throws Exception {
        try (Laptop laptop = new Laptop(dir.resolve("source"))) {
            PlanOverview plan = laptop.demoPlan();
            long visitId = laptop.services.planService().visits(plan.plan().id()).stream()
                    .filter(v -> v.unitDisplayName().equals(UNIT)).findFirst().orElseThrow().visit().id();
            var answers = laptop.services.answerService();
            answers.addAttendee(visitId, Attendee.of("Lê Văn Cường", "Phó Chủ tịch UBND huyện", true));
            Path original = dir.resolve("cong-van-12.pdf");
            Files.writeString(original, "%PDF-1.4 công văn số 12/UBND");
            EvidenceFiles.Stored stored = new EvidenceFiles(laptop.services.dataDir()).store(visitId, original);
            answers.addEvidence(visitId, EvidenceCitation.of(null, "12/UBND", LocalDate.of(2021, 9, 20),
                    "UBND huyện Hạ Lang", "Công văn 12").withAttachment(stored.relativePath(), stored.sha256()));
            answers.saveFinding(visitId, Finding.of(Finding.Kind.STRENGTH, "Niêm yết đủ thủ tục hành chính", null));
            answers.saveRecommendation(visitId, Recommendation.of("Cập nhật cổng dịch vụ công", "Văn phòng UBND",
                    LocalDate.of(2021, 12, 31)));
            laptop.answers.setStatus(visitId, VisitStatus.FINALISED, null, "Lê Văn Miều");
            Path out = Path.of(System.getProperty("parcheck.golden.write")).resolve(GOLDEN);
            laptop.exchange().export(plan.plan().id(), List.of(visitId), out);
        }
    }
}
