package org.partydesk.app.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.partydesk.app.InputRejectedException;
import org.partydesk.logic.TextLimits;
import org.partydesk.app.Workspace;
import org.partydesk.logic.UnitNames;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.OrgRepository;

/**
 * Use cases that change the organisation tree (组织树): set up a unit (a branch, a temporary branch with
 * its end date, a cell …), close a unit (its {@code ended_on}; its members' memberships end the day
 * before), and move a unit under another parent. Each write is one audited transaction; refused input
 * throws {@link InputRejectedException} with a Chinese message and writes nothing.
 */
public final class Organisation {
    private final Workspace ws;
    private final OrgRepository orgs;

    /**
     * The one party organisation (not a 党小组) a clerk names; see {@link #named(Workspace, String, Predicate, String)}.
     */
    public static OrgUnit named(Workspace ws, String name) {
        return named(ws, name, u -> u.kind() != OrgKind.CELL, "党组织");
    }

    /**
     * The one unit of the kinds {@code kinds} accepts that a clerk names ({@code noun}: 党组织, 党支部), as every command
     * reads it: by its name or qualified name; else as the ledgers read it (第一党支部 for the stored 机关第一党支部); else the
     * one unit whose name holds the written characters in their order (退休支部 for 退休干部党支部). Refused, saying which
     * ones are meant or which there are, when there is none or more than one.
     */
    public static OrgUnit named(Workspace ws, String name, Predicate<OrgUnit> kinds, String noun) {
        String written = name == null ? "" : name.strip();
        List<OrgUnit> all = new OrgRepository(ws.database()).all();
        List<OrgUnit> found = UnitNames.resolve(written, all).stream().filter(kinds).toList();
        if (found.size() > 1) {
            throw new InputRejectedException(UnitNames.ambiguous(written, found, all));
        }
        if (found.isEmpty()) {
            List<OrgUnit> near = UnitNames.variants(written, all).stream().filter(kinds).toList();
            if (near.size() > 1) {
                throw new InputRejectedException(UnitNames.severalVariants(written, near, all));
            }
            if (near.isEmpty()) {
                near = all.stream().filter(kinds).filter(u -> UnitNames.inOrder(written, u.name())).toList();
            }
            if (near.size() != 1) {
                List<String> there = names(ws, all, kinds);
                throw new InputRejectedException("没有名为“" + written + "”的" + noun
                        + (there.isEmpty() ? "" : "；库中的" + noun + "有：" + String.join("、", there)));
            }
            found = near;
        }
        return found.get(0);
    }

    /** The qualified names of the units of {@code kinds} that exist today, in tree order. */
    public static List<String> names(Workspace ws, List<OrgUnit> all, Predicate<OrgUnit> kinds) {
        LocalDate today = LocalDate.now(ws.database().clock());
        Map<Integer, String> names = UnitNames.qualifiedAll(all);
        return all.stream().filter(kinds).filter(u -> u.activeOn(today)).sorted(OrgUnit.ORDER)
                .map(u -> names.get(u.id())).toList();
    }

    public Organisation(Workspace ws) {
        this.ws = ws;
        this.orgs = new OrgRepository(ws.database());
    }

    /** What a new unit needs; {@code endsOn} is required for a temporary branch and refused otherwise. */
    public record NewUnit(Integer parentId, OrgKind kind, String name, boolean temporary, LocalDate establishedOn,
                          LocalDate endsOn) {
    }

    /** Sets up a unit under {@code parentId} (null: a new root) and returns its id. */
    public int addUnit(NewUnit unit) {
        String name = unit.name() == null ? "" : unit.name().strip();
        if (name.isEmpty()) {
            throw new InputRejectedException("请填写组织名称");
        }
        unitNameFits("组织名称", name);
        if (unit.kind() == null) {
            throw new InputRejectedException("请选择组织类型");
        }
        LocalDate from = unit.establishedOn() != null ? unit.establishedOn() : today();
        if (unit.temporary()) {
            if (unit.kind() != OrgKind.BRANCH) {
                throw new InputRejectedException("只有党支部可以设为临时党支部");
            }
            if (unit.endsOn() == null) {
                throw new InputRejectedException("临时党支部须填写结束日期");
            }
            if (!unit.endsOn().isAfter(from)) {
                throw new InputRejectedException("临时党支部的结束日期应晚于成立日期");
            }
        } else if (unit.endsOn() != null) {
            throw new InputRejectedException("只有临时党支部在成立时填写结束日期");
        }
        Map<Integer, OrgUnit> byId = units();
        if (unit.parentId() != null) {
            OrgUnit parent = byId.get(unit.parentId());
            if (parent == null || !parent.activeOn(from)) {
                throw new InputRejectedException("上级组织不存在或已撤销");
            }
            if (parent.kind() == OrgKind.CELL) {
                throw new InputRejectedException("党小组下不能再设组织");
            }
        }
        return ws.database().write(ws.operator(), tx -> {
            if (OrgRepository.nameTaken(tx, unit.parentId(), name)) {
                throw new InputRejectedException("同一上级组织下已有“" + name + "”");
            }
            return OrgRepository.add(tx, new OrgUnit(null, unit.parentId(), unit.kind(), name, null, unit.temporary(),
                    from, unit.endsOn(), nextSortOrder(unit.parentId(), byId)));
        });
    }

    /**
     * Sets up an empty bureau on first run: its name (in the window title) and the root of the tree, the
     * organ party committee (机关党委), in one transaction; then the operator. Refused when the database
     * already has units.
     */
    public int setUpBureau(String bureauName, String operator) {
        String name = bureauName == null ? "" : bureauName.strip();
        if (name.isEmpty()) {
            throw new InputRejectedException("请填写单位名称");
        }
        unitNameFits("单位名称", name);
        if (operator == null || operator.isBlank()) {
            throw new InputRejectedException("请填写操作人姓名");
        }
        if (orgs.count() > 0) {
            throw new InputRejectedException("数据库中已有组织，不能再次初始化");
        }
        int root = ws.database().write(ws.operator(), tx -> {
            org.partydesk.store.SettingsRepository.put(tx, Workspace.BUREAU_NAME_SETTING, name);
            return OrgRepository.add(tx, new OrgUnit(null, null, OrgKind.ORGAN_COMMITTEE, "机关党委", null, false,
                    today(), null, 1));
        });
        ws.changeOperator(operator);
        return root;
    }

    /**
     * Names the bureau (the window's title, the reports' signature), also for a database that began with a
     * ledger import rather than the first-run screen; audited like every setting.
     */
    public void setBureauName(String bureauName) {
        String name = bureauName == null ? "" : bureauName.strip();
        if (name.isEmpty()) {
            throw new InputRejectedException("请填写单位名称");
        }
        unitNameFits("单位名称", name);
        ws.putSetting(Workspace.BUREAU_NAME_SETTING, name);
    }

    /**
     * Closes (撤销) a unit on {@code endedOn}: the unit no longer exists from that day and its open
     * memberships end the day before. Refused while units below it still exist.
     */
    public void closeUnit(int unitId, LocalDate endedOn) {
        LocalDate day = endedOn != null ? endedOn : today();
        Map<Integer, OrgUnit> byId = units();
        OrgUnit unit = byId.get(unitId);
        if (unit == null) {
            throw new InputRejectedException("组织不存在（编号 " + unitId + "）");
        }
        if (unit.endedOn() != null && !unit.endedOn().isAfter(today())) {
            throw new InputRejectedException("“" + unit.name() + "”已于 " + unit.endedOn() + " 撤销");
        }
        if (unit.establishedOn() != null && !day.isAfter(unit.establishedOn())) {
            throw new InputRejectedException("撤销日期应晚于成立日期 " + unit.establishedOn());
        }
        long openChildren = byId.values().stream()
                .filter(u -> Integer.valueOf(unitId).equals(u.parentId()) && u.activeOn(day)).count();
        if (openChildren > 0) {
            throw new InputRejectedException("“" + unit.name() + "”下还有 " + openChildren + " 个组织，请先撤销或移走它们");
        }
        ws.database().write(ws.operator(), tx -> {
            OrgRepository.close(tx, unitId, day);
            MemberRepository.endMemberships(tx, unitId, day.minusDays(1));
            return null;
        });
    }

    /** Moves a unit (with everything below it) under {@code newParentId}; refused under itself or its subtree. */
    public void moveUnit(int unitId, int newParentId) {
        Map<Integer, OrgUnit> byId = units();
        OrgUnit unit = byId.get(unitId);
        OrgUnit parent = byId.get(newParentId);
        if (unit == null || parent == null) {
            throw new InputRejectedException("组织不存在");
        }
        Set<Integer> subtree = orgs.subtreeIds(unitId);
        if (subtree.contains(newParentId)) {
            throw new InputRejectedException("不能把“" + unit.name() + "”移到它自己或它的下级组织之下");
        }
        if (parent.kind() == OrgKind.CELL) {
            throw new InputRejectedException("党小组下不能再设组织");
        }
        if (!parent.activeOn(today())) {
            throw new InputRejectedException("“" + parent.name() + "”已撤销");
        }
        ws.database().write(ws.operator(), tx -> {
            if (OrgRepository.nameTaken(tx, newParentId, unit.name())) {
                throw new InputRejectedException("“" + parent.name() + "”下已有“" + unit.name() + "”");
            }
            OrgRepository.move(tx, unitId, newParentId);
            return null;
        });
    }

    private Map<Integer, OrgUnit> units() {
        return orgs.all().stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
    }

    private static int nextSortOrder(Integer parentId, Map<Integer, OrgUnit> byId) {
        return byId.values().stream().filter(u -> java.util.Objects.equals(parentId, u.parentId()))
                .mapToInt(OrgUnit::sortOrder).max().orElse(0) + 1;
    }

    /** Refuses a unit's or the bureau's name longer than {@link TextLimits#UNIT_NAME}. */
    private static void unitNameFits(String what, String name) {
        InputRejectedException.refuseIf(TextLimits.tooLong(what, name, TextLimits.UNIT_NAME));
    }

    private LocalDate today() {
        return LocalDate.now(ws.database().clock());
    }
}
