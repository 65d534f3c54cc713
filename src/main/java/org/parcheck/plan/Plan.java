package org.parcheck.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** An inspection plan, e.g. "Kế hoạch số 3199/KH-UBND ngày 22/12/2020" for the year 2021. */
public record Plan(
        Long id,
        UUID uuid,
        String numberSymbol,
        LocalDate issuedDate,
        String issuingBody,
        String parentBody,
        String title,
        String legalBasis,
        int year,
        String placeName,
        boolean demo) {

    public Plan {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(numberSymbol, "numberSymbol");
        Objects.requireNonNull(issuedDate, "issuedDate");
        Objects.requireNonNull(issuingBody, "issuingBody");
        Objects.requireNonNull(title, "title");
    }

    public Plan withId(long newId) {
        return new Plan(newId, uuid, numberSymbol, issuedDate, issuingBody, parentBody, title, legalBasis, year,
                placeName, demo);
    }
}
