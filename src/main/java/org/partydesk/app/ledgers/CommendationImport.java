package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.logic.UnitNames;
import org.partydesk.logic.ledgers.CommendationEntry;
import org.partydesk.logic.ledgers.CommendationEntry.RecipientName;
import org.partydesk.logic.ledgers.CommendationLedger;
import org.partydesk.logic.ledgers.LedgerDates;
import org.partydesk.logic.ledgers.LedgerMessage;
import org.partydesk.logic.ledgers.LedgerMessage.Severity;
import org.partydesk.model.Commendation;
import org.partydesk.model.Commendation.Recipient;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.CommendationTitle;
import org.partydesk.model.Department;
import org.partydesk.model.Member;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;
import org.partydesk.model.PeriodKind;
import org.partydesk.store.CommendationRepository;
import org.partydesk.store.DepartmentRepository;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.OrgRepository;

/**
 * Imports the commendations ledger (评先创优台账). Rows with the same 荣誉名称, 授予时间 and 文号 are one
 * commendation, in the file and in the database: a commendation already stored gets the recipients it
 * lacks (none is ever removed) and the level, awarding body, period and notes the file gives; a blank
 * cell leaves the stored value alone, so importing the same file again changes nothing. A recipient is a
 * member found by name among all members of the bureau (two of the same name: an error naming the row,
 * unless written 张伟（第一党支部）), else for a collective a party organisation or department of that
 * name, else a named external collective. Titles not yet in the title list join it.
 */
public final class CommendationImport implements LedgerImporter {
    static final String UNIT = "项";

    private final Workspace workspace;
    /** The column mapping this import reads with (decision 0016). */
    private final ColumnMaps columnMaps;
    private final CheckedSheet<CommendationEntry> sheet;
    private final List<Group> groups = new ArrayList<>();
    private final List<LedgerMessage> resolutionMessages = new ArrayList<>();
    private final ImportSummary preview;

    /** One name in a 获奖对象 cell and the row it is on. */
    private record Named(int row, RecipientName name, Boolean collective, String key, String branch) {
    }

    /** The rows of one commendation: the first row's values, completed by later rows. */
    private static final class Group {
        final int firstRow;
        final CommendationEntry first;
        CommendationLevel level;
        String awardedBy;
        PeriodKind periodKind;
        LocalDate periodStart;
        LocalDate periodEnd;
        String notes;
        final List<Named> names = new ArrayList<>();

        Group(int row, CommendationEntry e) {
            this.firstRow = row;
            this.first = e;
        }
    }

    /** What to do with one commendation: {@code existing} null for an add. */
    private record Plan(Group group, Commendation existing, Commendation target, List<Recipient> newRecipients,
                        boolean fieldsChanged) {
        boolean isUpdate() {
            return existing != null && (fieldsChanged || !newRecipients.isEmpty());
        }
    }

    private record Resolution(List<Plan> plans, Map<String, CommendationTitle> newTitles, List<LedgerMessage> messages) {
    }

    private CommendationImport(Workspace workspace, Path file, ImportOptions options) {
        this.workspace = workspace;
        this.columnMaps = ColumnMaps.of(LedgerKind.COMMENDATIONS, workspace, file, options);
        LocalDate today = LocalDate.now(workspace.database().clock());
        // a date or 评选期 written without a year (6月28日, 11月) takes it from the sheet's title (“2025年月度作风标兵台账”)
        Map<String, java.util.Optional<Integer>> titleYears = new HashMap<>();
        this.sheet = CheckedSheet.readWithHeader(file, options.sheet(), columnMaps.aliases(), CommendationLedger.REQUIRED,
                KindGuess.given(LedgerKind.COMMENDATIONS), (header, cells) -> CommendationLedger.validate(cells, today,
                        titleYears.computeIfAbsent(header.sheet(), k -> java.util.Optional.ofNullable(
                                LedgerDates.yearInTitle(header.aboveHeader()))).orElse(null)));
        group();
        this.preview = summaryOf(resolve());
    }

    /** Reads and checks a commendations ledger against the workspace's database. */
    public static CommendationImport open(Workspace workspace, Path file) {
        return open(workspace, file, ImportOptions.NONE);
    }

    /** {@link #open(Workspace, Path)} of one sheet ({@code sheetName}; null: every ledger sheet). */
    public static CommendationImport open(Workspace workspace, Path file, String sheetName) {
        return open(workspace, file, ImportOptions.NONE.withSheet(sheetName));
    }

    /** Reads and checks the ledger as {@code options} say (sheet, column mapping). */
    public static CommendationImport open(Workspace workspace, Path file, ImportOptions options) {
        return new CommendationImport(workspace, file, options);
    }

    @Override
    public Path file() {
        return sheet.file();
    }

    @Override
    public ImportSummary preview() {
        return preview;
    }

    @Override
    public ImportSummary apply(Progress progress) {
        return sheet.writeImport(workspace, LedgerKind.COMMENDATIONS, columnMaps, preview, "commendation", tx -> {
            Resolution r = resolve();
            ImportSummary done = summaryOf(r);
            CheckedSheet.rejectIfErrors(done.errors());
            for (CommendationTitle t : r.newTitles().values()) {
                CommendationRepository.addTitle(tx, t);
            }
            int count = 0;
            for (Plan plan : r.plans()) {
                progress.checkCancelled();
                if (plan.existing() == null) {
                    CommendationRepository.insert(tx, plan.target());
                } else {
                    if (plan.fieldsChanged()) {
                        CommendationRepository.update(tx, plan.target());
                    }
                    for (Recipient rc : plan.newRecipients()) {
                        CommendationRepository.addRecipient(tx, plan.existing().id(), rc);
                    }
                }
                progress.update(++count, r.plans().size(), "正在导入" + sheet.rowText(plan.group().firstRow));
            }
            return done;
        });
    }

    @Override
    public void writeAnnotated(Path out) {
        sheet.writeAnnotated(resolutionMessages, out);
    }

    /** Gathers rows into commendations; conflicting values and repeated recipients are errors. */
    private void group() {
        Map<String, Group> byKey = new LinkedHashMap<>();
        for (CheckedSheet.Row<CommendationEntry> row : sheet.rows()) {
            CommendationEntry e = row.entry();
            Group g = byKey.computeIfAbsent(Commendation.identity(e.title(), e.awardedOn(), e.documentNumber()), k -> new Group(row.number(), e));
            String same = "与" + sheet.rowText(g.firstRow) + "是同一次表彰（荣誉名称、授予时间、文号相同），但";
            g.level = merge(g.level, e.level(), row.number(), CommendationLedger.LEVEL, same + "级别不同");
            g.awardedBy = merge(g.awardedBy, e.awardedBy(), row.number(), CommendationLedger.AWARDED_BY, same + "授予单位不同");
            if (e.periodKind() != null) {
                if (g.periodKind == null) {
                    g.periodKind = e.periodKind();
                    g.periodStart = e.periodStart();
                    g.periodEnd = e.periodEnd();
                } else if (g.periodKind != e.periodKind() || !g.periodStart.equals(e.periodStart())) {
                    sheet.add(Severity.ERROR, row.number(), CommendationLedger.PERIOD, same + "评选期不同");
                }
            }
            // each row's own 备注, once each, joined: none is lost when several rows make one commendation
            if (e.notes() != null && (g.notes == null || !java.util.Arrays.asList(g.notes.split("；")).contains(e.notes()))) {
                g.notes = g.notes == null ? e.notes() : g.notes + "；" + e.notes();
            }
            for (RecipientName name : e.recipients()) {
                Named earlier = g.names.stream().filter(n -> n.name().equals(name)).findFirst().orElse(null);
                if (earlier != null) {
                    sheet.add(Severity.ERROR, row.number(), e.recipientsKey(), "获奖对象“" + name.text()
                            + "”与" + sheet.rowText(earlier.row()) + "重复（同一次表彰的同一对象只能出现一次）");
                } else {
                    g.names.add(new Named(row.number(), name, e.collective(), e.recipientsKey(), e.branch()));
                }
            }
        }
        groups.addAll(byKey.values());
    }

    private <T> T merge(T held, T given, int row, String key, String conflict) {
        if (given == null) {
            return held;
        }
        if (held != null && !held.equals(given)) {
            sheet.add(Severity.ERROR, row, key, conflict);
            return held;
        }
        return given;
    }

    /** What the database knows that recipients are matched against. */
    private final class Directory {
        final LocalDate today = LocalDate.now(workspace.database().clock());
        final MemberRepository memberRepo = new MemberRepository(workspace.database());
        final Map<String, List<Member>> membersByName = memberRepo.all().stream().collect(Collectors.groupingBy(Member::name));
        final Map<Integer, String> branchNow = memberRepo.branchNamesOfAll(today);
        final List<OrgUnit> units = new OrgRepository(workspace.database()).all();
        final Map<String, Integer> departments = new DepartmentRepository(workspace.database()).all().stream()
                .collect(Collectors.toMap(Department::name, Department::id, (a, b) -> a));
        final Map<Integer, Set<String>> unitsEver = new HashMap<>();

        Set<String> unitsOf(int memberId) {
            return unitsEver.computeIfAbsent(memberId, id -> memberRepo.memberships(id).stream()
                    .map(MemberRepository.MembershipRow::unitName).collect(Collectors.toSet()));
        }
    }

    private Resolution resolve() {
        Directory dir = new Directory();
        CommendationRepository repo = new CommendationRepository(workspace.database());
        Map<String, CommendationTitle> titles = repo.titles().stream()
                .collect(Collectors.toMap(CommendationTitle::name, t -> t, (a, b) -> a));
        Map<String, Commendation> stored = new HashMap<>();
        for (Commendation c : repo.find(CommendationRepository.Filter.all())) {
            stored.merge(Commendation.identity(c.title(), c.awardedOn(), c.documentNumber()), c, (a, b) -> a.id() < b.id() ? a : b);
        }
        List<Plan> plans = new ArrayList<>();
        Map<String, CommendationTitle> newTitles = new LinkedHashMap<>();
        List<LedgerMessage> messages = new ArrayList<>();
        for (Group g : groups) {
            CommendationEntry e = g.first;
            Commendation existing = stored.get(Commendation.identity(e.title(), e.awardedOn(), e.documentNumber()));
            CommendationTitle title = titles.get(e.title());
            CommendationLevel level = g.level != null ? g.level : existing != null ? existing.level()
                    : title != null ? title.defaultLevel() : null;
            if (level == null) {
                messages.add(sheet.message(Severity.ERROR, g.firstRow, CommendationLedger.LEVEL,
                        "级别为空，荣誉名称“" + e.title() + "”也没有默认级别；请填写 国家级、省级、市级 或 局级"));
            } else if (g.level == null && existing == null) {
                // the honour's default level, which a bureau's own list of the same name may not have: said, not silent
                messages.add(sheet.message(Severity.WARNING, g.firstRow, CommendationLedger.LEVEL, "没有写级别，按荣誉名称“"
                        + e.title() + "”的默认级别（" + CommendationLedger.label(level) + "）记录；不是这一级的请加一列“级别”"));
            }
            Set<String> held = new HashSet<>();
            if (existing != null) {
                existing.recipients().forEach(rc -> held.add(identity(rc)));
            }
            List<Recipient> recipients = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            boolean allCollective = true;
            // an honour the list gives to persons, or whose name says so (优秀共产党员): its recipients are members
            boolean individual = title != null ? !title.collective() : CommendationLedger.individualHonour(e.title());
            for (Named n : g.names) {
                Recipient rc = recipient(dir, n, individual ? e.title() : null, held, messages);
                if (rc != null && seen.add(identity(rc))) {
                    recipients.add(rc);
                    allCollective &= rc.kind() != org.partydesk.model.RecipientKind.MEMBER;
                }
            }
            if (title == null && !newTitles.containsKey(e.title())) {
                newTitles.put(e.title(), new CommendationTitle(null, e.title(), level, allCollective && !recipients.isEmpty(),
                        g.periodKind, 0));
            }
            if (level == null) {
                continue;
            }
            if (existing == null) {
                plans.add(new Plan(g, null, new Commendation(null, e.title(), level, g.awardedBy, e.awardedOn(), g.periodKind,
                        g.periodStart, g.periodEnd, e.documentNumber(), g.notes, recipients), List.of(), true));
                continue;
            }
            boolean newPeriod = g.periodKind != null;
            Commendation target = new Commendation(existing.id(), existing.title(), level,
                    g.awardedBy != null ? g.awardedBy : existing.awardedBy(), existing.awardedOn(),
                    newPeriod ? g.periodKind : existing.periodKind(), newPeriod ? g.periodStart : existing.periodStart(),
                    newPeriod ? g.periodEnd : existing.periodEnd(), existing.documentNumber(),
                    g.notes != null ? g.notes : existing.notes(), existing.recipients());
            List<Recipient> added = recipients.stream().filter(rc -> !held.contains(identity(rc))).toList();
            plans.add(new Plan(g, existing, target, added, !target.equals(existing)));
        }
        return new Resolution(plans, newTitles, messages);
    }

    /**
     * The recipient a name stands for, or null with an error in {@code messages}; {@code individualTitle}: the honour's
     * name when it is given to persons (null otherwise), whose recipient without a 对象类型 is never an external collective.
     */
    private Recipient recipient(Directory dir, Named n, String individualTitle, Set<String> held, List<LedgerMessage> messages) {
        String name = n.name().name();
        String qualifier = n.name().qualifier();
        if (!Boolean.TRUE.equals(n.collective())) {
            List<Member> named = dir.membersByName.getOrDefault(name, List.of());
            List<Member> candidates = named;
            if (qualifier != null) {
                Set<String> meant = meantUnits(qualifier, dir);
                candidates = named.stream().filter(m -> dir.unitsOf(m.id()).stream().anyMatch(meant::contains)).toList();
                if (candidates.isEmpty() && named.size() == 1) {
                    // 黄晓东（执法支队）: the brackets name his unit or office, not a branch of his; he is the one 黄晓东
                    Member only = named.get(0);
                    messages.add(sheet.message(Severity.WARNING, n.row(), n.key(), "“" + n.name().text() + "”：括号中的“"
                            + qualifier + "”不是库中党员" + name + "所在的党组织（" + dir.branchNow.getOrDefault(only.id(), "无组织关系")
                            + "），库中只有这一名" + name + "，按他记录；不是同一人的，请改正后再导入"));
                    return Recipient.member(only.id());
                }
            } else if (candidates.size() > 1 && n.branch() != null) {
                // 所在党支部 beside the name tells them apart (stored name or a shorter way of writing it)
                Set<String> meant = meantUnits(n.branch(), dir);
                List<Member> inBranch = candidates.stream()
                        .filter(m -> dir.unitsOf(m.id()).stream().anyMatch(meant::contains)).toList();
                candidates = inBranch.isEmpty() ? candidates : inBranch;
            }
            if (candidates.size() == 1) {
                return Recipient.member(candidates.get(0).id());
            }
            if (candidates.size() > 1) {
                String where = candidates.stream().map(m -> dir.branchNow.getOrDefault(m.id(), "无组织关系"))
                        .collect(Collectors.joining("、"));
                messages.add(sheet.message(Severity.ERROR, n.row(), n.key(), "获奖对象“" + n.name().text()
                        + "”有" + candidates.size() + "名同名党员（" + where + "），无法确定是哪一位；请写作 " + name + "（所在党支部）"));
                return null;
            }
            if (Boolean.FALSE.equals(n.collective())) {
                messages.add(sheet.message(Severity.ERROR, n.row(), n.key(), qualifier == null
                        ? "库中没有名为“" + name + "”的党员（个人获奖对象须为党员；集体请在“对象类型”填写 集体）"
                        : "库中没有在“" + qualifier + "”的党员“" + name + "”"));
                return null;
            }
        }
        String collective = n.name().text();
        List<OrgUnit> units = UnitNames.resolve(collective, dir.units).stream().filter(u -> u.kind() != OrgKind.CELL).toList();
        if (units.size() > 1) {
            messages.add(sheet.message(Severity.ERROR, n.row(), n.key(),
                    UnitNames.ambiguous(collective, units, dir.units)));
            return null;
        }
        if (units.size() == 1) {
            return Recipient.branch(units.get(0).id());
        }
        Integer department = dir.departments.get(collective);
        if (department != null) {
            return Recipient.department(department);
        }
        // 一支部 or 中共……机关第一党支部 for the stored 机关第一党支部
        List<OrgUnit> near = UnitNames.variants(collective, dir.units).stream().filter(u -> u.kind() != OrgKind.CELL).toList();
        if (near.size() == 1) {
            messages.add(sheet.message(Severity.WARNING, n.row(), n.key(), UnitNames.readAs(collective, near.get(0), dir.units)));
            return Recipient.branch(near.get(0).id());
        }
        if (near.size() > 1) {
            messages.add(sheet.message(Severity.ERROR, n.row(), n.key(), UnitNames.severalVariants(collective, near, dir.units)));
            return null;
        }
        Recipient external = Recipient.external(collective);
        if (n.collective() == null && qualifier == null && !held.contains(identity(external))
                && (individualTitle != null || CommendationLedger.looksLikePerson(name))) {
            // 欧阳小明 for 欧阳晓明, or a person not on the roster: an error, not a collective no one meant
            String likely = similarName(name, dir.membersByName.keySet());
            messages.add(sheet.message(Severity.ERROR, n.row(), n.key(), "库中没有党员“" + name + "”（"
                    + (CommendationLedger.looksLikePerson(name) ? "看起来是个人的姓名" : "“" + individualTitle + "”是授予个人的荣誉")
                    + "，不记为外部集体）；请核对姓名" + (likely == null ? "，个人获奖对象须是已导入花名册的党员。" : "，是不是“" + likely + "”？")
                    + "如确是集体，请" + (sheet.hasColumn(n.row(), CommendationLedger.RECIPIENT_KIND) ? "在" : "加一列")
                    + "“对象类型”填写 集体"));
            return null;
        }
        if (!held.contains(identity(external))) {
            boolean member = !dir.membersByName.getOrDefault(n.name().name(), List.of()).isEmpty();
            messages.add(sheet.message(Severity.WARNING, n.row(), n.key(), member && Boolean.TRUE.equals(n.collective())
                    ? "“" + collective + "”是党员的姓名，但对象类型写的是集体，记为外部集体；如是个人，请把对象类型改为 个人"
                    : member
                    ? "“" + collective + "”：库中有党员" + n.name().name() + "，但不在括号中写的党组织，记为外部集体；是他的，请改写括号中的党支部"
                    : "库中没有名为“" + collective + "”的党员、党组织或处室，记为外部集体"));
        }
        return external;
    }

    /** The stored units a written branch name may mean: itself, the units it names, and its shorter or longer ways. */
    private static Set<String> meantUnits(String written, Directory dir) {
        Set<String> meant = new HashSet<>(List.of(written));
        UnitNames.resolve(written, dir.units).forEach(u -> meant.add(u.name()));
        UnitNames.variants(written, dir.units).forEach(u -> meant.add(u.name()));
        return meant;
    }

    /** A member's name that differs from {@code name} in one character only (欧阳晓明 for 欧阳小明), or null. */
    static String similarName(String name, Set<String> names) {
        String found = null;
        for (String other : names) {
            if (other.length() == name.length() && !other.equals(name)) {
                int diff = 0;
                for (int i = 0; i < name.length() && diff < 2; i++) {
                    diff += name.charAt(i) == other.charAt(i) ? 0 : 1;
                }
                if (diff == 1) {
                    if (found != null) {
                        return null; // two of them: no guess
                    }
                    found = other;
                }
            }
        }
        return found;
    }

    /** What makes two recipients the same: kind and the id or name it points at. */
    static String identity(Recipient rc) {
        Object target = switch (rc.kind()) {
            case MEMBER -> rc.memberId();
            case BRANCH -> rc.orgUnitId();
            case DEPARTMENT -> rc.departmentId();
            case EXTERNAL -> rc.externalName();
        };
        return rc.kind() + ":" + target;
    }

    private ImportSummary summaryOf(Resolution r) {
        resolutionMessages.clear();
        resolutionMessages.addAll(r.messages());
        int adds = (int) r.plans().stream().filter(p -> p.existing() == null).count();
        int updates = (int) r.plans().stream().filter(Plan::isUpdate).count();
        List<ImportRecord> records = new ArrayList<>();
        for (Plan p : r.plans()) {
            CommendationEntry e = p.group().first;
            String what = e.title() + " " + e.awardedOn() + (e.documentNumber() == null ? "" : " " + e.documentNumber())
                    + "（" + p.group().names.size() + " 个获奖对象）";
            records.add(new ImportRecord(p.existing() == null ? ImportRecord.Action.ADD
                    : p.isUpdate() ? ImportRecord.Action.UPDATE : ImportRecord.Action.UNCHANGED,
                    CheckedSheet.excelRow(p.group().firstRow), what,
                    p.existing() == null || !p.isUpdate() ? "" : (p.fieldsChanged() ? "级别、授予单位、评选期或备注有变化" : "")
                            + (p.fieldsChanged() && !p.newRecipients().isEmpty() ? "；" : "")
                            + (p.newRecipients().isEmpty() ? "" : "新增获奖对象 " + p.newRecipients().size() + " 个"),
                    sheet.sheetOf(p.group().firstRow)));
        }
        return new ImportSummary(UNIT, adds, updates, r.plans().size() - adds - updates,
                List.of(new ImportSummary.Created("新增荣誉名称", "个", List.copyOf(r.newTitles().keySet()))),
                sheet.warnings(r.messages()), sheet.errors(r.messages()), records, columnMaps.mappings(sheet.sheets()));
    }
}
