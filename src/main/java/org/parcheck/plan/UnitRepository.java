package org.parcheck.plan;

import java.util.List;
import java.util.Optional;

/** Stores administrative units. */
public interface UnitRepository {

    /** Inserts a new unit and returns it with its id. */
    AdminUnit insert(AdminUnit unit);

    void update(AdminUnit unit);

    Optional<AdminUnit> find(long id);

    /** All units, parents before children, ordered by code then name. */
    List<AdminUnit> findAll();
}
