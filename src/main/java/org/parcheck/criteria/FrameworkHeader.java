package org.parcheck.criteria;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.parcheck.common.domain.UnitType;

/** A framework lineage ("Bộ tiêu chí cấp xã"): its name, the unit types it is for, whether it is demo data. */
public record FrameworkHeader(Long id, UUID uuid, String name, String description, Set<UnitType> targets,
                              boolean demo) {

    public FrameworkHeader {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(name, "name");
        targets = targets == null ? Set.of() : Set.copyOf(targets);
    }

    public static FrameworkHeader create(String name, String description, Set<UnitType> targets, boolean demo) {
        return new FrameworkHeader(null, UUID.randomUUID(), name, description, targets, demo);
    }
}
