package org.partydesk.logic;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partydesk.model.OrgUnit;

/**
 * How a party organisation is written where its name alone may not tell which one it is (ledgers, reports,
 * statistics, command options): its own name, or, when another organisation has the same name (two
 * 综合党支部 in one bureau), "名称（上级名称）" with full-width brackets. Reading also accepts half-width
 * brackets and the older "上级/名称". Pure: callers pass all the organisations they know.
 */
public final class UnitNames {

    private UnitNames() {
    }

    /** A written name split into the unit's own name and, when qualified, its parent's name (else null). */
    public record Written(String name, String parent) {
    }

    /** The name to write for {@code unit}: its own, or "名称（上级名称）" when another of {@code all} shares it. */
    public static String qualified(OrgUnit unit, Collection<OrgUnit> all) {
        return qualifiedAll(all).getOrDefault(unit.id(), unit.name());
    }

    /** {@link #qualified} for every unit of {@code all}, by id. */
    public static Map<Integer, String> qualifiedAll(Collection<OrgUnit> all) {
        Map<String, Long> uses = all.stream().collect(Collectors.groupingBy(OrgUnit::name, Collectors.counting()));
        Map<Integer, OrgUnit> byId = all.stream().collect(Collectors.toMap(OrgUnit::id, Function.identity(), (a, b) -> a));
        Map<Integer, String> out = new HashMap<>();
        for (OrgUnit u : all) {
            OrgUnit parent = u.parentId() == null ? null : byId.get(u.parentId());
            out.put(u.id(), uses.get(u.name()) > 1 && parent != null ? u.name() + "（" + parent.name() + "）" : u.name());
        }
        return out;
    }

    /**
     * Splits a written name: "名称（上级）" or "名称(上级)" (the last bracket pair, at the end) or "上级/名称";
     * anything else is a plain name. Blanks around the parts are dropped.
     */
    public static Written parse(String written) {
        String s = written == null ? "" : written.strip();
        if (s.endsWith("）") || s.endsWith(")")) {
            int open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
            if (open > 0 && open < s.length() - 2) {
                return new Written(s.substring(0, open).strip(), s.substring(open + 1, s.length() - 1).strip());
            }
        }
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('／'));
        if (slash > 0 && slash < s.length() - 1) {
            return new Written(s.substring(slash + 1).strip(), s.substring(0, slash).strip());
        }
        return new Written(s, null);
    }

    /**
     * The units of {@code all} a written name stands for: those with exactly that name (a name may itself
     * contain brackets), else those with the parsed name under a parent of the parsed parent name. More than
     * one means the name is ambiguous ({@link #ambiguous}); none, that it names no known unit.
     */
    public static List<OrgUnit> resolve(String written, Collection<OrgUnit> all) {
        String s = written == null ? "" : written.strip();
        List<OrgUnit> exact = all.stream().filter(u -> u.name().equals(s)).toList();
        Written w = parse(s);
        if (!exact.isEmpty() || w.parent() == null) {
            return exact;
        }
        Map<Integer, OrgUnit> byId = all.stream().collect(Collectors.toMap(OrgUnit::id, Function.identity(), (a, b) -> a));
        return all.stream().filter(u -> u.name().equals(w.name()) && u.parentId() != null
                && byId.containsKey(u.parentId()) && byId.get(u.parentId()).name().equals(w.parent())).toList();
    }

    /**
     * Whether {@code written} is meant as "名称（上级）" rather than as a new unit's name: it parses so and one
     * of {@code all} has the parsed parent name or the parsed name.
     */
    public static boolean isQualified(String written, Collection<OrgUnit> all) {
        Written w = parse(written);
        return w.parent() != null && all.stream().anyMatch(u -> u.name().equals(w.parent()) || u.name().equals(w.name()));
    }

    /**
     * The message for a written name {@link #resolve} found several units of {@code all} for ({@code found}):
     * "有2个名为“综合党支部”的党组织，请写作 综合党支部（上级党组织名称），如 综合党支部（机关党委）、……".
     */
    public static String ambiguous(String written, List<OrgUnit> found, Collection<OrgUnit> all) {
        String name = parse(written).name();
        Map<Integer, String> names = qualifiedAll(all);
        return "有" + found.size() + "个名为“" + name + "”的党组织，请写作 " + name + "（上级党组织名称），如 "
                + found.stream().map(u -> names.getOrDefault(u.id(), u.name())).distinct().collect(Collectors.joining("、"));
    }

    /** The message for a qualified name ({@link #isQualified}) that {@link #resolve} found nothing for. */
    public static String notFound(String written) {
        Written w = parse(written);
        return "找不到党组织“" + Objects.requireNonNullElse(written, "").strip() + "”：上级党组织“" + w.parent()
                + "”下没有名为“" + w.name() + "”的党组织";
    }
}
