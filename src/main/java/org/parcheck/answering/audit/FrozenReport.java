package org.parcheck.answering.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a finalised visit's report prints from outside the visit's own rows, copied when the visit was finalised
 * (issue #15 §2, V006 {@code visit.frozen_report}): the plan's header as printed, the inspection team, and the
 * unit's name as printed. The report of a finalised visit prints from this, never from the live plan, team and unit
 * rows, and the content fingerprint covers it ({@link CanonicalForm}: records {@code reportPlan},
 * {@code reportUnit}, {@code member}).
 *
 * @param planUuid     the plan (its uuid is also in the visit record)
 * @param numberSymbol "3199/KH-UBND"
 * @param issuedDate   the plan's date
 * @param issuingBody  "UBND tỉnh Cao Bằng"
 * @param parentBody   the body above the issuing body, or null
 * @param title        the plan's title
 * @param legalBasis   the legal basis as typed in the plan, or null (the report then cites the plan itself)
 * @param year         the year inspected
 * @param placeName    the place printed before the date, or null
 * @param unitUuid     the visited unit as the visit was made with it
 * @param unitName     the unit's name as printed, without "UBND": "xã Cô Ngân, huyện Hạ Lang"
 * @param team         the team in plan order
 * @param unreadable   the stored text when it could not be read back (damaged or edited by hand), else null; an
 *                     unreadable snapshot has no other fields and is covered as that text
 */
public record FrozenReport(UUID planUuid, String numberSymbol, LocalDate issuedDate, String issuingBody,
                           String parentBody, String title, String legalBasis, Integer year, String placeName,
                           UUID unitUuid, String unitName, List<Member> team, String unreadable) {

    public FrozenReport {
        team = team == null ? List.of() : List.copyOf(team);
    }

    /** A snapshot whose stored text could not be read back. */
    public static FrozenReport unreadable(String text) {
        return new FrozenReport(null, null, null, null, null, null, null, null, null, null, null, List.of(), text);
    }

    /** Whether the snapshot was read back whole: the report can print from it. */
    public boolean readable() {
        return unreadable == null && planUuid != null && numberSymbol != null && issuedDate != null
                && issuingBody != null && title != null && year != null && unitName != null;
    }

    /**
     * A team member as printed.
     *
     * @param role the stored role name ("LEAD", "DEPUTY_LEAD", "MEMBER", "SECRETARY")
     */
    public record Member(UUID uuid, int position, String fullName, String jobTitle, String agency, String role) {
    }
}
