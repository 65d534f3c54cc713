package org.parcheck.persistence;

import static org.parcheck.persistence.jooq.Tables.INSPECTOR;
import static org.parcheck.persistence.jooq.Tables.TEAM_MEMBER;

import java.text.Collator;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.parcheck.common.util.Text;
import org.parcheck.persistence.jooq.tables.records.InspectorRecord;
import org.parcheck.plan.Inspector;
import org.parcheck.plan.InspectorRepository;

/** The inspector table (V007) and the current inspector kept in {@code app_setting}. */
public final class JooqInspectorRepository implements InspectorRepository {

    /** The app_setting key holding the current inspector's uuid. */
    public static final String CURRENT_KEY = "inspector.current";

    private final Database database;
    private final AppMetadata metadata;

    public JooqInspectorRepository(Database database) {
        this.database = database;
        this.metadata = new AppMetadata(database);
    }

    @Override
    public List<Inspector> known() {
        List<Inspector> people = new ArrayList<>();
        Set<UUID> uuids = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (InspectorRecord r : database.dsl().selectFrom(INSPECTOR).orderBy(INSPECTOR.ID).fetch()) {
            Inspector person = toInspector(r);
            uuids.add(person.uuid());
            keys.add(key(person));
            people.add(person);
        }
        database.dsl().selectFrom(TEAM_MEMBER).orderBy(TEAM_MEMBER.PLAN_ID.desc(), TEAM_MEMBER.POSITION)
                .fetch(r -> new Inspector(r.getUuid(), r.getFullName(), r.getJobTitle(), r.getAgency()))
                .stream().filter(p -> !uuids.contains(p.uuid()) && keys.add(key(p))).forEach(people::add);
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        people.sort(Comparator.comparing(Inspector::fullName, collator)
                .thenComparing(p -> String.valueOf(p.agency()), collator));
        return people;
    }

    /** The same person listed in several plans' teams appears once. */
    private static String key(Inspector p) {
        return Text.matchKey(p.fullName()) + "|" + Text.matchKey(String.valueOf(p.jobTitle())) + "|"
                + Text.matchKey(String.valueOf(p.agency()));
    }

    @Override
    public void save(Inspector inspector) {
        database.transaction(dsl -> {
            InspectorRecord r = dsl.fetchOptional(INSPECTOR, INSPECTOR.UUID.eq(inspector.uuid()))
                    .orElseGet(() -> {
                        InspectorRecord created = dsl.newRecord(INSPECTOR);
                        created.setUuid(inspector.uuid());
                        created.setCreatedAt(LocalDateTime.now(ZoneOffset.UTC));
                        return created;
                    });
            r.setFullName(inspector.fullName());
            r.setJobTitle(inspector.jobTitle());
            r.setAgency(inspector.agency());
            r.store();
            return null;
        });
    }

    @Override
    public Optional<Inspector> find(UUID uuid) {
        return database.dsl().fetchOptional(INSPECTOR, INSPECTOR.UUID.eq(uuid))
                .map(JooqInspectorRepository::toInspector);
    }

    @Override
    public Optional<UUID> currentUuid() {
        return metadata.get(CURRENT_KEY).filter(s -> !s.isBlank()).flatMap(JooqInspectorRepository::parse);
    }

    private static Optional<UUID> parse(String text) {
        try {
            return Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public void setCurrent(UUID uuid) {
        metadata.put(CURRENT_KEY, uuid.toString());
    }

    private static Inspector toInspector(InspectorRecord r) {
        return new Inspector(r.getUuid(), r.getFullName(), r.getJobTitle(), r.getAgency());
    }
}
