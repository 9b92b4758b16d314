package org.partydesk.app.ledgers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.partydesk.logic.UnitNames;
import org.partydesk.logic.ledgers.Texts;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;
import org.partydesk.store.Database;
import org.partydesk.store.OrgRepository;
import org.partydesk.store.Tx;

/**
 * How a ledger's 所在党支部 becomes a unit, the same for the roster and the meetings import: the one unit the
 * name gives ({@link UnitNames#resolve}: by name, or "名称（上级）"), an error when it gives several or when a
 * qualified name gives none; else the one stored unit it is another way of writing ({@link UnitNames#variants}:
 * 第一党支部 for 机关第一党支部, with a warning), an error when it could be several; and otherwise a new branch,
 * created under the organ committee (机关党委, itself created when there is none) the first time an import writes it.
 */
final class BranchNames {
    /** The name of the organ committee created when none exists and a new branch needs a parent. */
    static final String ORGAN_COMMITTEE_NAME = "机关党委";

    /**
     * What a written name resolved to: a stored unit, or a new branch's name, or a problem (the message); {@code note}
     * is the warning when the unit was found by another way of writing its name ({@link UnitNames#variants}).
     */
    record Resolved(OrgUnit unit, String newName, String problem, String note) {
        Resolved(OrgUnit unit, String newName, String problem) {
            this(unit, newName, problem, null);
        }

        boolean isNew() {
            return newName != null;
        }
    }

    private final Map<Integer, OrgUnit> units = new LinkedHashMap<>();
    private final Predicate<OrgUnit> accepted;
    /**
     * What each name as written resolved to, until a unit is added: a roster names a few branches in each of its
     * thousands of rows (issue 21).
     */
    private final Map<String, Resolved> resolved = new HashMap<>();
    private final Map<String, OrgUnit> created = new HashMap<>();

    /**
     * The units stored before the import, the only ones a name written another way is matched with: a unit the same
     * import creates is known by its name as written, so that the preview and the writing resolve alike.
     */
    private final List<OrgUnit> stored;
    /** The written names whose {@link Resolved#note} was handed out by {@link #noteOnce}. */
    private final java.util.Set<String> noted = new java.util.HashSet<>();

    private BranchNames(Collection<OrgUnit> all, Predicate<OrgUnit> accepted) {
        all.forEach(u -> units.put(u.id(), u));
        this.accepted = accepted;
        this.stored = List.copyOf(all);
    }

    /** Names of branches and general branches only (a member's 所在党支部). */
    static BranchNames branches(Collection<OrgUnit> all) {
        return new BranchNames(all, u -> u.kind() == OrgKind.BRANCH || u.kind() == OrgKind.GENERAL_BRANCH);
    }

    /** Names of any unit that holds meetings (a branch, a 党小组, the 党组 …). */
    static BranchNames anyUnit(Collection<OrgUnit> all) {
        return new BranchNames(all, u -> true);
    }

    /** Names of any unit but a 党小组 (a list's or an honour's organisation). */
    static BranchNames organisations(Collection<OrgUnit> all) {
        return new BranchNames(all, u -> u.kind() != OrgKind.CELL);
    }

    /** Resolves a name as the ledger writes it. */
    Resolved resolve(String written) {
        Resolved known = resolved.get(written);
        if (known == null) {
            known = resolveAnew(written);
            resolved.put(written, known);
        }
        return known;
    }

    private Resolved resolveAnew(String written) {
        String name = Texts.clean(written);
        List<OrgUnit> hits = UnitNames.resolve(name, units.values()).stream().filter(accepted).toList();
        if (hits.size() > 1) {
            return new Resolved(null, null, UnitNames.ambiguous(name, hits, units.values()));
        }
        if (hits.size() == 1) {
            return new Resolved(hits.get(0), null, null);
        }
        if (UnitNames.isQualified(name, units.values())) {
            return new Resolved(null, null, UnitNames.notFound(name));
        }
        List<OrgUnit> near = UnitNames.variants(name, stored).stream().filter(accepted).toList();
        if (near.size() == 1) {
            return new Resolved(near.get(0), null, null, UnitNames.readAs(name, near.get(0), units.values()));
        }
        if (near.size() > 1) {
            return new Resolved(null, null, UnitNames.severalVariants(name, near, units.values()));
        }
        String tooLong = org.partydesk.logic.TextLimits.tooLong("党组织名称", name, org.partydesk.logic.TextLimits.UNIT_NAME)
                .orElse(null);
        return tooLong != null ? new Resolved(null, null, tooLong) : new Resolved(null, name, null);
    }

    /** The note of {@code r} the first time the name {@code written} is given, null after (one warning per name). */
    String noteOnce(String written, Resolved r) {
        return r.note() != null && noted.add(written) ? r.note() : null;
    }

    /**
     * The new branch {@code name} (a {@link Resolved#newName()}), created under the organ committee on first use
     * and known to {@link #resolve} from then on.
     */
    OrgUnit create(String name, Database db, Tx tx) {
        return createAll(List.of(name), db, tx).get(0);
    }

    /** {@link #create} of several names, those not created yet written as one batch in their order. */
    List<OrgUnit> createAll(Collection<String> names, Database db, Tx tx) {
        List<String> todo = names.stream().filter(n -> !created.containsKey(n)).distinct().toList();
        if (!todo.isEmpty()) {
            int organ = organCommittee(db, tx);
            // after the branches already under it, in the order the file names them (not by their names' sound)
            int next = units.values().stream().filter(u -> Integer.valueOf(organ).equals(u.parentId()))
                    .mapToInt(OrgUnit::sortOrder).max().orElse(0) + 1;
            List<OrgUnit> made = new ArrayList<>();
            for (int i = 0; i < todo.size(); i++) {
                made.add(new OrgUnit(null, organ, OrgKind.BRANCH, todo.get(i), null, false, null, null, next + i));
            }
            List<Integer> ids = OrgRepository.addAll(tx, made);
            for (int i = 0; i < todo.size(); i++) {
                OrgUnit m = made.get(i);
                OrgUnit stored = new OrgUnit(ids.get(i), organ, OrgKind.BRANCH, m.name(), null, false, null, null, m.sortOrder());
                add(stored);
                created.put(stored.name(), stored);
            }
        }
        return names.stream().map(created::get).toList();
    }

    /** Makes a unit created elsewhere known to {@link #resolve}. */
    void add(OrgUnit unit) {
        units.put(unit.id(), unit);
        resolved.clear();
    }

    /** The organ committee (机关党委) new branches go under, created when there is none. */
    private int organCommittee(Database db, Tx tx) {
        Predicate<OrgUnit> organ = u -> u.kind() == OrgKind.ORGAN_COMMITTEE;
        OrgUnit unit = units.values().stream().filter(organ).findFirst()
                .or(() -> new OrgRepository(db).all().stream().filter(organ).findFirst())
                .orElseGet(() -> {
                    OrgUnit made = new OrgUnit(null, null, OrgKind.ORGAN_COMMITTEE, ORGAN_COMMITTEE_NAME, null, false,
                            null, null, 0);
                    return new OrgUnit(OrgRepository.add(tx, made), null, OrgKind.ORGAN_COMMITTEE, ORGAN_COMMITTEE_NAME,
                            null, false, null, null, 0);
                });
        if (!units.containsKey(unit.id())) {
            add(unit);
        }
        return unit.id();
    }
}
