package org.parcheck.app.protection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.answering.Finding;
import org.parcheck.app.AppServices;
import org.parcheck.common.domain.UnitType;
import org.parcheck.plan.AdminUnit;
import org.parcheck.report.SeedReports;

/**
 * A data folder filled with known strings (#19 "Measured"): a unit's name, a finding's text, an evidence file's
 * content and name, each unique; and a search of every file under a folder for them, as UTF-8, UTF-16LE and UTF-16BE.
 */
final class KnownStrings {

    static final String UNIT = "Xã Quỳnh Bí Ẩn Zq7W";
    static final String FINDING = "Cán bộ một cửa nhận tiền ngoài quy định K9pX";
    static final String EVIDENCE = "Số căn cước 038099123456 của bà Lò Thị Vx3M";
    static final String EVIDENCE_NAME = "CCCD-Lo-Thi-Vx3M.pdf";
    // each string ends in four ASCII characters found nowhere else, searched for on their own as well
    static final List<String> ALL = List.of(UNIT, FINDING, EVIDENCE, EVIDENCE_NAME);

    private KnownStrings() {
    }

    /** Puts the known strings into the open folder: a unit, a finding and an attached evidence file. */
    static void fill(AppServices services, Path outside) throws IOException {
        services.unitService().save(AdminUnit.create(UnitType.COMMUNE, "99917", UNIT, null));
        long visitId = SeedReports.haLangVisitId(services);
        services.answerService().saveFinding(visitId, Finding.of(Finding.Kind.LIMITATION, FINDING, null));
        Path original = outside.resolve(EVIDENCE_NAME);
        Files.writeString(original, EVIDENCE + "\n" + "nội dung ".repeat(20_000), StandardCharsets.UTF_8);
        EvidenceFiles.Stored stored = services.evidenceFiles().store(visitId, original);
        services.answerService().addEvidence(visitId, EvidenceCitation.of(null, "12/QĐ", null, null, "Tờ khai")
                .withAttachment(stored.relativePath(), stored.sha256()));
    }

    /** Every known string found in any file under {@code folder} (file: string), in any of the three encodings. */
    static List<String> foundIn(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            for (String known : ALL) {
                for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
                        StandardCharsets.UTF_16BE)) {
                    if (indexOf(bytes, known.getBytes(charset)) >= 0) {
                        found.add(folder.relativize(file) + ": " + known + " (" + charset + ")");
                    }
                }
                if (indexOf(bytes, h2StringData(known)) >= 0) {
                    found.add(folder.relativize(file) + ": " + known + " (H2 string data)");
                }
                String marker = known.substring(known.length() - 4);
                if (!known.equals(EVIDENCE_NAME) && indexOf(bytes, marker.getBytes(StandardCharsets.US_ASCII)) >= 0) {
                    found.add(folder.relativize(file) + ": " + marker + " (the ASCII end of " + known + ")");
                }
            }
            if (file.getFileName().toString().contains("Vx3M")) {
                found.add(folder.relativize(file) + ": the evidence file's name");
            }
        }
        return found;
    }

    /** The bytes of every file under {@code folder}, by path, to show that nothing changed. */
    static java.util.Map<String, String> fingerprint(Path folder) throws IOException {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                out.put(folder.relativize(file).toString(), org.parcheck.common.util.HashedFiles.sha256(file));
            }
        }
        return out;
    }

    /**
     * A string as H2's MVStore writes it into a page (DataUtils.writeStringData): like UTF-8, but without the high bit
     * of continuation bytes, so that a plain UTF-8 search misses the Vietnamese words of an unencrypted database.
     */
    static byte[] h2StringData(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            int c = s.charAt(i);
            if (c < 0x80) {
                out.write(c);
            } else if (c >= 0x800) {
                out.write(0xe0 | (c >> 12));
                out.write((c >> 6) & 0x3f);
                out.write(c & 0x3f);
            } else {
                out.write(0xc0 | (c >> 6));
                out.write(c & 0x3f);
            }
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
