package org.parcheck.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.UUID;

/** A visit to one unit under a plan, scored against one framework version. */
public record Visit(
        Long id,
        UUID uuid,
        long planId,
        long unitId,
        Long frameworkVersionId,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        String place,
        String reportNumber,
        VisitStatus status) {

    public Visit {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(status, "status");
    }

    public static Visit planned(long planId, long unitId, LocalDate date, String place) {
        return new Visit(null, UUID.randomUUID(), planId, unitId, null, date, null, null, place, null,
                VisitStatus.PLANNED);
    }

    public Visit withFrameworkVersion(Long versionId) {
        return new Visit(id, uuid, planId, unitId, versionId, date, startTime, endTime, place, reportNumber, status);
    }

    public Visit withId(long newId) {
        return new Visit(newId, uuid, planId, unitId, frameworkVersionId, date, startTime, endTime, place,
                reportNumber, status);
    }
}
