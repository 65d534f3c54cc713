package org.parcheck.plan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The people who may be named as the inspector, and which of them uses this data folder now. */
public interface InspectorRepository {

    /** People added here, then team members of every plan not among them; sorted by name. */
    List<Inspector> known();

    /** Adds the person (by uuid) or updates the name, position and agency kept for them. */
    void save(Inspector inspector);

    Optional<Inspector> find(UUID uuid);

    /** The uuid of the inspector chosen for this data folder, if any. */
    Optional<UUID> currentUuid();

    void setCurrent(UUID uuid);
}
