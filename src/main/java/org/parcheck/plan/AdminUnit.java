package org.parcheck.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.parcheck.common.domain.UnitType;

/**
 * An administrative unit as it was between {@code validFrom} and {@code validTo}. Retired units keep their
 * names (a 2021 visit to xã Cô Ngân still prints that) and point to their successor.
 */
public record AdminUnit(
        Long id,
        UUID uuid,
        UnitType type,
        String code,
        String name,
        Long parentId,
        LocalDate validFrom,
        LocalDate validTo,
        Long successorId,
        String note) {

    public AdminUnit {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
    }

    /** A new unit not yet stored. */
    public static AdminUnit create(UnitType type, String code, String name, Long parentId) {
        return new AdminUnit(null, UUID.randomUUID(), type, code, name, parentId, null, null, null, null);
    }

    public AdminUnit withId(long newId) {
        return new AdminUnit(newId, uuid, type, code, name, parentId, validFrom, validTo, successorId, note);
    }

    public AdminUnit withValidity(LocalDate from, LocalDate to) {
        return new AdminUnit(id, uuid, type, code, name, parentId, from, to, successorId, note);
    }

    public AdminUnit withSuccessor(Long successor) {
        return new AdminUnit(id, uuid, type, code, name, parentId, validFrom, validTo, successor, note);
    }

    /** Whether the unit existed on {@code date}. */
    public boolean isValidOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /** The official short name with its type word, e.g. "xã Cô Ngân". */
    public String officialName() {
        return type.officialPrefix().isEmpty() ? name : type.officialPrefix() + " " + name;
    }
}
