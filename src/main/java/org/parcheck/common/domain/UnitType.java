package org.parcheck.common.domain;

/**
 * Types of administrative unit. The Vietnamese word is part of the official name ("xã Cô Ngân"), so it is
 * data for printing; the UI label comes from the message bundle ({@link #labelKey()}).
 */
public enum UnitType {
    PROVINCE("tỉnh", "UBND tỉnh"),
    CITY("thành phố", "UBND thành phố"),
    DISTRICT("huyện", "UBND huyện"),
    TOWN("thị xã", "UBND thị xã"),
    COMMUNE("xã", "UBND xã"),
    WARD("phường", "UBND phường"),
    TOWNSHIP("thị trấn", "UBND thị trấn"),
    SPECIAL_ZONE("đặc khu", "UBND đặc khu"),
    DEPARTMENT("", ""),
    OFFICE("", ""),
    OTHER("", "");

    private final String officialPrefix;
    private final String committeePrefix;

    UnitType(String officialPrefix, String committeePrefix) {
        this.officialPrefix = officialPrefix;
        this.committeePrefix = committeePrefix;
    }

    /** The lower-case Vietnamese word before the name, e.g. "xã"; empty where the name says it all. */
    public String officialPrefix() {
        return officialPrefix;
    }

    /** The People's Committee form, e.g. "UBND xã"; empty for departments and offices. */
    public String committeePrefix() {
        return committeePrefix;
    }

    public String labelKey() {
        return "common.unitType." + name();
    }
}
