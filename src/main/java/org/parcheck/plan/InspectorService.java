package org.parcheck.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parcheck.common.util.Text;

/**
 * Who uses this laptop: the inspector chosen for the data folder (asked at first start, switched from the window).
 * {@link #actor()} is read at every action, so a switch takes effect at once. Thread-safe: the current person is
 * kept in a volatile field, written after the database row.
 */
public final class InspectorService {

    private final InspectorRepository repository;
    private final Transactor transactor;
    private final String osAccount;
    private volatile Inspector current;

    public InspectorService(InspectorRepository repository, Transactor transactor, String osAccount) {
        this.repository = repository;
        this.transactor = transactor;
        this.osAccount = osAccount;
        this.current = repository.currentUuid().flatMap(repository::find).orElse(null);
    }

    /** The people to choose from: added here or team members of a plan. */
    public List<Inspector> known() {
        return repository.known();
    }

    public Optional<Inspector> current() {
        return Optional.ofNullable(current);
    }

    /**
     * The text recorded for an action done now: the current inspector's name, position and agency, or the
     * operating-system account marked as such when nobody was chosen.
     */
    public String actor() {
        Inspector who = current;
        return who != null ? who.recordText() : Inspector.osAccountText(osAccount);
    }

    /** Makes {@code inspector} (a known one, or a new one typed in) the current inspector; checked first. */
    public Inspector choose(Inspector inspector) {
        List<Problem> problems = check(inspector.fullName(), inspector.jobTitle(), inspector.agency());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        transactor.inTransaction(() -> {
            repository.save(inspector);
            repository.setCurrent(inspector.uuid());
            return null;
        });
        current = inspector;
        return inspector;
    }

    /** What is wrong with a person typed in: a name is required; no field longer than its column. */
    public static List<Problem> check(String fullName, String jobTitle, String agency) {
        List<Problem> problems = new ArrayList<>();
        if (Text.isBlank(fullName)) {
            problems.add(Problem.error("fullName", "plan.inspector.error.nameRequired"));
        } else if (fullName.strip().length() > Inspector.NAME_LENGTH) {
            problems.add(Problem.error("fullName", "plan.inspector.error.tooLong", Inspector.NAME_LENGTH));
        }
        if (jobTitle != null && jobTitle.strip().length() > Inspector.DETAIL_LENGTH) {
            problems.add(Problem.error("jobTitle", "plan.inspector.error.tooLong", Inspector.DETAIL_LENGTH));
        }
        if (agency != null && agency.strip().length() > Inspector.DETAIL_LENGTH) {
            problems.add(Problem.error("agency", "plan.inspector.error.tooLong", Inspector.DETAIL_LENGTH));
        }
        return problems;
    }
}
