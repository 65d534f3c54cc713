package org.parcheck.answering;

import java.time.LocalDate;
import java.time.LocalTime;

/** The parts of a visit filled in on the day: date, start and end time, place, the unit's opinion. */
public record VisitDetails(LocalDate date, LocalTime startTime, LocalTime endTime, String place,
                           String unitOpinion) {
}
