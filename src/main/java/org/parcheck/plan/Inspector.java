package org.parcheck.plan;

import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.parcheck.common.util.Text;

/**
 * A person who may be named as the inspector using this laptop ("người kiểm tra"): a team member of a plan, or a
 * person added once. The change log, packages, backups and exports record {@link #recordText()}.
 *
 * @param uuid     the person's uuid (a team member's own uuid when chosen from a plan's team)
 * @param fullName the full name, required
 * @param jobTitle the position (chức vụ), may be null
 * @param agency   the agency (cơ quan), may be null
 */
public record Inspector(UUID uuid, String fullName, String jobTitle, String agency) {

    /** The longest text a record column holds (change_log.actor, answer.updated_by, exchange_package.*_by). */
    public static final int RECORD_LENGTH = 200;
    public static final int NAME_LENGTH = 200;
    public static final int DETAIL_LENGTH = 300;

    public Inspector {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(fullName, "fullName");
        fullName = Text.nfc(fullName.strip());
        jobTitle = Text.nfcOrNull(jobTitle);
        agency = Text.nfcOrNull(agency);
    }

    public static Inspector create(String fullName, String jobTitle, String agency) {
        return new Inspector(UUID.randomUUID(), fullName, jobTitle, agency);
    }

    public static Inspector of(TeamMember member) {
        return new Inspector(member.uuid(), member.fullName(), member.jobTitle(), member.agency());
    }

    /** "Nguyễn Văn A (Chuyên viên, Sở Nội vụ)", or just the name; at most {@link #RECORD_LENGTH} characters. */
    public String recordText() {
        String details = Stream.of(jobTitle, agency).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        return fit(details.isEmpty() ? fullName : fullName + " (" + details + ")");
    }

    /**
     * What is recorded when nobody is named (the command line on a data folder where no inspector was ever chosen):
     * the operating-system account, clearly marked as such: "(tài khoản máy: root)".
     */
    public static String osAccountText(String account) {
        String name = account == null || account.isBlank() ? "?" : account.strip();
        return fit("(tài khoản máy: " + name + ")");
    }

    private static String fit(String text) {
        return text.length() <= RECORD_LENGTH ? text : text.substring(0, RECORD_LENGTH - 1) + "…";
    }
}
