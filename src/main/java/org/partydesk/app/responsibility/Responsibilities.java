package org.partydesk.app.responsibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Workspace;
import org.partydesk.logic.Deadlines;
import org.partydesk.logic.ResponsibilityStatusRules;
import org.partydesk.model.Cadence;
import org.partydesk.model.Completion;
import org.partydesk.model.Deadline;
import org.partydesk.model.DeadlineAlert;
import org.partydesk.model.EvidenceRecordType;
import org.partydesk.model.ItemProgress;
import org.partydesk.model.ListOwnerKind;
import org.partydesk.model.ListProgress;
import org.partydesk.model.ListStats;
import org.partydesk.model.ProgressRecord;
import org.partydesk.model.ResponsibilityItem;
import org.partydesk.model.ResponsibilityLetter;
import org.partydesk.model.ResponsibilityList;
import org.partydesk.store.ResponsibilityRepository;

/**
 * Use cases of 责任清单: create lists and nested items with their deadlines, record progress (纪实) and
 * corrections, sign letters (责任书), link evidence, copy lists to the next year or to each 班子成员, and
 * the queries behind the screens and reports (status tree, coming and missed deadlines, 完成率).
 * Every write is one audited transaction; refused input throws {@link InputRejectedException} with a
 * Chinese message and writes nothing. Statuses follow {@link ResponsibilityStatusRules}.
 */
public final class Responsibilities {
    /** How far ahead {@link #dueSoon} looks. */
    public static final int DUE_SOON_DAYS = 30;

    private static final Map<ListOwnerKind, String> OWNER_LABELS = new EnumMap<>(Map.of(
            ListOwnerKind.LEADING_GROUP, "党组",
            ListOwnerKind.SECRETARY, "党组书记",
            ListOwnerKind.LEADERSHIP_MEMBER, "班子成员",
            ListOwnerKind.BRANCH, "党支部",
            ListOwnerKind.DEPARTMENT, "处室",
            ListOwnerKind.ORGAN_COMMITTEE, "机关党委"));

    private final Workspace ws;

    public Responsibilities(Workspace ws) {
        this.ws = Objects.requireNonNull(ws, "ws");
    }

    // ---- writes ----------------------------------------------------------------------------------------

    /** Creates a list; refused when {@code year} already has one with this name and owner. */
    public int createList(ResponsibilityList list) {
        String name = required(list.name(), "清单名称");
        Objects.requireNonNull(list.ownerKind(), "ownerKind");
        return ws.database().write(ws.operator(), tx -> {
            ResponsibilityRepository repo = new ResponsibilityRepository(tx);
            refuseDuplicate(repo, list.year(), name, list.ownerKind(), list.ownerOrgUnitId(), list.ownerMemberId(),
                    list.ownerDepartmentId());
            return repo.insertList(new ResponsibilityList(null, list.year(), name, list.ownerKind(),
                    list.ownerOrgUnitId(), list.ownerMemberId(), list.ownerDepartmentId(), null, list.notes()));
        });
    }

    /**
     * Renames a list; refused when the name is blank or {@code year} already has a list of that name and owner (as
     * {@link #createList}). One audited transaction; returns false, writing nothing, when the name is the same.
     */
    public boolean renameList(int listId, String name) {
        String n = required(name, "清单名称");
        return ws.database().write(ws.operator(), tx -> {
            ResponsibilityRepository repo = new ResponsibilityRepository(tx);
            ResponsibilityList list = repo.list(listId)
                    .orElseThrow(() -> new InputRejectedException("责任清单不存在（编号 " + listId + "），可能已被删除"));
            if (n.equals(list.name())) {
                return false;
            }
            refuseDuplicate(repo, list.year(), n, list.ownerKind(), list.ownerOrgUnitId(), list.ownerMemberId(),
                    list.ownerDepartmentId());
            repo.renameList(listId, n);
            return true;
        });
    }

    /**
     * Moves an item, with the items under it, under another parent of the same list ({@code parentId} null: onto the
     * list's first level), as the last of the parent's children; the items under it move one level up or down with
     * it. Refused with a Chinese sentence, writing nothing, when the parent is the item itself or one of the items under
     * it, is in another list, already has 纪实 (they are kept on the lowest items), or when the item and those under it
     * would go below the third level. As with {@link #addItem}, a parent that had deadlines of its own loses them, and
     * as with {@link #deleteItem}, the old parent left without children gets the deadlines of its cadence and the
     * siblings after the item move up one number. One audited transaction.
     */
    public void moveItem(int itemId, Integer parentId) {
        ws.database().write(ws.operator(), tx -> {
            ResponsibilityRepository repo = new ResponsibilityRepository(tx);
            ResponsibilityItem item = existingItem(repo, itemId);
            ResponsibilityList list = repo.list(item.listId()).orElseThrow();
            List<ResponsibilityItem> all = repo.items(list.id());
            Map<Integer, List<ResponsibilityItem>> children = all.stream().filter(i -> i.parentId() != null)
                    .collect(Collectors.groupingBy(ResponsibilityItem::parentId));
            List<ResponsibilityItem> below = new ArrayList<>();
            collectBelow(item.id(), children, below);
            int level = 1;
            ResponsibilityItem parent = null;
            if (parentId != null) {
                if (parentId == itemId) {
                    throw new InputRejectedException("不能把条目“" + item.text() + "”移到它自己之下");
                }
                parent = repo.item(parentId).filter(p -> p.listId() == list.id())
                        .orElseThrow(() -> new InputRejectedException("上级条目不在清单“" + list.name() + "”中"));
                ResponsibilityItem under = parent;
                if (below.stream().anyMatch(b -> b.id().equals(under.id()))) {
                    throw new InputRejectedException("“" + parent.text() + "”是条目“" + item.text()
                            + "”的下级条目，不能把条目移到它自己的下级之下");
                }
                level = parent.level() + 1;
            }
            if (Objects.equals(parentId, item.parentId())) {
                throw new InputRejectedException(parent == null ? "条目“" + item.text() + "”已在清单的第一级，未作修改"
                        : "条目“" + item.text() + "”已在“" + parent.text() + "”之下，未作修改");
            }
            int deepest = below.stream().mapToInt(ResponsibilityItem::level).max().orElse(item.level());
            int newDeepest = deepest - item.level() + level;
            if (newDeepest > ResponsibilityItem.MAX_LEVEL) {
                throw new InputRejectedException("条目最多分三级（责任类别、考评内容、落实措施）：条目“" + item.text() + "”连同其下级共"
                        + (deepest - item.level() + 1) + "级，移到“" + parent.text() + "”之下会到第" + newDeepest + "级");
            }
            if (parent != null && !repo.recordsOfItem(parent.id()).isEmpty()) {
                throw new InputRejectedException("条目“" + parent.text() + "”已有纪实，不能再添加下级条目");
            }
            if (parent != null && !repo.hasChildren(parent.id())) {
                repo.deleteDeadlinesOf(parent.id());
            }
            repo.place(itemId, parentId, level, repo.nextSeq(list.id(), parentId));
            int shift = level - item.level();
            if (shift != 0) {
                for (ResponsibilityItem b : below) {
                    repo.place(b.id(), b.parentId(), b.level() + shift, b.seq());
                }
            }
            left(repo, item, list.year());
            return null;
        });
    }

    private static void collectBelow(int itemId, Map<Integer, List<ResponsibilityItem>> children,
                                     List<ResponsibilityItem> out) {
        for (ResponsibilityItem c : children.getOrDefault(itemId, List.of())) {
            out.add(c);
            collectBelow(c.id(), children, out);
        }
    }

    /**
     * Adds an item with the deadlines of its cadence in the list's year. Under a parent it is one level
     * deeper (at most three levels); a parent that had deadlines of its own loses them (audited), since only
     * leaf items carry deadlines, and a parent that already has progress records is refused.
     */
    public int addItem(NewItem item) {
        String text = required(item.text(), "条目内容");
        Cadence cadence = item.cadence() == null ? Cadence.YEARLY : item.cadence();
        return ws.database().write(ws.operator(), tx -> {
            ResponsibilityRepository repo = new ResponsibilityRepository(tx);
            ResponsibilityList list = repo.list(item.listId())
                    .orElseThrow(() -> new InputRejectedException("责任清单不存在（编号 " + item.listId() + "）"));
            int level = 1;
            if (item.parentId() != null) {
                ResponsibilityItem parent = repo.item(item.parentId())
                        .filter(p -> p.listId() == list.id())
                        .orElseThrow(() -> new InputRejectedException("上级条目不在清单“" + list.name() + "”中"));
                level = parent.level() + 1;
                if (level > ResponsibilityItem.MAX_LEVEL) {
                    throw new InputRejectedException("条目最多分三级（责任类别、考评内容、落实措施），不能在“"
                            + parent.text() + "”下再添加下级条目");
                }
                if (!repo.recordsOfItem(parent.id()).isEmpty()) {
                    throw new InputRejectedException("条目“" + parent.text() + "”已有纪实，不能再添加下级条目");
                }
                repo.deleteDeadlinesOf(parent.id());
            }
            List<Deadlines.Slot> slots = slots(cadence, list.year(), item.onceOn());
            int id = repo.insertItem(new ResponsibilityItem(null, list.id(), item.parentId(), level,
                    repo.nextSeq(list.id(), item.parentId()), text, blankToNull(item.ownerText()),
                    blankToNull(item.responsibleText()), cadence, blankToNull(item.notes()), item.ownerMemberIds()));
            for (Deadlines.Slot slot : slots) {
                repo.insertDeadline(id, slot.dueOn(), slot.label());
            }
            return id;
        });
    }

    /**
     * Changes an item's text, 责任主体, 责任人, notes and, on a leaf, its 时间节点. The deadlines are made again only when
     * the cadence or the date of a ONCE item changed: those the new cadence keeps (same date) stay with their 纪实, the
     * others are deleted and the new ones added; a deadline some 纪实 completes cannot go (refused, nothing written). An
     * item with children keeps its cadence (its deadlines are on its children). A changed 责任人 drops the links to
     * roster members that an import made from the old words. Audited with before and after.
     */
    public void changeItem(int itemId, ItemChange change) {
        String text = required(change.text(), "条目内容");
        Cadence cadence = change.cadence() == null ? Cadence.YEARLY : change.cadence();
        ws.database().write(ws.operator(), tx -> {
            ResponsibilityRepository repo = new ResponsibilityRepository(tx);
            ResponsibilityItem old = existingItem(repo, itemId);
            ResponsibilityList list = repo.list(old.listId()).orElseThrow();
            boolean leaf = !repo.hasChildren(itemId);
            List<Deadline> have = repo.deadlinesOfItem(itemId);
            boolean timingChanged = cadence != old.cadence()
                    || cadence == Cadence.ONCE && !Objects.equals(change.onceOn(), onceDate(old, have));
            if (leaf && timingChanged) {
                List<Deadlines.Slot> want = slots(cadence, list.year(), change.onceOn());
                Set<LocalDate> wantDates = want.stream().map(Deadlines.Slot::dueOn).collect(Collectors.toSet());
                Set<LocalDate> haveDates = have.stream().map(Deadline::dueOn).collect(Collectors.toSet());
                Set<Integer> completed = repo.completedDeadlineIds(list.id());
                for (Deadline d : have) {
                    if (!wantDates.contains(d.dueOn()) && completed.contains(d.id())) {
                        throw new InputRejectedException("时间节点“" + d.label() + "（" + d.dueOn() + "）”已有纪实记为完成，"
                                + "不能改为其他时间节点；本次未作任何修改");
                    }
                }
                for (Deadline d : have) {
                    if (!wantDates.contains(d.dueOn())) {
                        repo.deleteDeadline(d.id());
                    }
                }
                for (Deadlines.Slot slot : want) {
                    if (!haveDates.contains(slot.dueOn())) {
                        repo.insertDeadline(itemId, slot.dueOn(), slot.label());
                    }
                }
            }
            String responsible = blankToNull(change.responsibleText());
            List<Integer> owners = old.ownerMemberIds();
            if (!Objects.equals(responsible, old.responsibleText()) && !owners.isEmpty()) {
                repo.deleteItemOwners(itemId);
                owners = List.of();
            }
            repo.updateItem(new ResponsibilityItem(old.id(), old.listId(), old.parentId(), old.level(), old.seq(), text,
                    blankToNull(change.ownerText()), responsible, leaf ? cadence : old.cadence(),
                    blankToNull(change.notes()), owners));
            return null;
        });
    }

    /**
     * Why an item cannot be deleted, in a sentence for the clerk; empty when it can. An item with children, or one
     * with 纪实 (the record of what was done, which a deletion would take with it), stays.
     */
    public Optional<String> whyNotDeletable(int itemId) {
        ResponsibilityRepository repo = reader();
        return repo.item(itemId).map(item -> deletionRefusal(repo, item))
                .orElse(Optional.of("条目不存在（编号 " + itemId + "），可能已被删除"));
    }

    /**
     * Deletes an item typed by mistake with its own deadlines (and links to 责任人 and evidence); refused with the
     * sentence of {@link #whyNotDeletable} when it has children or 纪实. The siblings after it move up one number, so
     * the 序号 stay without a gap; a parent left without children becomes a leaf and gets the deadlines of its cadence
     * (a ONCE parent none: its date is set with 修改). One audited transaction.
     */
    public void deleteItem(int itemId) {
        ws.database().write(ws.operator(), tx -> {
            ResponsibilityRepository repo = new ResponsibilityRepository(tx);
            ResponsibilityItem item = existingItem(repo, itemId);
            InputRejectedException.refuseIf(deletionRefusal(repo, item));
            repo.deleteItem(itemId);
            left(repo, item, repo.list(item.listId()).orElseThrow().year());
            return null;
        });
    }

    /**
     * After {@code item} left its place (deleted, or moved under another parent): the siblings after it move up one
     * number, so the 序号 stay without a gap, and a parent left without children becomes a leaf with the deadlines of its
     * cadence in {@code year} (a ONCE parent none: its date is set with 修改).
     */
    private static void left(ResponsibilityRepository repo, ResponsibilityItem item, int year) {
        for (ResponsibilityItem after : repo.siblings(item.listId(), item.parentId())) {
            if (after.seq() > item.seq()) {
                repo.setSeq(after.id(), after.seq() - 1);
            }
        }
        if (item.parentId() != null && !repo.hasChildren(item.parentId())) {
            ResponsibilityItem parent = repo.item(item.parentId()).orElseThrow();
            if (parent.cadence() != Cadence.ONCE && repo.deadlinesOfItem(parent.id()).isEmpty()) {
                for (Deadlines.Slot slot : Deadlines.of(parent.cadence(), year, null)) {
                    repo.insertDeadline(parent.id(), slot.dueOn(), slot.label());
                }
            }
        }
    }

    /** Moves an item one place up among its siblings (it swaps 序号 with the one before it); refused on the first. */
    public void moveUp(int itemId) {
        move(itemId, -1);
    }

    /** Moves an item one place down among its siblings (it swaps 序号 with the one after it); refused on the last. */
    public void moveDown(int itemId) {
        move(itemId, 1);
    }

    private void move(int itemId, int step) {
        ws.database().write(ws.operator(), tx -> {
            ResponsibilityRepository repo = new ResponsibilityRepository(tx);
            ResponsibilityItem item = existingItem(repo, itemId);
            List<ResponsibilityItem> siblings = repo.siblings(item.listId(), item.parentId());
            int at = siblings.stream().map(ResponsibilityItem::id).toList().indexOf(itemId);
            int to = at + step;
            if (to < 0 || to >= siblings.size()) {
                throw new InputRejectedException("条目“" + item.text() + "”已是" + (step < 0 ? "第一条，不能再上移" : "最后一条，不能再下移"));
            }
            ResponsibilityItem other = siblings.get(to);
            int mine = item.seq();
            int theirs = other.seq() == mine ? mine + step : other.seq();
            repo.setSeq(itemId, theirs);
            repo.setSeq(other.id(), mine);
            return null;
        });
    }

    /**
     * Why a list cannot be deleted, in a sentence for the clerk; empty when it can: only a list without items, named by
     * no 责任书 and copied to no other list goes.
     */
    public Optional<String> whyListNotDeletable(int listId) {
        ResponsibilityRepository repo = reader();
        return repo.list(listId).map(list -> listDeletionRefusal(repo, list))
                .orElse(Optional.of("责任清单不存在（编号 " + listId + "），可能已被删除"));
    }

    /** Deletes a list created by mistake; refused with the sentence of {@link #whyListNotDeletable}. One audited transaction. */
    public void deleteList(int listId) {
        ws.database().write(ws.operator(), tx -> {
            ResponsibilityRepository repo = new ResponsibilityRepository(tx);
            ResponsibilityList list = repo.list(listId)
                    .orElseThrow(() -> new InputRejectedException("责任清单不存在（编号 " + listId + "），可能已被删除"));
            InputRejectedException.refuseIf(listDeletionRefusal(repo, list));
            repo.deleteList(listId);
            return null;
        });
    }

    private static Optional<String> listDeletionRefusal(ResponsibilityRepository repo, ResponsibilityList list) {
        int items = repo.itemCount(list.id());
        if (items > 0) {
            return Optional.of("责任清单“" + list.name() + "”中还有 " + items + " 个条目，不能删除；只有空清单可以删除");
        }
        int letters = repo.letterCount(list.id());
        if (letters > 0) {
            return Optional.of("已有 " + letters + " 份责任书对应责任清单“" + list.name() + "”，不能删除");
        }
        List<ResponsibilityList> copies = repo.copiesOf(list.id());
        if (!copies.isEmpty()) {
            return Optional.of("责任清单“" + list.name() + "”已复制为" + copies.get(0).year() + "年的清单，不能删除");
        }
        return Optional.empty();
    }

    /** Adds a progress record to a leaf item; it may complete one of that item's deadlines. */
    public int addRecord(int itemId, NewRecord record) {
        return ws.database().write(ws.operator(), tx -> {
            ResponsibilityRepository repo = new ResponsibilityRepository(tx);
            checkRecord(repo, itemId, record, today());
            return repo.insertRecord(new ProgressRecord(null, itemId, record.recordedOn(), record.text().strip(),
                    record.recordedByMemberId(), blankToNull(record.recordedByName()), record.completesDeadlineId(),
                    null, null));
        });
    }

    /**
     * Corrects a progress record: writes a new record of the same item pointing at the old one, which
     * stays in the database and the audit trail but no longer counts. A record can be corrected once;
     * to correct again, correct the correction.
     */
    public int correctRecord(int recordId, NewRecord correction) {
        return ws.database().write(ws.operator(), tx -> {
            ResponsibilityRepository repo = new ResponsibilityRepository(tx);
            ProgressRecord old = repo.record(recordId)
                    .orElseThrow(() -> new InputRejectedException("要更正的纪实不存在（编号 " + recordId + "）"));
            if (repo.isCorrected(recordId)) {
                throw new InputRejectedException("该纪实已被更正过，请更正最新的一条");
            }
            checkRecord(repo, old.itemId(), correction, today());
            return repo.insertRecord(new ProgressRecord(null, old.itemId(), correction.recordedOn(),
                    correction.text().strip(), correction.recordedByMemberId(),
                    blankToNull(correction.recordedByName()), correction.completesDeadlineId(), recordId, null));
        });
    }

    /** Records a signed 责任书. */
    public int addLetter(ResponsibilityLetter letter) {
        String title = required(letter.title(), "责任书名称");
        String partyA = required(letter.partyA(), "甲方");
        String partyB = required(letter.partyB(), "乙方");
        if (letter.signedOn() == null) {
            throw new InputRejectedException("请填写责任书的签订日期");
        }
        return ws.database().write(ws.operator(), tx -> {
            ResponsibilityRepository repo = new ResponsibilityRepository(tx);
            if (letter.listId() != null && repo.list(letter.listId()).isEmpty()) {
                throw new InputRejectedException("责任清单不存在（编号 " + letter.listId() + "）");
            }
            return repo.insertLetter(new ResponsibilityLetter(null, letter.year(), letter.listId(), title, partyA,
                    partyB, letter.signedOn(), blankToNull(letter.notes())));
        });
    }

    /** Links an evidence file (佐证材料) to a progress record. */
    public int linkRecordEvidence(int recordId, int evidenceId) {
        return ws.database().write(ws.operator(), tx -> {
            ResponsibilityRepository repo = new ResponsibilityRepository(tx);
            if (repo.record(recordId).isEmpty()) {
                throw new InputRejectedException("纪实不存在（编号 " + recordId + "）");
            }
            return repo.insertEvidenceLink(evidenceId, EvidenceRecordType.PROGRESS_RECORD, recordId);
        });
    }

    /** Links the scan of a signed letter to it. */
    public int linkLetterScan(int letterId, int evidenceId) {
        return ws.database().write(ws.operator(), tx -> {
            ResponsibilityRepository repo = new ResponsibilityRepository(tx);
            if (repo.letter(letterId).isEmpty()) {
                throw new InputRejectedException("责任书不存在（编号 " + letterId + "）");
            }
            return repo.insertEvidenceLink(evidenceId, EvidenceRecordType.RESPONSIBILITY_LETTER, letterId);
        });
    }

    /**
     * Copies every list of {@code fromYear} to the next year in one transaction: items and their nesting,
     * 责任主体 and 责任人, cadences and deadlines regenerated for the new year (a ONCE date keeps its day
     * and month; Feb 29 becomes Feb 28). Progress records are not copied. Refused, with nothing written,
     * when the next year already has a list with the same name and owner. Returns the new lists' ids.
     */
    public List<Integer> copyYearToNext(int fromYear) {
        int toYear = fromYear + 1;
        return ws.database().write(ws.operator(), tx -> {
            ResponsibilityRepository repo = new ResponsibilityRepository(tx);
            List<ResponsibilityList> sources = repo.lists(fromYear);
            if (sources.isEmpty()) {
                throw new InputRejectedException(fromYear + "年没有责任清单可复制");
            }
            for (ResponsibilityList s : sources) {
                refuseDuplicate(repo, toYear, s.name(), s.ownerKind(), s.ownerOrgUnitId(), s.ownerMemberId(),
                        s.ownerDepartmentId());
            }
            List<Integer> ids = new ArrayList<>();
            for (ResponsibilityList s : sources) {
                ids.add(copy(repo, s, new ResponsibilityList(null, toYear, s.name(), s.ownerKind(), s.ownerOrgUnitId(),
                        s.ownerMemberId(), s.ownerDepartmentId(), s.id(), s.notes())));
            }
            return ids;
        });
    }

    /**
     * 班子成员领导责任清单: copies the list {@code templateListId} once per member, as a LEADERSHIP_MEMBER
     * list of the same year and name owned by that member, so each member's items are tracked separately.
     * One transaction; refused when a member already has such a list. Returns the new lists' ids.
     */
    public List<Integer> copyForLeadershipMembers(int templateListId, List<Integer> memberIds) {
        return ws.database().write(ws.operator(), tx -> {
            ResponsibilityRepository repo = new ResponsibilityRepository(tx);
            ResponsibilityList template = repo.list(templateListId)
                    .orElseThrow(() -> new InputRejectedException("责任清单不存在（编号 " + templateListId + "）"));
            for (Integer memberId : memberIds) {
                refuseDuplicate(repo, template.year(), template.name(), ListOwnerKind.LEADERSHIP_MEMBER, null,
                        memberId, null);
            }
            List<Integer> ids = new ArrayList<>();
            for (Integer memberId : memberIds) {
                ids.add(copy(repo, template, new ResponsibilityList(null, template.year(), template.name(),
                        ListOwnerKind.LEADERSHIP_MEMBER, null, memberId, null, template.id(), template.notes())));
            }
            return ids;
        });
    }

    // ---- queries ---------------------------------------------------------------------------------------

    /** The lists of {@code year} with their item trees and statuses as of {@code date}. */
    public List<ListProgress> tree(int year, LocalDate date) {
        ResponsibilityRepository repo = reader();
        return repo.lists(year).stream().map(l -> progress(repo, l, date)).toList();
    }

    /** One list with its item tree and statuses as of {@code date}. */
    public ListProgress tree(ResponsibilityList list, LocalDate date) {
        return progress(reader(), list, date);
    }

    /** The lists of a year. */
    public List<ResponsibilityList> lists(int year) {
        return reader().lists(year);
    }

    /** Every progress record of an item, corrected ones included (the 纪实 history), by date. */
    public List<ProgressRecord> records(int itemId) {
        return reader().recordsOfItem(itemId);
    }

    /** The deadlines of an item, by date. */
    public List<Deadline> deadlines(int itemId) {
        return reader().deadlinesOfItem(itemId);
    }

    public List<ResponsibilityLetter> letters(int year) {
        return reader().letters(year);
    }

    /** The evidence ids linked to a progress record. */
    public List<Integer> recordEvidence(int recordId) {
        return reader().evidenceIds(EvidenceRecordType.PROGRESS_RECORD, recordId);
    }

    /** The evidence ids linked to a letter (its scan). */
    public List<Integer> letterScans(int letterId) {
        return reader().evidenceIds(EvidenceRecordType.RESPONSIBILITY_LETTER, letterId);
    }

    /** Deadlines after {@code today} and at most {@link #DUE_SOON_DAYS} days ahead, not yet met, of all lists. */
    public List<DeadlineAlert> dueSoon(LocalDate today) {
        return reader().unmetDeadlines(today, today.plusDays(DUE_SOON_DAYS), null, today);
    }

    /** Missed deadlines (on or before {@code today}, not met) of the lists of {@code year}: one row per deadline. */
    public List<DeadlineAlert> overdue(int year, LocalDate today) {
        return reader().unmetDeadlines(null, today, year, today);
    }

    /**
     * ResponsibilityStats per list of {@code year} as of {@code date}, by SQL aggregates: name, owner name
     * (the roster name, else the owner kind's label), leaf items, due, done, overdue, and the deadline counts
     * behind {@link Completion#completionRate()}.
     */
    public List<ListStats> statsPerList(int year, LocalDate date) {
        return reader().stats(year, date).stream()
                .map(s -> new ListStats(s.listId(), s.listName(), s.ownerKind(), ownerName(s.ownerKind(), s.ownerName()),
                        s.completion()))
                .toList();
    }

    /** The same counts summed per owner (kind and name), in the order owners first appear; listId is null. */
    public List<ListStats> statsPerOwner(int year, LocalDate date) {
        Map<List<Object>, ListStats> out = new LinkedHashMap<>();
        for (ListStats s : statsPerList(year, date)) {
            out.merge(List.of(s.ownerKind(), s.ownerName()),
                    new ListStats(null, null, s.ownerKind(), s.ownerName(), s.completion()),
                    (a, b) -> new ListStats(null, null, a.ownerKind(), a.ownerName(), a.completion().plus(b.completion())));
        }
        return List.copyOf(out.values());
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private ResponsibilityRepository reader() {
        return new ResponsibilityRepository(ws.database());
    }

    private static ListProgress progress(ResponsibilityRepository repo, ResponsibilityList list, LocalDate date) {
        List<ItemProgress> items = ResponsibilityStatusRules.tree(repo.items(list.id()), repo.deadlines(list.id()),
                repo.records(list.id()), date);
        return new ListProgress(list, ownerName(list.ownerKind(), repo.ownerName(list.id()).orElse(null)), items,
                ResponsibilityStatusRules.total(items));
    }

    private static String ownerName(ListOwnerKind kind, String rosterName) {
        return rosterName != null ? rosterName : OWNER_LABELS.get(kind);
    }

    /** Copies {@code source}'s items, owners and regenerated deadlines into the new list {@code target}. */
    private static int copy(ResponsibilityRepository repo, ResponsibilityList source, ResponsibilityList target) {
        int listId = repo.insertList(target);
        Map<Integer, Integer> newIds = new HashMap<>();
        for (ResponsibilityItem item : repo.items(source.id())) {
            Integer parent = item.parentId() == null ? null : newIds.get(item.parentId());
            int id = repo.insertItem(new ResponsibilityItem(null, listId, parent, item.level(), item.seq(), item.text(),
                    item.ownerText(), item.responsibleText(), item.cadence(), item.notes(), item.ownerMemberIds()));
            newIds.put(item.id(), id);
            List<Deadline> old = repo.deadlinesOfItem(item.id());
            List<Deadlines.Slot> slots = old.isEmpty() ? List.of()
                    : item.cadence() == Cadence.ONCE
                    ? old.stream().map(d -> new Deadlines.Slot(Deadlines.sameDayIn(d.dueOn(), target.year()), d.label())).toList()
                    : Deadlines.of(item.cadence(), target.year(), null);
            for (Deadlines.Slot slot : slots) {
                repo.insertDeadline(id, slot.dueOn(), slot.label());
            }
        }
        return listId;
    }

    private static ResponsibilityItem existingItem(ResponsibilityRepository repo, int itemId) {
        return repo.item(itemId).orElseThrow(() -> new InputRejectedException("条目不存在（编号 " + itemId + "），可能已被删除"));
    }

    private static Optional<String> deletionRefusal(ResponsibilityRepository repo, ResponsibilityItem item) {
        int children = repo.childCount(item.id());
        if (children > 0) {
            return Optional.of("条目“" + item.text() + "”下还有 " + children + " 个下级条目，不能删除；请先删除下级条目");
        }
        int records = repo.recordCount(item.id());
        if (records > 0) {
            return Optional.of("条目“" + item.text() + "”已有 " + records + " 条纪实，不能删除：删除条目会连同纪实一起删掉。"
                    + "条目的文字、责任人或时间节点有误，请用“修改条目”更正");
        }
        return Optional.empty();
    }

    /** The date of a ONCE item: its one deadline's; null when it has none or several, or is not ONCE. */
    static LocalDate onceDate(ResponsibilityItem item, List<Deadline> deadlines) {
        return item.cadence() == Cadence.ONCE && deadlines.size() == 1 ? deadlines.get(0).dueOn() : null;
    }

    private LocalDate today() {
        return LocalDate.now(ws.database().clock());
    }

    private static void checkRecord(ResponsibilityRepository repo, int itemId, NewRecord record, LocalDate today) {
        ResponsibilityItem item = repo.item(itemId)
                .orElseThrow(() -> new InputRejectedException("条目不存在（编号 " + itemId + "）"));
        if (repo.hasChildren(itemId)) {
            throw new InputRejectedException("条目“" + item.text() + "”有下级条目，纪实请记在最下级条目上");
        }
        if (record.recordedOn() == null) {
            throw new InputRejectedException("请填写纪实日期");
        }
        if (record.recordedOn().isAfter(today)) {
            throw new InputRejectedException("纪实日期（" + record.recordedOn() + "）晚于今天；纪实记的是已经做过的工作，请在做过之后再登记");
        }
        required(record.text(), "纪实内容");
        if (record.recordedByMemberId() == null && blankToNull(record.recordedByName()) == null) {
            throw new InputRejectedException("请填写纪实的落实人");
        }
        if (record.completesDeadlineId() != null && repo.deadline(record.completesDeadlineId())
                .filter(d -> d.itemId() == itemId).isEmpty()) {
            throw new InputRejectedException("所选时间节点不属于条目“" + item.text() + "”");
        }
    }

    private static List<Deadlines.Slot> slots(Cadence cadence, int year, LocalDate onceOn) {
        if (cadence == Cadence.ONCE) {
            if (onceOn == null) {
                throw new InputRejectedException("一次性条目须填写完成时限");
            }
            if (onceOn.getYear() != year) {
                throw new InputRejectedException("完成时限 " + onceOn + " 不在清单年度 " + year + " 年内");
            }
        }
        return Deadlines.of(cadence, year, onceOn);
    }

    private static void refuseDuplicate(ResponsibilityRepository repo, int year, String name, ListOwnerKind kind,
                                        Integer orgUnitId, Integer memberId, Integer departmentId) {
        if (repo.listExists(year, name, kind, orgUnitId, memberId, departmentId)) {
            throw new InputRejectedException(year + "年已有同一责任主体的责任清单“" + name + "”，本次未作任何修改");
        }
    }

    private static String required(String value, String label) {
        String v = blankToNull(value);
        if (v == null) {
            throw new InputRejectedException("请填写" + label);
        }
        return v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
