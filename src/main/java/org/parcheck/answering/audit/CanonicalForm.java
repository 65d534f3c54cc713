package org.parcheck.answering.audit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.parcheck.answering.Answer;
import org.parcheck.answering.Attendee;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.Finding;
import org.parcheck.answering.HandwrittenPart;
import org.parcheck.answering.Recommendation;
import org.parcheck.answering.ReportChoices;

/**
 * The canonical serialisation of a visit's content, version 1, and its SHA-256 (the content fingerprint).
 *
 * <p>The text is UTF-8, one record per line, each line ended by LF:
 * <pre>
 * parcheck-visit-content 1
 * visit      &lt;visit uuid&gt;  plan=… unit=… frameworkVersion=… date=… startTime=… endTime=… place=… …
 * attendee   &lt;uuid&gt;        name=… title=… representative=true|false
 * figure     &lt;code&gt;        value=…
 * answer     &lt;item code&gt;   value=… notApplicable=… selfScore=… manualScore=… manualReason=… note=… flagged=…
 * evidence   &lt;uuid&gt;        item=… number=… date=… issuer=… title=… sha256=…
 * finding    &lt;uuid&gt;        kind=… text=… cause=… item=…
 * recommendation &lt;uuid&gt;    text=… responsible=… deadline=… status=… carriedFrom=&lt;uuid&gt;
 * reportPlan &lt;plan uuid&gt;  number=… issued=… issuingBody=… parentBody=… title=… legalBasis=… year=… placeName=…
 * reportUnit &lt;unit uuid&gt;  name=…
 * member     &lt;uuid&gt;        position=… name=… title=… agency=… role=…
 * unreadableReport -       text=…
 * reportFramework &lt;version uuid&gt;  sha256=…
 * teamPresent &lt;team member uuid&gt;
 * noUnitOpinion yes
 * handwritten &lt;TIMES|TEAM|ATTENDEES|OPINION&gt;  reason=…
 * </pre>
 * Fields are separated by a TAB, in the fixed order above; a field whose value is null is left out. Records are
 * in the section order above and, within a section, sorted by their key (uuid or code, by UTF-16 code units), so
 * the order things were saved in does not matter. Text is NFC; {@code \}, TAB, CR and LF inside values are
 * written {@code \\ \t \r \n}. Numbers are plain decimals without trailing zeros ({@code 1081}, {@code 0.5});
 * dates and times are ISO-8601. Left out on purpose: timestamps and authors of saves, revisions, row ids,
 * positions, attachment paths (the file is covered by its SHA-256), the visit's status, and answers with nothing
 * recorded (same as no answer). Any other change to this format must bump the version line.
 *
 * <p><b>Adding to the format without a new version:</b> a kind of content added after version 1 (the frozen-report
 * record types, #15 §2, V006, and the report-part record types, #15 §1, V005) is written as NEW record types appended
 * after the existing ones, and is left out entirely when absent or at its default (no frozen report, no team member
 * ticked, no explicit "no opinion", nothing left to write by hand). A visit finalised before such an addition, or one
 * that does not use it, therefore gives byte-identical canonical text, its stored fingerprint keeps verifying, and the
 * header line stays unchanged. Changing an existing record type, or adding a field to it, still needs a new version
 * line.
 *
 * <p>The frozen-report sections (issue #15 §2, V006) are what the report prints from the plan, its team and the
 * unit, frozen when the visit was finalised ({@link FrozenReport}); {@code unreadableReport} stands for a stored
 * snapshot that could not be read back; {@code reportFramework} is a hash of the framework version's content as
 * stored (item titles, points, rules, figure names, bands: published versions never change, D7, so a different
 * hash means the rows were changed behind ParCheck's back). They are written only when the visit has such a
 * snapshot. New sections may only ever be appended after the existing ones, and only when they are absent from
 * every existing visit's content.
 */
public final class CanonicalForm {

    public static final String HEADER = "parcheck-visit-content 1";

    private CanonicalForm() {
    }

    /** The canonical text: the header line and one line per record, each ended by LF. */
    public static String text(VisitContent content) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (String line : records(content).values()) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** The SHA-256 of the canonical text, as 64 lower-case hex digits. */
    public static String fingerprint(VisitContent content) {
        return sha256(text(content));
    }

    /**
     * Each record line by its part key ("answer 3.2.1", "figure received", "attendee &lt;uuid&gt;", "visit"),
     * in canonical order; the parts whose hashes are kept beside the fingerprint to say what changed.
     */
    public static Map<String, String> records(VisitContent c) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("visit", new Line("visit", c.visitUuid().toString())
                .add("plan", c.planUuid()).add("unit", c.unitUuid()).add("frameworkVersion", c.frameworkVersionUuid())
                .add("date", c.date()).add("startTime", c.startTime()).add("endTime", c.endTime())
                .add("place", c.place()).add("reportNumber", c.reportNumber()).add("unitOpinion", c.unitOpinion())
                .toString());
        for (Attendee a : sorted(c.attendees(), a -> a.uuid().toString())) {
            put(out, new Line("attendee", a.uuid().toString()).add("name", a.fullName()).add("title", a.jobTitle())
                    .add("representative", a.representative()));
        }
        for (Map.Entry<String, BigDecimal> f : new TreeMap<>(c.figures()).entrySet()) {
            if (f.getValue() != null) {
                put(out, new Line("figure", f.getKey()).add("value", f.getValue()));
            }
        }
        for (Map.Entry<String, Answer> e : new TreeMap<>(c.answers()).entrySet()) {
            Answer a = e.getValue();
            if (!isEmpty(a)) {
                put(out, new Line("answer", e.getKey()).add("value", a.value())
                        .add("notApplicable", a.notApplicable()).add("selfScore", a.selfScore())
                        .add("manualScore", a.manualScore()).add("manualReason", a.manualReason())
                        .add("note", a.note()).add("flagged", a.flagged()));
            }
        }
        for (EvidenceCitation e : sorted(c.evidence(), e -> e.uuid().toString())) {
            put(out, new Line("evidence", e.uuid().toString()).add("item", e.itemCode()).add("number", e.docNumber())
                    .add("date", e.docDate()).add("issuer", e.issuer()).add("title", e.title())
                    .add("sha256", e.attachmentSha256()));
        }
        for (Finding f : sorted(c.findings(), f -> f.uuid().toString())) {
            put(out, new Line("finding", f.uuid().toString()).add("kind", f.kind()).add("text", f.text())
                    .add("cause", f.cause()).add("item", f.itemCode()));
        }
        for (Recommendation r : sorted(c.recommendations(), r -> r.uuid().toString())) {
            put(out, new Line("recommendation", r.uuid().toString()).add("text", r.text())
                    .add("responsible", r.responsibleParty()).add("deadline", r.deadline()).add("status", r.status())
                    .add("carriedFrom", r.carriedFromId() == null ? null
                            : c.carriedFromUuids().get(r.carriedFromId())));
        }
        // --- #15 frozen report: appended sections, only when there is a snapshot (see the class comment) ---
        FrozenReport frozen = c.frozenReport();
        if (frozen != null && frozen.unreadable() != null) {
            put(out, new Line("unreadableReport", "-").add("text", frozen.unreadable()));
        } else if (frozen != null) {
            put(out, new Line("reportPlan", String.valueOf(frozen.planUuid())).add("number", frozen.numberSymbol())
                    .add("issued", frozen.issuedDate()).add("issuingBody", frozen.issuingBody())
                    .add("parentBody", frozen.parentBody()).add("title", frozen.title())
                    .add("legalBasis", frozen.legalBasis()).add("year", frozen.year())
                    .add("placeName", frozen.placeName()));
            put(out, new Line("reportUnit", String.valueOf(frozen.unitUuid())).add("name", frozen.unitName()));
            for (FrozenReport.Member m : sorted(frozen.team(), m -> String.valueOf(m.uuid()))) {
                put(out, new Line("member", String.valueOf(m.uuid())).add("position", m.position())
                        .add("name", m.fullName()).add("title", m.jobTitle()).add("agency", m.agency())
                        .add("role", m.role()));
            }
        }
        if (frozen != null && c.frameworkVersionUuid() != null) {
            put(out, new Line("reportFramework", c.frameworkVersionUuid().toString())
                    .add("sha256", c.frameworkContentSha256()));
        }
        // --- #15 §1 (V005): the report part's choices; appended record types, omitted when absent ---
        ReportChoices choices = c.reportChoices();
        for (UUID member : new TreeSet<>(choices.teamPresent())) {
            put(out, new Line("teamPresent", member.toString()));
        }
        if (choices.noUnitOpinion()) {
            put(out, new Line("noUnitOpinion", "yes"));
        }
        for (HandwrittenPart part : sorted(List.copyOf(choices.handwritten().keySet()), HandwrittenPart::name)) {
            put(out, new Line("handwritten", part.name()).add("reason", choices.handwrittenReason(part)));
        }
        // --- end #15 §1 ---
        return out;
    }

    /**
     * Words for part keys whose key alone says little to a reader: a team member's name for {@code member <uuid>}.
     */
    public static Map<String, String> partNames(VisitContent c) {
        Map<String, String> out = new LinkedHashMap<>();
        if (c.frozenReport() != null) {
            for (FrozenReport.Member m : c.frozenReport().team()) {
                if (m.fullName() != null) {
                    out.put("member " + m.uuid(), m.fullName());
                }
            }
        }
        return out;
    }

    /** The SHA-256 of each record line, by part key (see {@link #records}). */
    public static Map<String, String> partHashes(VisitContent content) {
        Map<String, String> out = new LinkedHashMap<>();
        records(content).forEach((key, line) -> out.put(key, sha256(line)));
        return out;
    }

    private static void put(Map<String, String> out, Line line) {
        out.put(line.section + " " + line.key, line.toString());
    }

    private static boolean isEmpty(Answer a) {
        return a.value() == null && !a.notApplicable() && a.selfScore() == null && a.manualScore() == null
                && a.manualReason() == null && a.note() == null && !a.flagged();
    }

    private static <T> List<T> sorted(List<T> list, Function<T, String> key) {
        List<T> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparing(key));
        return copy;
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** {@code \}, TAB, CR and LF escaped, after NFC. */
    static String escape(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char ch = nfc.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /** One record: section, key, then name=value fields (null values left out). */
    private static final class Line {
        private final String section;
        private final String key;
        private final StringBuilder text = new StringBuilder();

        Line(String section, String key) {
            this.section = section;
            this.key = key;
            text.append(section).append('\t').append(escape(key));
        }

        Line add(String name, Object value) {
            if (value != null) {
                String written = value instanceof BigDecimal number ? plain(number) : value.toString();
                text.append('\t').append(name).append('=').append(escape(written));
            }
            return this;
        }

        private static String plain(BigDecimal number) {
            return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
