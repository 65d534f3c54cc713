package org.parcheck.exchange;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The data of a package ({@code data.json}): the framework versions, units, plans and visits it carries. Rows are
 * column name → text maps with database ids replaced by UUIDs ({@code parent_uuid}, {@code plan_uuid}...), so that
 * they mean the same on every laptop.
 */
public final class PackageData {

    private PackageData() {
    }

    /** Everything a package carries. */
    public record Contents(List<FrameworkData> frameworks, List<Map<String, String>> units, List<PlanData> plans,
                           List<VisitData> visits) {
        public Contents {
            frameworks = frameworks == null ? List.of() : List.copyOf(frameworks);
            units = units == null ? List.of() : List.copyOf(units);
            plans = plans == null ? List.of() : List.copyOf(plans);
            visits = visits == null ? List.of() : List.copyOf(visits);
        }
    }

    /** One published framework version with its whole content. */
    public record FrameworkData(Map<String, String> framework, Map<String, String> version,
                                List<Map<String, String>> nodes, List<Map<String, String>> figures,
                                List<Map<String, String>> constraints, List<Map<String, String>> bands) {

        /** Timestamps, the display number and the status may differ between laptops; they are not content. */
        private static final Set<String> NOT_CONTENT = Set.of("created_at", "published_at", "version_no", "status");

        public FrameworkData {
            framework = framework == null ? Map.of() : framework;
            version = version == null ? Map.of() : version;
            nodes = nodes == null ? List.of() : nodes;
            figures = figures == null ? List.of() : figures;
            constraints = constraints == null ? List.of() : constraints;
            bands = bands == null ? List.of() : bands;
        }

        public String versionUuid() {
            return version.get("uuid");
        }

        public String label() {
            return framework.get("name") + " v" + version.get("version_no");
        }

        /** A hash of the version's content (not of its timestamps): the same uuid must mean the same content. */
        public String contentHash() {
            StringBuilder text = new StringBuilder();
            java.util.Map<String, String> lineage = new java.util.HashMap<>();
            lineage.put("uuid", framework.get("uuid"));
            append(text, "framework", List.of(lineage));
            append(text, "version", List.of(version));
            append(text, "nodes", nodes.stream().map(FrameworkData::withoutUuids).toList());
            append(text, "figures", figures);
            append(text, "constraints", constraints);
            append(text, "bands", bands);
            return VisitItem.sha256(text.toString());
        }

        /** Items are known by their code within a version (two databases may give them different uuids). */
        private static Map<String, String> withoutUuids(Map<String, String> node) {
            Map<String, String> copy = new TreeMap<>(node);
            copy.remove("uuid");
            copy.remove("parent_uuid");
            return copy;
        }

        private static void append(StringBuilder text, String name, List<Map<String, String>> rows) {
            text.append('[').append(name).append(']');
            for (Map<String, String> row : rows) {
                new TreeMap<>(row).forEach((k, v) -> {
                    if (!NOT_CONTENT.contains(k)) {
                        text.append(k).append('=').append(v == null ? "\u0000" : v).append('\u0001');
                    }
                });
                text.append('\u0002');
            }
        }
    }

    /** A plan: its row, its team, the framework version (uuid) per unit type, and the exporter's history. */
    public record PlanData(Map<String, String> plan, List<Map<String, String>> team, Map<String, String> frameworks,
                           Map<String, List<String>> history) {
        public PlanData {
            plan = plan == null ? Map.of() : plan;
            team = team == null ? List.of() : team;
            frameworks = frameworks == null ? Map.of() : frameworks;
            history = history == null ? Map.of() : history;
        }

        public String uuid() {
            return plan.get("uuid");
        }

        /** The plan's mergeable items: {@code plan} (its header), {@code team:<uuid>}, {@code framework:<type>}. */
        public Map<String, VisitItem> items() {
            Map<String, VisitItem> items = new TreeMap<>();
            Map<String, String> header = new TreeMap<>(plan);
            for (String key : List.of("id", "uuid", "created_at", "updated_at")) {
                header.remove(key);
            }
            items.put("plan", new VisitItem(plan.get("number_symbol"), header, null, plan.get("updated_at")));
            for (Map<String, String> member : team) {
                Map<String, String> fields = new TreeMap<>(member);
                fields.remove("uuid");
                items.put("team:" + member.get("uuid"), new VisitItem(member.get("full_name"), fields, null, null));
            }
            frameworks.forEach((type, version) -> items.put("framework:" + type,
                    new VisitItem(type, Map.of("framework_version_uuid", version), null, null)));
            return items;
        }

        /** The plan in the shape {@link Merge} works on. */
        public VisitData asMergeable() {
            Map<String, String> identity = new TreeMap<>();
            identity.put("uuid", uuid());
            identity.put("kind", "plan");
            return new VisitData(identity, plan.get("number_symbol"), items(), history);
        }

        public PlanData withHistory(Map<String, List<String>> newHistory) {
            return new PlanData(plan, team, frameworks, newHistory);
        }
    }

    /**
     * A visit: its identity ({@code uuid}, {@code plan_uuid}, {@code unit_uuid}, {@code framework_version_uuid}, and
     * {@code content_unit_uuid} when its content names the unit by another uuid, D21:
     * docs/decisions/0021-visit-keeps-the-unit-uuid-it-was-made-with.md), its items by key, and per key the content
     * hashes the exporter had already exchanged (see {@link Merge}).
     */
    public record VisitData(Map<String, String> visit, String label, Map<String, VisitItem> items,
                            Map<String, List<String>> history) {
        public VisitData {
            visit = visit == null ? Map.of() : visit;
            items = items == null ? Map.of() : items;
            history = history == null ? Map.of() : history;
        }

        public String uuid() {
            return visit.get("uuid");
        }
    }
}
