package org.parcheck.criteria;

import java.util.List;
import java.util.Optional;

/**
 * Frameworks for the screens: load, live-check, save drafts, publish (only without blocking issues), make a new
 * version of a published one, compare versions. Published versions never change.
 */
public final class FrameworkService {

    /** Raised when a change is asked of a version that is not a draft. */
    public static final class FrozenException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        FrozenException(long versionId) {
            super("Framework version " + versionId + " is published and cannot change; make a new version");
        }
    }

    /** Raised when publishing a version with blocking issues. */
    public static final class NotPublishableException extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        private final transient List<FrameworkIssue> issues;

        NotPublishableException(List<FrameworkIssue> issues) {
            super(issues.size() + " problem(s) block publishing");
            this.issues = List.copyOf(issues);
        }

        public List<FrameworkIssue> issues() {
            return issues;
        }
    }

    private final FrameworkRepository repository;

    public FrameworkService(FrameworkRepository repository) {
        this.repository = repository;
    }

    public List<FrameworkSummary> summaries() {
        return repository.summaries();
    }

    public StoredFramework load(long versionId) {
        return repository.load(versionId)
                .orElseThrow(() -> new IllegalArgumentException("No framework version " + versionId));
    }

    public StoredFramework create(FrameworkHeader header, FrameworkVersion version, FrameworkContent content) {
        return repository.create(header, version, content);
    }

    /** Saves the content of a draft; a published version is refused. */
    public void saveDraft(long versionId, FrameworkContent content) {
        StoredFramework stored = load(versionId);
        if (!stored.version().editable()) {
            throw new FrozenException(versionId);
        }
        repository.replaceContent(versionId, content);
    }

    /** Publishes a draft whose content has no blocking issue. */
    public void publish(long versionId) {
        StoredFramework stored = load(versionId);
        if (!stored.version().editable()) {
            throw new FrozenException(versionId);
        }
        List<FrameworkIssue> blocking = FrameworkChecks.check(stored.content()).stream()
                .filter(FrameworkIssue::blocking).toList();
        if (!blocking.isEmpty()) {
            throw new NotPublishableException(blocking);
        }
        repository.setStatus(versionId, VersionStatus.PUBLISHED);
    }

    /** A new draft copied from {@code versionId}; the source stays exactly as it was. */
    public StoredFramework newVersion(long versionId) {
        return repository.copyAsNewVersion(versionId);
    }

    public List<FrameworkDiff.Change> compare(long olderVersionId, long newerVersionId) {
        return FrameworkDiff.between(load(olderVersionId).content(), load(newerVersionId).content());
    }

    /** A version compared with the version it was made from. */
    public record Comparison(String name, int olderVersionNo, int newerVersionNo, List<FrameworkDiff.Change> changes) {
    }

    /** Compares a version with the one it was copied from; empty when it was not copied from another. */
    public Optional<Comparison> compareWithPrevious(long versionId) {
        StoredFramework newer = load(versionId);
        Long older = newer.version().basedOnVersionId();
        if (older == null) {
            return Optional.empty();
        }
        StoredFramework previous = load(older);
        return Optional.of(new Comparison(newer.header().name(), previous.version().versionNo(),
                newer.version().versionNo(), FrameworkDiff.between(previous.content(), newer.content())));
    }

    public int visitsUsing(long versionId) {
        return repository.visitsUsing(versionId);
    }
}
