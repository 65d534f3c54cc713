package org.parcheck.common.fx;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Display formats shared by the screens (Vietnamese conventions: dd/MM/yyyy). */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
