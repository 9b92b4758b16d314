package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.logic.Deadlines;
import org.partydesk.logic.ledgers.LedgerMessage;
import org.partydesk.logic.ledgers.LedgerMessage.Severity;
import org.partydesk.logic.ledgers.MemberLedger;
import org.partydesk.logic.ledgers.ProgressNote;
import org.partydesk.logic.ledgers.ResponsibilityEntry;
import org.partydesk.logic.ledgers.ResponsibilityLedger;
import org.partydesk.model.Cadence;
import org.partydesk.model.Deadline;
import org.partydesk.model.Department;
import org.partydesk.model.Member;
import org.partydesk.model.ProgressRecord;
import org.partydesk.model.ResponsibilityItem;
import org.partydesk.model.ResponsibilityList;
import org.partydesk.store.DepartmentRepository;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.OrgRepository;
import org.partydesk.store.ResponsibilityRepository;

/**
 * Imports the responsibility-list ledger (责任清单台账). A list is identified by its year and its owner
 * (清单类型 and 清单所属: the member, organisation or department) together with its name, the rule by which
 * the app refuses a duplicate list; an item by its 序号 within its list. A stored item gets the values
 * the file gives (a blank cell leaves the stored value alone) and the deadlines of its 时间节点; nothing
 * is deleted except deadlines replaced by another 时间节点, which no progress record may have completed.
 * So importing the same file again changes nothing. 责任人 names that match exactly one member are linked
 * to that member (links are only added). A leaf item's 进展情况 becomes a 纪实 unless the item already has one with
 * the same words; 已完成 in 完成情况 completes, with a 纪实 each, the item's deadlines that no record completes yet.
 */
public final class ResponsibilityImport implements LedgerImporter {
    static final String UNIT = "条";

    private final Workspace workspace;
    /** The column mapping this import reads with (decision 0016). */
    private final ColumnMaps columnMaps;
    private final CheckedSheet<ResponsibilityEntry> sheet;
    /** The rows by list, each list's rows by 序号. */
    private final Map<String, Map<List<Integer>, CheckedSheet.Row<ResponsibilityEntry>>> lists = new LinkedHashMap<>();
    private final List<LedgerMessage> resolutionMessages = new ArrayList<>();
    private final ImportSummary preview;

    /** A list of the file: the stored one, or the one to create ({@code existing} null). */
    private record ListPlan(ResponsibilityList existing, ResponsibilityList target, String label) {
    }

    /** What to do with one row's item; {@code existing} null for an add. */
    private record ItemPlan(int row, ListPlan list, List<Integer> path, ResponsibilityItem existing,
                            ResponsibilityItem target, boolean fieldsChanged, List<Deadlines.Slot> addDeadlines,
                            List<Integer> deleteDeadlines, List<Integer> addOwners, List<RecordPlan> addRecords,
                            Map<LocalDate, Integer> storedDeadlines) {
        boolean isUpdate() {
            return existing != null && (fieldsChanged || !addDeadlines.isEmpty() || !deleteDeadlines.isEmpty()
                    || !addOwners.isEmpty() || !addRecords.isEmpty());
        }
    }

    /** A 纪实 to add: its day and words, and the due day of the deadline it completes (null: none). */
    private record RecordPlan(LocalDate on, String text, LocalDate completes, Integer byMember, String byName) {
    }

    private record Resolution(List<ListPlan> lists, List<ItemPlan> items, List<LedgerMessage> messages) {
    }

    private ResponsibilityImport(Workspace workspace, Path file, ImportOptions options) {
        this.workspace = workspace;
        this.columnMaps = ColumnMaps.of(LedgerKind.RESPONSIBILITIES, workspace, file, options);
        this.sheet = CheckedSheet.read(file, options.sheet(), columnMaps.aliases(), ResponsibilityLedger.REQUIRED, KindGuess.given(LedgerKind.RESPONSIBILITIES),
                ResponsibilityLedger::validate);
        Map<String, Map<List<String>, Integer>> numbered = new HashMap<>();
        // 一、 （一） 1.: per list, each style's level by the order the list first uses it, and the numbers so far
        Map<String, List<Integer>> styles = new HashMap<>();
        Map<String, List<Integer>> outline = new HashMap<>();
        // the rank of each style in the list's current chain of numbers (a level may be left out: 1. under 一、)
        Map<String, List<Integer>> outlineRanks = new HashMap<>();
        // a list with any 一、 or （1） is numbered as an outline throughout: its 1、 and 1 are outline numbers too
        Set<String> outlined = sheet.rows().stream().filter(r -> r.entry().outlined()).map(r -> listKey(r.entry()))
                .collect(Collectors.toSet());
        for (CheckedSheet.Row<ResponsibilityEntry> read : sheet.rows()) {
            CheckedSheet.Row<ResponsibilityEntry> row = read;
            ResponsibilityEntry e = row.entry();
            String list = listKey(e);
            var items = lists.computeIfAbsent(list, k -> new LinkedHashMap<>());
            // 1. is a plain 序号 in a list numbered 1, 1.1 …, but the third level in one numbered 一、 （一）
            if (e.outlined() || outlined.contains(list) && e.above().isEmpty() && ResponsibilityLedger.outlineStyle(e.written()) != null) {
                List<Integer> ranked = styles.computeIfAbsent(list, k -> new ArrayList<>());
                int style = ResponsibilityLedger.outlineStyle(e.written());
                if (!ranked.contains(style)) {
                    ranked.add(style);
                }
                int rank = ranked.indexOf(style) + 1;
                List<Integer> current = outline.computeIfAbsent(list, k -> new ArrayList<>());
                List<Integer> ranks = outlineRanks.computeIfAbsent(list, k -> new ArrayList<>());
                // under the nearest item of a higher rank: 1. straight under 三、 (no （一） there) is 三、's child
                int level = 1;
                while (level <= ranks.size() && ranks.get(level - 1) < rank) {
                    level++;
                }
                if (level > ResponsibilityItem.MAX_LEVEL) {
                    sheet.add(Severity.ERROR, row.number(), ResponsibilityLedger.PATH, "序号“" + e.written() + "”是第"
                            + level + "级（如“一、”下面是“（一）”，“（一）”下面是“1.”），清单最多三级");
                    continue;
                }
                while (current.size() >= level) {
                    current.remove(current.size() - 1);
                    ranks.remove(ranks.size() - 1);
                }
                current.add(ResponsibilityLedger.outlineNumber(e.written()));
                ranks.add(rank);
                e = e.at(List.copyOf(current));
                row = new CheckedSheet.Row<>(row.number(), e);
            } else if (e.treeInColumns()) {
                // 类别 | 内容 | 落实措施: each level above the row's item is made from the text beside it, once per list
                List<String> chain = new ArrayList<>(e.above());
                chain.add(e.text());
                List<Integer> place = e.path().size() == chain.size() ? e.path()
                        : place(numbered.computeIfAbsent(list, k -> new HashMap<>()), chain);
                for (int level = 1; level < chain.size(); level++) {
                    List<Integer> up = place.subList(0, level);
                    items.putIfAbsent(up, new CheckedSheet.Row<>(row.number(), e.parent(up, chain.get(level - 1))));
                }
                e = e.at(place);
                row = new CheckedSheet.Row<>(row.number(), e);
            }
            var earlier = items.putIfAbsent(e.path(), row);
            if (earlier != null) {
                // 1.10 typed into a number cell is 1.1 to Excel: the likeliest cause of a repeated 1.1, 2.1 …
                boolean typedAsNumber = e.path().size() == 2 && e.path().get(1) == 1 && e.written() != null
                        && e.written().matches("\\d+\\.1") && items.containsKey(List.of(e.path().get(0), 9));
                sheet.add(Severity.ERROR, row.number(), ResponsibilityLedger.PATH, "序号“" + e.pathText() + "”与"
                        + sheet.rowText(earlier.number()) + "重复（同一清单中每个序号只能出现一次）"
                        + (typedAsNumber ? "；如果这里原本写的是 " + e.path().get(0) + ".10，是 Excel 把它当成数字存成了 "
                        + e.pathText() + "，请把序号列设为文本格式后重新填写" : ""));
            }
        }
        this.preview = summaryOf(resolve());
    }

    /** Reads and checks a responsibility-list ledger against the workspace's database. */
    public static ResponsibilityImport open(Workspace workspace, Path file) {
        return open(workspace, file, ImportOptions.NONE);
    }

    /** {@link #open(Workspace, Path)} of one sheet ({@code sheetName}; null: every ledger sheet). */
    public static ResponsibilityImport open(Workspace workspace, Path file, String sheetName) {
        return open(workspace, file, ImportOptions.NONE.withSheet(sheetName));
    }

    /** Reads and checks the ledger as {@code options} say (sheet, column mapping). */
    public static ResponsibilityImport open(Workspace workspace, Path file, ImportOptions options) {
        return new ResponsibilityImport(workspace, file, options);
    }

    /**
     * The place of an item written as a chain of texts (类别, 内容, 落实措施) in a list numbered in the order met: each text
     * under the same texts above it keeps the number it got first ({@code numbers} holds them by chain, and the
     * count of children under each chain's parent by the chain without its last text plus an empty text).
     */
    private static List<Integer> place(Map<List<String>, Integer> numbers, List<String> chain) {
        List<Integer> place = new ArrayList<>();
        for (int level = 1; level <= chain.size(); level++) {
            List<String> key = List.copyOf(chain.subList(0, level));
            Integer n = numbers.get(key);
            if (n == null) {
                List<String> children = new ArrayList<>(chain.subList(0, level - 1));
                children.add("");
                n = numbers.merge(List.copyOf(children), 1, Integer::sum);
                numbers.put(key, n);
            }
            place.add(n);
        }
        return place;
    }

    private static String listKey(ResponsibilityEntry e) {
        return e.year() + "|" + e.ownerKind() + "|" + Objects.requireNonNullElse(e.listOwner(), "") + "|" + e.listName();
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
        return sheet.writeImport(workspace, LedgerKind.RESPONSIBILITIES, columnMaps, preview, "responsibility_item", tx -> {
            Resolution r = resolve();
            ImportSummary done = summaryOf(r);
            CheckedSheet.rejectIfErrors(done.errors());
            ResponsibilityRepository repo = new ResponsibilityRepository(tx);
            Map<ListPlan, Integer> listIds = new HashMap<>();
            for (ListPlan l : r.lists()) {
                listIds.put(l, l.existing() != null ? l.existing().id() : repo.insertList(l.target()));
            }
            Map<String, Integer> itemIds = new HashMap<>();
            int count = 0;
            for (ItemPlan p : r.items()) {
                progress.checkCancelled();
                int listId = listIds.get(p.list());
                String key = listId + ":" + p.path();
                int itemId;
                if (p.existing() == null) {
                    ResponsibilityItem t = p.target();
                    Integer parent = t.parentId() != null || p.path().size() == 1 ? t.parentId()
                            : itemIds.get(listId + ":" + p.path().subList(0, p.path().size() - 1));
                    itemId = repo.insertItem(new ResponsibilityItem(null, listId, parent, t.level(), t.seq(), t.text(),
                            t.ownerText(), t.responsibleText(), t.cadence(), t.notes(), p.addOwners()));
                } else {
                    itemId = p.existing().id();
                    if (p.fieldsChanged()) {
                        repo.updateItem(p.target());
                    }
                    for (int owner : p.addOwners()) {
                        repo.addItemOwner(itemId, owner);
                    }
                    for (int deadline : p.deleteDeadlines()) {
                        repo.deleteDeadline(deadline);
                    }
                }
                Map<LocalDate, Integer> deadlineIds = new HashMap<>(p.storedDeadlines());
                for (Deadlines.Slot slot : p.addDeadlines()) {
                    deadlineIds.put(slot.dueOn(), repo.insertDeadline(itemId, slot.dueOn(), slot.label()));
                }
                for (RecordPlan rec : p.addRecords()) {
                    repo.insertRecord(new ProgressRecord(null, itemId, rec.on(), rec.text(), rec.byMember(), rec.byName(),
                            rec.completes() == null ? null : deadlineIds.get(rec.completes()), null, null));
                }
                itemIds.put(key, itemId);
                progress.update(++count, r.items().size(), "正在导入" + sheet.rowText(p.row()));
            }
            return done;
        });
    }

    @Override
    public void writeAnnotated(Path out) {
        sheet.writeAnnotated(resolutionMessages, out);
    }

    /** Names in the database that list owners and 责任人 are matched against. */
    private final class Directory {
        final Map<String, List<Member>> members = new MemberRepository(workspace.database()).all().stream()
                .collect(Collectors.groupingBy(Member::name));
        final BranchNames unitNames = BranchNames.organisations(new OrgRepository(workspace.database()).all());
        final Map<String, Integer> departments = new DepartmentRepository(workspace.database()).all().stream()
                .collect(Collectors.toMap(Department::name, Department::id, (a, b) -> a));

        /**
         * The members named in a 责任人 cell, each only when the name is unique ({@code ids}), and the names written whole
         * that several members bear ({@code ambiguous}: linked to none of them).
         */
        Named named(String responsible) {
            if (responsible == null) {
                return new Named(List.of(), List.of());
            }
            List<Integer> ids = new ArrayList<>();
            List<String> ambiguous = new ArrayList<>();
            for (String part : responsible.split("[、,，;；/／\\n]+")) {
                // "陈 刚" is one member padded as rosters pad names; "张三 李四" two
                String whole = MemberLedger.personName(part);
                List<String> names = members.containsKey(whole) ? List.of(whole)
                        : List.of(part.strip().split("\\s+"));
                for (String n : names) {
                    List<Member> found = members.getOrDefault(n, List.of());
                    if (found.size() == 1 && !ids.contains(found.get(0).id())) {
                        ids.add(found.get(0).id());
                    } else if (found.size() > 1 && n.equals(whole) && !ambiguous.contains(n)) {
                        ambiguous.add(n);
                    }
                }
            }
            return new Named(ids, ambiguous);
        }
    }

    /** What a 责任人 cell names: the members linked, and the names several members bear. */
    private record Named(List<Integer> ids, List<String> ambiguous) {
    }

    private Resolution resolve() {
        Directory dir = new Directory();
        ResponsibilityRepository repo = new ResponsibilityRepository(workspace.database());
        List<ResponsibilityList> stored = repo.allLists();
        List<ListPlan> listPlans = new ArrayList<>();
        List<ItemPlan> itemPlans = new ArrayList<>();
        List<LedgerMessage> messages = new ArrayList<>();
        for (Map<List<Integer>, CheckedSheet.Row<ResponsibilityEntry>> rows : lists.values()) {
            CheckedSheet.Row<ResponsibilityEntry> first = rows.values().iterator().next();
            ResponsibilityEntry e = first.entry();
            ResponsibilityList owner = owner(dir, e, first.number(), messages);
            if (owner == null) {
                continue;
            }
            ResponsibilityList existing = stored.stream().filter(l -> l.year() == owner.year() && l.name().equals(owner.name())
                    && l.ownerKind() == owner.ownerKind() && Objects.equals(l.ownerOrgUnitId(), owner.ownerOrgUnitId())
                    && Objects.equals(l.ownerMemberId(), owner.ownerMemberId())
                    && Objects.equals(l.ownerDepartmentId(), owner.ownerDepartmentId())).findFirst().orElse(null);
            String label = e.year() + "年“" + e.listName() + "”" + (e.listOwner() == null ? "" : "（" + e.listOwner() + "）");
            ListPlan list = new ListPlan(existing, owner, label);
            listPlans.add(list);
            itemPlans.addAll(items(dir, repo, list, rows, messages));
        }
        return new Resolution(listPlans, itemPlans, messages);
    }

    /** The list a row names, with its owner found in the database; null with an error when not found. */
    private ResponsibilityList owner(Directory dir, ResponsibilityEntry e, int row, List<LedgerMessage> messages) {
        String name = e.listOwner();
        Integer unit = null;
        Integer member = null;
        Integer department = null;
        String problem = null;
        if (name != null) {
            switch (e.ownerKind()) {
                case SECRETARY, LEADERSHIP_MEMBER -> {
                    List<Member> found = dir.members.getOrDefault(MemberLedger.personName(name), List.of());
                    if (found.size() == 1) {
                        member = found.get(0).id();
                    } else if (e.ownerFromTitle()) {
                        // a name read from the title (副局长李四“一岗双责”…) that is no one member: the list stays the leaders'
                        messages.add(sheet.message(Severity.WARNING, row, null, "标题中的“" + name + "”"
                                + (found.isEmpty() ? "不在库中的党员里" : "有" + found.size() + "名同名党员")
                                + "，这份清单不归到个人；需要时加一列“清单所属”写明"));
                        return new ResponsibilityList(null, e.year(), e.listName(), e.ownerKind(), null, null, null, null, null);
                    } else {
                        problem = found.isEmpty() ? "库中没有名为“" + name + "”的党员"
                                : "库中有" + found.size() + "名党员叫“" + name + "”，无法确定清单属于哪一位";
                    }
                }
                case DEPARTMENT -> {
                    department = dir.departments.get(name);
                    if (department == null) {
                        problem = "库中没有名为“" + name + "”的处室";
                    }
                }
                default -> {
                    // as a roster's 所在党支部 is read: 一支部 for the stored 机关第一党支部, with a warning
                    BranchNames.Resolved found = dir.unitNames.resolve(name);
                    if (found.problem() != null || found.isNew()) {
                        problem = found.problem() != null ? found.problem() : "库中没有名为“" + name + "”的党组织";
                    } else {
                        unit = found.unit().id();
                        String note = dir.unitNames.noteOnce(name, found);
                        if (note != null) {
                            messages.add(sheet.message(Severity.WARNING, row, ResponsibilityLedger.LIST_OWNER, note));
                        }
                    }
                }
            }
        }
        if (problem != null) {
            messages.add(sheet.message(Severity.ERROR, row, ResponsibilityLedger.LIST_OWNER, problem));
            return null;
        }
        return new ResponsibilityList(null, e.year(), e.listName(), e.ownerKind(), unit, member, department, null, null);
    }

    /** The plans for the rows of one list, parents before children. */
    private List<ItemPlan> items(Directory dir, ResponsibilityRepository repo, ListPlan list,
                                 Map<List<Integer>, CheckedSheet.Row<ResponsibilityEntry>> rows, List<LedgerMessage> messages) {
        Map<List<Integer>, ResponsibilityItem> stored = new HashMap<>();
        Map<Integer, List<Deadline>> deadlines = new HashMap<>();
        Set<Integer> completed = new java.util.HashSet<>();
        Map<Integer, List<ProgressRecord>> recordsOf = new HashMap<>();
        if (list.existing() != null) {
            int listId = list.existing().id();
            Map<Integer, ResponsibilityItem> byId = new HashMap<>();
            repo.items(listId).forEach(i -> byId.put(i.id(), i));
            for (ResponsibilityItem i : byId.values()) {
                stored.put(pathOf(i, byId), i);
            }
            repo.deadlines(listId).forEach(d -> deadlines.computeIfAbsent(d.itemId(), k -> new ArrayList<>()).add(d));
            completed.addAll(repo.completedDeadlineIds(listId));
            repo.records(listId).forEach(r -> recordsOf.computeIfAbsent(r.itemId(), k -> new ArrayList<>()).add(r));
        }
        Set<Integer> withRecords = recordsOf.keySet();
        LocalDate today = LocalDate.now(workspace.database().clock());
        List<Integer> assumedDays = new ArrayList<>();
        List<Integer> notDone = new ArrayList<>();
        Set<List<Integer>> parents = new java.util.HashSet<>();
        for (List<Integer> p : rows.keySet()) {
            if (p.size() > 1) {
                parents.add(p.subList(0, p.size() - 1));
            }
        }
        stored.keySet().stream().filter(p -> p.size() > 1).forEach(p -> parents.add(p.subList(0, p.size() - 1)));
        int year = list.target().year();
        List<ItemPlan> plans = new ArrayList<>();
        List<CheckedSheet.Row<ResponsibilityEntry>> ordered = new ArrayList<>(rows.values());
        ordered.sort(Comparator.comparingInt((CheckedSheet.Row<ResponsibilityEntry> r) -> r.entry().level())
                .thenComparing(r -> r.entry().pathText()));
        for (CheckedSheet.Row<ResponsibilityEntry> row : ordered) {
            ResponsibilityEntry e = row.entry();
            List<Integer> parentPath = e.parentPath();
            if (!parentPath.isEmpty() && !rows.containsKey(parentPath) && !stored.containsKey(parentPath)) {
                messages.add(sheet.message(Severity.ERROR, row.number(), ResponsibilityLedger.PATH, "上级条目“"
                        + ResponsibilityLedger.pathText(parentPath) + "”在本文件和库中的该清单里都不存在"));
                continue;
            }
            boolean leaf = !parents.contains(e.path());
            if (!leaf && e.cadence() != null) {
                messages.add(sheet.message(Severity.WARNING, row.number(), ResponsibilityLedger.DEADLINE,
                        "该条目有下级条目，时间节点记在下级条目上，本格不导入"));
            }
            if (!leaf && e.note() != null) {
                LedgerMessage m = sheet.message(Severity.WARNING, row.number(), ResponsibilityLedger.PROGRESS,
                        "该条目有下级条目，进展和完成情况记在下级条目上，本格不导入");
                messages.add(m.column() != null ? m : sheet.message(Severity.WARNING, row.number(), ResponsibilityLedger.STATUS, m.reason()));
            }
            ResponsibilityItem old = stored.get(e.path());
            Named inCell = dir.named(e.responsibleText());
            List<Integer> named = inCell.ids();
            for (String same : inCell.ambiguous()) {
                messages.add(sheet.message(Severity.WARNING, row.number(), ResponsibilityLedger.RESPONSIBLE, "责任人“" + same + "”有"
                        + dir.members.get(same).size() + "名同名党员，没有关联到党员（责任人照写的记下）"));
            }
            if (old == null) {
                Cadence cadence = e.cadence() != null ? e.cadence() : Cadence.YEARLY;
                List<Deadlines.Slot> slots = leaf ? Deadlines.of(cadence, year, e.onceOn()) : List.of();
                ResponsibilityItem storedParent = stored.get(parentPath);
                List<RecordPlan> records = leaf ? records(e, slots, Set.of(), List.of(), named, year, today, row.number(), assumedDays, notDone)
                        : List.of();
                plans.add(new ItemPlan(row.number(), list, e.path(), null, new ResponsibilityItem(null, 0,
                        storedParent == null ? null : storedParent.id(), e.level(),
                        e.path().get(e.level() - 1), e.text(), e.ownerText(), e.responsibleText(), cadence, null, named),
                        true, slots, List.of(), named, records, Map.of()));
                continue;
            }
            Cadence cadence = e.cadence() != null && leaf ? e.cadence() : old.cadence();
            String responsible = e.responsibleText();
            if (responsible == null || (old.responsibleText() == null && named.equals(old.ownerMemberIds()))) {
                responsible = old.responsibleText();
            }
            ResponsibilityItem target = new ResponsibilityItem(old.id(), old.listId(), old.parentId(), old.level(), old.seq(),
                    e.text(), e.ownerText() != null ? e.ownerText() : old.ownerText(), responsible, cadence, old.notes(),
                    old.ownerMemberIds());
            List<Deadline> have = deadlines.getOrDefault(old.id(), List.of());
            List<Deadlines.Slot> want;
            if (!leaf) {
                want = List.of();
                if (!have.isEmpty() && withRecords.contains(old.id())) {
                    messages.add(sheet.message(Severity.ERROR, row.number(), ResponsibilityLedger.PATH, "条目“"
                            + e.pathText() + "”已有纪实，不能再添加下级条目"));
                }
            } else if (e.cadence() == null) {
                want = have.stream().map(d -> new Deadlines.Slot(d.dueOn(), d.label())).toList();
            } else {
                want = Deadlines.of(cadence, year, e.onceOn());
            }
            Set<LocalDate> wantDates = want.stream().map(Deadlines.Slot::dueOn).collect(Collectors.toCollection(TreeSet::new));
            Set<LocalDate> haveDates = have.stream().map(Deadline::dueOn).collect(Collectors.toSet());
            List<Integer> delete = have.stream().filter(d -> !wantDates.contains(d.dueOn())).map(Deadline::id).toList();
            for (Deadline d : have) {
                if (delete.contains(d.id()) && completed.contains(d.id())) {
                    messages.add(sheet.message(Severity.ERROR, row.number(), ResponsibilityLedger.DEADLINE, "条目“"
                            + e.pathText() + "”的时间节点 " + d.dueOn() + " 已有纪实完成，不能改为其他时间节点"));
                }
            }
            List<Deadlines.Slot> add = want.stream().filter(s -> !haveDates.contains(s.dueOn())).toList();
            List<Integer> owners = named.stream().filter(id -> !old.ownerMemberIds().contains(id)).toList();
            Map<LocalDate, Integer> kept = have.stream().filter(d -> !delete.contains(d.id()))
                    .collect(Collectors.toMap(Deadline::dueOn, Deadline::id, (a, b) -> a));
            Set<LocalDate> met = have.stream().filter(d -> completed.contains(d.id())).map(Deadline::dueOn).collect(Collectors.toSet());
            List<RecordPlan> records = leaf ? records(e, want, met, recordsOf.getOrDefault(old.id(), List.of()), named, year, today,
                    row.number(), assumedDays, notDone) : List.of();
            plans.add(new ItemPlan(row.number(), list, e.path(), old, target, !target.equals(old), add, delete, owners,
                    records, kept));
        }
        if (!assumedDays.isEmpty()) {
            messages.add(sheet.message(Severity.WARNING, assumedDays.get(0), null, list.label() + "有 " + assumedDays.size()
                    + " 个条目的进展或完成情况没有写日期：进展按" + (year < today.getYear() ? " " + year + "-12-31" : "今天")
                    + "登记纪实，“已完成”按各时间节点当天（未到期的按今天）登记完成；日期不对的请在“责任清单”页更正纪实"));
        }
        if (!notDone.isEmpty()) {
            messages.add(sheet.message(Severity.WARNING, notDone.get(0), null, list.label() + "有 " + notDone.size()
                    + " 个条目写了进展情况、没有写“已完成”，时间节点已过的将显示为已逾期；已经完成的请在“完成情况”一列写“已完成”"));
        }
        // a stored leaf the file gives children without listing it: it gives up its deadlines, as in the app
        for (Map.Entry<List<Integer>, ResponsibilityItem> en : stored.entrySet()) {
            List<Deadline> have = deadlines.getOrDefault(en.getValue().id(), List.of());
            if (!parents.contains(en.getKey()) || rows.containsKey(en.getKey()) || have.isEmpty()) {
                continue;
            }
            int childRow = rows.values().stream().filter(r -> r.entry().parentPath().equals(en.getKey()))
                    .mapToInt(CheckedSheet.Row::number).min().orElse(0);
            if (withRecords.contains(en.getValue().id())) {
                messages.add(sheet.message(Severity.ERROR, childRow, ResponsibilityLedger.PATH, "上级条目“"
                        + ResponsibilityLedger.pathText(en.getKey()) + "”已有纪实，不能再添加下级条目"));
            } else {
                plans.add(new ItemPlan(childRow, list, en.getKey(), en.getValue(), en.getValue(), false, List.of(),
                        have.stream().map(Deadline::id).toList(), List.of(), List.of(), Map.of()));
            }
        }
        return plans;
    }

    /**
     * The 纪实 a leaf item's row adds: with 已完成, one completing each of {@code slots} (the deadlines it will have) not in
     * {@code met}, dated by the day its words begin with when one deadline is open, else on that deadline (today for one
     * not yet due); otherwise the words as one record unless {@code stored} has a record with the same words, dated by
     * their first day, else the list year's last day (today for this year's list). Rows whose days were assumed are
     * added to {@code assumed}, rows with words but not 已完成 and a deadline past and open to {@code notDone}. The 落实人
     * is the one member 责任人 names, else 责任人 as written, else the operator.
     */
    private List<RecordPlan> records(ResponsibilityEntry e, List<Deadlines.Slot> slots, Set<LocalDate> met,
                                     List<ProgressRecord> stored, List<Integer> named, int year, LocalDate today, int row,
                                     List<Integer> assumed, List<Integer> notDone) {
        ProgressNote note = e.note();
        if (note == null) {
            return List.of();
        }
        Integer by = named.size() == 1 ? named.get(0) : null;
        String byName = by != null ? null : Objects.requireNonNullElse(e.responsibleText(), workspace.operator());
        LocalDate written = note.on() != null && !note.on().isAfter(today) ? note.on() : null;
        boolean said = note.text() != null && stored.stream().anyMatch(r -> r.text().equals(note.text()));
        List<RecordPlan> out = new ArrayList<>();
        List<Deadlines.Slot> open = note.done() ? slots.stream().filter(s -> !met.contains(s.dueOn())).toList() : List.of();
        for (Deadlines.Slot slot : open) {
            LocalDate day = open.size() == 1 && written != null ? written
                    : slot.dueOn().isAfter(today) ? today : slot.dueOn();
            out.add(new RecordPlan(day, note.text() != null ? note.text() : "已完成", slot.dueOn(), by, byName));
        }
        if (open.isEmpty() && note.text() != null && !said) {
            LocalDate yearEnd = LocalDate.of(year, 12, 31);
            out.add(new RecordPlan(written != null ? written : yearEnd.isAfter(today) ? today : yearEnd, note.text(), null,
                    by, byName));
        }
        if (!out.isEmpty() && (written == null || open.size() > 1)) {
            assumed.add(row);
        }
        if (!note.done() && slots.stream().anyMatch(s -> !s.dueOn().isAfter(today) && !met.contains(s.dueOn()))) {
            notDone.add(row);
        }
        return out;
    }

    /** The 序号 path of a stored item: the seq of each ancestor and its own. */
    private static List<Integer> pathOf(ResponsibilityItem item, Map<Integer, ResponsibilityItem> byId) {
        List<Integer> path = new ArrayList<>();
        for (ResponsibilityItem i = item; i != null; i = i.parentId() == null ? null : byId.get(i.parentId())) {
            path.add(0, i.seq());
        }
        return List.copyOf(path);
    }

    private ImportSummary summaryOf(Resolution r) {
        resolutionMessages.clear();
        resolutionMessages.addAll(r.messages());
        int adds = (int) r.items().stream().filter(p -> p.existing() == null).count();
        int updates = (int) r.items().stream().filter(ItemPlan::isUpdate).count();
        List<String> newLists = r.lists().stream().filter(l -> l.existing() == null).map(ListPlan::label).toList();
        List<String> recorded = r.items().stream().filter(p -> !p.addRecords().isEmpty())
                .map(p -> ResponsibilityLedger.pathText(p.path()) + " " + p.target().text()).toList();
        List<ImportRecord> records = r.items().stream().map(p -> new ImportRecord(p.existing() == null
                ? ImportRecord.Action.ADD : p.isUpdate() ? ImportRecord.Action.UPDATE : ImportRecord.Action.UNCHANGED,
                CheckedSheet.excelRow(p.row()),
                p.list().label() + " " + p.path().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("."))
                        + " " + p.target().text(), "", sheet.sheetOf(p.row()))).toList();
        return new ImportSummary(UNIT, adds, updates, r.items().size() - adds - updates,
                List.of(new ImportSummary.Created("新建清单", "份", newLists),
                        new ImportSummary.Created("登记纪实的条目", "条", recorded)),
                sheet.warnings(r.messages()), sheet.errors(r.messages()), records, columnMaps.mappings(sheet.sheets()));
    }

}
