package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.partydesk.app.InputRejectedException;
import org.partydesk.app.OutputPaths;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.org.Organisation;
import org.partydesk.logic.IdNumbers;
import org.partydesk.logic.UnitNames;
import org.partydesk.logic.ledgers.LedgerColumn;
import org.partydesk.logic.ledgers.MemberLedger;
import org.partydesk.model.CommitteeAssignment;
import org.partydesk.model.Department;
import org.partydesk.model.Member;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;
import org.partydesk.office.ledgers.LedgerFileException;
import org.partydesk.office.ledgers.LedgerWriter;
import org.partydesk.store.DepartmentRepository;
import org.partydesk.store.CommitteeRoleRepository;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.OrgRepository;

/**
 * Exports the member roster (花名册) as an .xlsx ledger that {@link LedgerImport} takes back without
 * change: all members on the roster on a day, or those of one unit and the units below it. ID numbers
 * are masked ({@code 420102********1234}) unless asked for in full; a masked export re-imports by mask
 * and name.
 */
public final class LedgerExport {
    private LedgerExport() {
    }

    /** Which members to export and how. */
    public record Options(Integer year, String branch, boolean unmasked) {
    }

    /** Writes the ledger of {@code kind}; returns how many records (members, meetings …) it holds. */
    public static int export(LedgerKind kind, Workspace workspace, Path out, Options options, Progress progress) {
        OutputPaths.check(workspace, out, ".xlsx");
        return switch (kind) {
            case MEMBERS -> members(workspace, out, options, progress);
            case COMMENDATIONS -> CommendationExport.write(workspace, out, options, progress);
            case RESPONSIBILITIES -> ResponsibilityExport.write(workspace, out, options, progress);
            case MEETINGS -> MeetingLedgerExport.meetings(workspace, out, options, progress);
            case RECRUITMENT -> RecruitmentExport.write(workspace, out, options, progress);
            case DUES -> DuesExport.write(workspace, out, options, progress);
        };
    }

    /**
     * Writes the members on the roster on the last day of {@code options.year()} (today when null), of
     * the unit named {@code options.branch()} and below (all when null), to {@code out}; returns how many.
     */
    public static int members(Workspace workspace, Path out, Options options, Progress progress) {
        var db = workspace.database();
        LocalDate today = LocalDate.now(db.clock());
        LocalDate day = options.year() == null ? today : LocalDate.of(options.year(), 12, 31);
        if (day.isAfter(today)) {
            day = today;
        }
        MemberRepository memberRepo = new MemberRepository(db);
        List<Member> members;
        if (options.branch() == null) {
            members = memberRepo.membersOn(day);
        } else {
            members = memberRepo.members(unitNamed(workspace, options.branch()), true, day);
        }
        LocalDate on = day;
        members = members.stream().filter(m -> m.leftOn() == null || m.leftOn().isAfter(on)).toList();
        List<OrgUnit> units = new OrgRepository(db).all();
        Map<Integer, String> unitNames = UnitNames.qualifiedAll(units);
        Map<Integer, OrgUnit> unitsById = units.stream().collect(Collectors.toMap(OrgUnit::id, u -> u));
        Map<Integer, String> branches = new HashMap<>();
        Map<Integer, Integer> branchIds = memberRepo.branchIdsOfAll(day);
        branchIds.forEach((member, unit) -> branches.put(member, unitNames.get(unit)));
        Map<Integer, LocalDate> since = memberRepo.branchStartsOfAll(day);
        // 党小组 of the member's branch, and 党组成员, on the day
        Map<Integer, String> cells = new HashMap<>();
        Map<Integer, String> posts = new HashMap<>();
        memberRepo.memberIdsByUnit(day).forEach((unitId, ids) -> {
            OrgUnit u = unitsById.get(unitId);
            for (int id : ids) {
                if (u.kind() == OrgKind.CELL && u.parentId() != null && u.parentId().equals(branchIds.get(id))) {
                    cells.put(id, u.name());
                } else if (u.kind() == OrgKind.LEADING_GROUP) {
                    posts.put(id, MemberLedger.LEADING_GROUP_MEMBER);
                }
            }
        });
        LocalDate postsOn = day;
        new CommitteeRoleRepository(workspace.database()).all().stream()
                .filter(p -> p.heldOn(postsOn) && Integer.valueOf(p.orgUnitId()).equals(branchIds.get(p.memberId())))
                .sorted(java.util.Comparator.comparing(CommitteeAssignment::role))
                .forEach(p -> posts.merge(p.memberId(), MemberLedger.label(p.role()), (a, b) -> a + "、" + b));
        Map<Integer, String> departments = new DepartmentRepository(db).all().stream()
                .collect(Collectors.toMap(Department::id, Department::name));
        List<Member> ordered = new ArrayList<>(members);
        ordered.sort(java.util.Comparator.comparing((Member m) -> branches.getOrDefault(m.id(), ""),
                java.text.Collator.getInstance(java.util.Locale.SIMPLIFIED_CHINESE)));
        List<LedgerColumn> columns = MemberLedger.COLUMNS.columns();
        // the title carries the roster's date, from which its import counts the memberships (decision 0011)
        String title = MemberLedger.TITLE + "（截至" + day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日）";
        List<Member> chosen = ordered;
        Map<Integer, List<MemberRepository.MembershipRow>> history = memberRepo.membershipsOfAll();
        return writing(out, MemberLedger.SHEET_NAME, title, columns, MemberLedger.GUIDE, writer -> {
            int n = 0;
            int seq = 0;
            for (Member m : chosen) {
                progress.checkCancelled();
                n++;
                // a member who moved: first a row for each earlier branch (decision 0011)
                LocalDate start = since.get(m.id());
                for (Stint h : start == null ? List.<Stint>of()
                        : earlierStints(history.getOrDefault(m.id(), List.of()), start, unitsById)) {
                    List<Object> values = new ArrayList<>(columns.size());
                    int rowSeq = ++seq;
                    for (LedgerColumn c : columns) {
                        values.add(switch (c.key()) {
                            case MemberLedger.BRANCH -> unitNames.get(h.branch());
                            case MemberLedger.BRANCH_SINCE -> h.start();
                            case MemberLedger.CELL -> h.cell();
                            case MemberLedger.PARTY_POST -> MemberLedger.NO_POST;
                            default -> value(c.key(), m, rowSeq, branches, departments, options.unmasked());
                        });
                    }
                    writer.row(values);
                }
                List<Object> values = new ArrayList<>(columns.size());
                int rowSeq = ++seq;
                for (LedgerColumn c : columns) {
                    values.add(switch (c.key()) {
                        case MemberLedger.BRANCH_SINCE -> since.get(m.id());
                        case MemberLedger.CELL -> cells.get(m.id());
                        case MemberLedger.PARTY_POST -> posts.getOrDefault(m.id(), MemberLedger.NO_POST);
                        default -> value(c.key(), m, rowSeq, branches, departments, options.unmasked());
                    });
                }
                writer.row(values);
                progress.update(n, chosen.size(), "正在导出第 " + n + " 人");
            }
            return n;
        });
    }

    /** An earlier branch of a member: the branch, its 党小组 (or null) and the first day. */
    private record Stint(int branch, String cell, LocalDate start) {
    }

    /**
     * The branches a member belonged to before the membership that starts on {@code start}, each ending the
     * day before the next one starts. Oldest first.
     */
    private static List<Stint> earlierStints(List<MemberRepository.MembershipRow> rows, LocalDate start,
                                             Map<Integer, OrgUnit> units) {
        List<Stint> out = new ArrayList<>();
        LocalDate next = start;
        while (out.size() < rows.size()) {
            LocalDate end = next.minusDays(1);
            MemberRepository.MembershipRow before = rows.stream()
                    .filter(r -> r.kind() == OrgKind.BRANCH && end.equals(r.endOn())).findFirst().orElse(null);
            if (before == null) {
                break;
            }
            String cell = rows.stream().filter(r -> r.kind() == OrgKind.CELL && end.equals(r.endOn())
                    && Integer.valueOf(before.orgUnitId()).equals(units.get(r.orgUnitId()).parentId()))
                    .map(MemberRepository.MembershipRow::unitName).findFirst().orElse(null);
            out.add(0, new Stint(before.orgUnitId(), cell, before.startOn()));
            next = before.startOn();
        }
        return out;
    }

    private static Object value(String key, Member m, int seq, Map<Integer, String> branches,
                                Map<Integer, String> departments, boolean unmasked) {
        return switch (key) {
            case MemberLedger.SEQ -> seq;
            case MemberLedger.NAME -> m.name();
            case MemberLedger.GENDER -> MemberLedger.label(m.gender());
            case MemberLedger.ETHNICITY -> m.ethnicity();
            case MemberLedger.BIRTH_DATE -> m.birthDate();
            case MemberLedger.ID_NUMBER -> unmasked ? m.idNumber() : IdNumbers.mask(m.idNumber());
            case MemberLedger.EDUCATION -> m.education();
            case MemberLedger.STATUS -> MemberLedger.label(m.status());
            case MemberLedger.BRANCH -> branches.get(m.id());
            case MemberLedger.DEPARTMENT -> m.departmentId() == null ? null : departments.get(m.departmentId());
            case MemberLedger.JOB_TITLE -> m.jobTitle();
            case MemberLedger.CATEGORY -> MemberLedger.label(m.category());
            case MemberLedger.JOINED_ON -> m.joinedOn();
            case MemberLedger.FULL_MEMBER_ON -> m.fullMemberOn();
            case MemberLedger.PHONE -> m.phone();
            default -> throw new IllegalStateException("no value for column " + key);
        };
    }

    /** Rows written into an open ledger file; returns how many. */
    interface Rows {
        int write(LedgerWriter writer);
    }

    /** Opens a ledger file, lets {@code rows} fill it and closes it; a file that cannot be written is refused. */
    static int writing(Path out, String sheetName, String title, List<LedgerColumn> columns, List<String> guide, Rows rows) {
        try (LedgerWriter writer = LedgerWriter.create(out, sheetName, title, columns, guide)) {
            int n = rows.write(writer);
            writer.finish();
            return n;
        } catch (LedgerFileException e) {
            throw new InputRejectedException(e.getMessage(), e);
        }
    }

    /** The id of the one unit with this name; refused when there is none or more than one. */
    static int unitNamed(Workspace workspace, String name) {
        return Organisation.named(workspace, name).id();
    }
}
