package org.partydesk.app.evidence;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.logic.Terms;
import org.partydesk.logic.TextLimits;
import org.partydesk.model.EvidenceRecordType;
import org.partydesk.model.MeetingType;
import org.partydesk.store.EvidenceRejectedException;
import org.partydesk.store.EvidenceStore;
import org.partydesk.store.EvidenceTargets;
import org.partydesk.store.OrgRepository;
import org.partydesk.store.Tx;
import org.partydesk.store.jooq.tables.records.EvidenceRecord;

/** Use cases of the evidence store (佐证材料): add files, link them to records, verify the folder. */
public final class EvidenceService {
    public static final String MAX_MB_SETTING = "evidence_max_mb";
    public static final int DEFAULT_MAX_MB = 100;

    private final Workspace ws;
    private final EvidenceStore store;
    private final EvidenceTargets targets;

    public EvidenceService(Workspace ws) {
        this.ws = ws;
        this.store = new EvidenceStore(ws.database());
        this.targets = new EvidenceTargets(ws.database());
    }

    /** The size limit of one file, from the settings (MB), default 100 MB. */
    public long maxBytes() {
        int mb = ws.setting(MAX_MB_SETTING).map(String::strip).filter(s -> s.matches("\\d{1,6}"))
                .map(Integer::parseInt).filter(n -> n > 0).orElse(DEFAULT_MAX_MB);
        return mb * 1024L * 1024L;
    }

    /** One file to add, with what the clerk says about it. */
    public record NewFile(Path path, EvidenceStore.Details details) {
    }

    /**
     * Adds the files and links each to the record (when {@code linkTo} is not null), all in one
     * transaction: a refused file means nothing is added.
     */
    public List<EvidenceStore.Added> add(List<NewFile> files, EvidenceRecordType linkTo, Integer recordId, Progress progress) {
        for (NewFile f : files) {
            if (f.details() != null) {
                check(f.path().getFileName() + "：", f.details());
            }
        }
        try {
            return ws.database().write(ws.operator(), tx -> {
                List<EvidenceStore.Added> out = new ArrayList<>();
                int i = 0;
                for (NewFile f : files) {
                    progress.checkCancelled();
                    progress.update(i++, files.size(), f.path().getFileName().toString());
                    EvidenceStore.Added added = store.add(tx, f.path(), f.path().getFileName().toString(), f.details(), maxBytes());
                    if (linkTo != null) {
                        store.link(tx, added.evidenceId(), linkTo, recordId);
                    }
                    out.add(added);
                }
                progress.update(files.size(), files.size(), "");
                return out;
            });
        } catch (EvidenceRejectedException e) {
            throw new InputRejectedException(e.getMessage(), e);
        }
    }

    /** What the clerk says about files added together (any part may be null); {@code notes} is the 备注. */
    public record Description(String title, String caption, String photographer, LocalDate takenOn, String notes) {
        /** A description without 备注 (for {@link #describe}: the 备注 is then emptied). */
        public Description(String title, String caption, String photographer, LocalDate takenOn) {
            this(title, caption, photographer, takenOn, null);
        }
    }

    /** Adds files that share one description, linked to nothing yet; one transaction, as {@link #add}. Returns the count. */
    public int addAll(List<Path> files, Description d, Progress progress) {
        EvidenceStore.Details details = new EvidenceStore.Details(d.title(), d.caption(), d.photographer(), d.takenOn(),
                d.notes());
        return add(files.stream().map(f -> new NewFile(f, details)).toList(), null, null, progress).size();
    }

    /**
     * Adds files without details (the clerk picked or dropped them) and links each to the record when
     * {@code linkTo} is not null, in one transaction; returns their evidence ids in the order given.
     */
    public List<Integer> addFiles(List<Path> files, EvidenceRecordType linkTo, Integer recordId, Progress progress) {
        return add(files.stream().map(f -> new NewFile(f, EvidenceStore.Details.none())).toList(), linkTo, recordId,
                progress).stream().map(EvidenceStore.Added::evidenceId).toList();
    }

    /**
     * Refuses a description with a date taken after today or a title, caption, photographer or 备注 too long (TextLimits),
     * the sentence starting with {@code about} (a file's name and "：" among several files, else "").
     */
    private void check(String about, EvidenceStore.Details d) {
        if (d.takenOn() != null && d.takenOn().isAfter(LocalDate.now(ws.database().clock()))) {
            throw new InputRejectedException(about + "拍摄日期（" + d.takenOn() + "）晚于今天，请核对");
        }
        InputRejectedException.refuseIf(TextLimits.evidenceDescription(d.title(), d.caption(), d.photographer(), d.notes())
                .map(why -> about + why));
    }

    /**
     * Changes what is said about a stored file (标题, 图片说明, 摄影, 拍摄日期, 备注; blank text is none) in one transaction, audited
     * with before and after; refused as {@link #add} refuses a description, writing nothing. Returns whether anything
     * changed (an unchanged description writes nothing).
     */
    public boolean describe(int evidenceId, Description d) {
        EvidenceStore.Details details = new EvidenceStore.Details(d.title(), d.caption(), d.photographer(), d.takenOn(),
                d.notes());
        check("", details);
        return ws.database().write(ws.operator(), tx -> store.describe(tx, row(tx, evidenceId), details));
    }

    /** How many links {@link #linkAll} added, and how many of the files were linked to the record already. */
    public record Linked(int added, int already) {
    }

    /**
     * Links each of the files to one record, all in one transaction, audited; a file linked to it already adds
     * nothing. Refused, writing nothing, when the record or a file no longer exists.
     */
    public Linked linkAll(Collection<Integer> evidenceIds, EvidenceRecordType type, int recordId) {
        if (!targets.exists(type, recordId)) {
            throw new InputRejectedException("要关联的" + Terms.label(type) + "记录已不存在（可能已被作废或删除），请重新选择");
        }
        Set<Integer> files = new LinkedHashSet<>(evidenceIds);
        return ws.database().write(ws.operator(), tx -> {
            int added = 0;
            for (int id : files) {
                row(tx, id);
                if (store.link(tx, id, type, recordId)) {
                    added++;
                }
            }
            return new Linked(added, files.size() - added);
        });
    }

    /** A stored file's row read in {@code tx}; refused when there is none (deleted meanwhile, or a wrong id). */
    private EvidenceRecord row(Tx tx, int evidenceId) {
        EvidenceRecord row = store.row(tx, evidenceId);
        if (row == null) {
            throw new InputRejectedException("找不到这个佐证材料（编号 " + evidenceId + "），请刷新后再试");
        }
        return row;
    }

    /** A link of a file to a record, to be removed. */
    public record Link(int evidenceId, EvidenceRecordType type, int recordId) {
    }

    /** Removes these links in one transaction, audited (the files and the records stay); returns how many there were. */
    public int unlinkAll(Collection<Link> links) {
        return ws.database().write(ws.operator(), tx -> {
            int removed = 0;
            for (Link l : links) {
                if (store.unlink(tx, l.evidenceId(), l.type(), l.recordId())) {
                    removed++;
                }
            }
            return removed;
        });
    }

    /** At most this many records are listed by {@link #targets}; narrow the filter for the others. */
    public static final int TARGET_LIMIT = 500;

    /**
     * The records of {@code type} a file can be linked to, for a picker, newest first: of {@code year}, of the unit
     * {@code unitId} and those under it, of {@code meetingType}, with {@code words} in their text (each null: any;
     * each used where {@link LinkTarget} says the kind has it). At most {@link #TARGET_LIMIT}.
     */
    public LinkTarget.Found targets(EvidenceRecordType type, Integer year, Integer unitId, MeetingType meetingType,
                                    String words) {
        Collection<Integer> units = unitId == null ? null
                : new OrgRepository(ws.database()).subtreeIds(unitId);
        List<EvidenceTargets.Target> rows = targets.find(type, new EvidenceTargets.Query(
                LinkTarget.byYear(type) ? year : null, units, type == EvidenceRecordType.MEETING ? meetingType : null,
                words, TARGET_LIMIT + 1));
        return new LinkTarget.Found(rows.stream().limit(TARGET_LIMIT)
                .map(t -> new LinkTarget(t.type(), t.id(), t.day(), t.unit(), t.meetingTypes(), t.text())).toList(),
                rows.size() > TARGET_LIMIT);
    }

    public void link(int evidenceId, EvidenceRecordType type, int recordId) {
        ws.database().write(ws.operator(), tx -> store.link(tx, evidenceId, type, recordId));
    }

    public void unlink(int evidenceId, EvidenceRecordType type, int recordId) {
        ws.database().write(ws.operator(), tx -> {
            store.unlink(tx, evidenceId, type, recordId);
            return null;
        });
    }

    /** The files linked to a record, oldest first. */
    public List<EvidenceItem> linkedTo(EvidenceRecordType type, int recordId) {
        return store.linkedTo(type, recordId).stream().map(EvidenceService::item).toList();
    }

    /** The records each of these files proves (kind, id and a short name), in the order of kind and id. */
    public Map<Integer, List<ProvenRecord>> proves(List<Integer> evidenceIds) {
        Map<Integer, List<ProvenRecord>> out = new java.util.HashMap<>();
        store.linkedRecords(evidenceIds).forEach((id, links) -> out.put(id, links.stream()
                .map(l -> new ProvenRecord(l.type(), l.recordId(), l.name())).toList()));
        return out;
    }

    /** The newest {@code limit} files, newest first. */
    public List<EvidenceItem> recent(int limit) {
        return store.recent(limit).stream().map(EvidenceService::item).toList();
    }

    private static EvidenceItem item(org.partydesk.store.jooq.tables.records.EvidenceRecord r) {
        return new EvidenceItem(r.getId(), r.getOriginalName(), r.getTitle(), r.getCaption(), r.getPhotographer(),
                r.getTakenOn(), r.getSizeBytes() == null ? 0 : r.getSizeBytes(), r.getAddedAt(), r.getNotes());
    }

    public EvidenceStore.Verification verify() {
        return store.verify();
    }

    /** What a screen shows of {@link #verify()}: counts and the files concerned, as text. */
    public record Check(int checked, List<String> missing, List<String> changed, List<String> unreferenced) {
        public boolean ok() {
            return missing.isEmpty() && changed.isEmpty() && unreferenced.isEmpty();
        }
    }

    /** Hashes every stored file again, as {@link #verify()}, for a screen. */
    public Check check() {
        EvidenceStore.Verification v = store.verify();
        return new Check(v.checked(), List.copyOf(v.missing()), List.copyOf(v.changed()),
                v.unreferenced().stream().map(Path::toString).toList());
    }

    /**
     * The stored files linked to a record of {@code linkedTo} (null: all files) and dated in {@code year}
     * (null: any) by the date taken, else the day added; newest taken first.
     */
    public List<EvidenceFile> files(EvidenceRecordType linkedTo, Integer year) {
        List<EvidenceRecord> rows = store.find(linkedTo, year);
        Map<Integer, Set<EvidenceRecordType>> links = store.linkTypes(rows.stream().map(EvidenceRecord::getId).toList());
        return rows.stream().map(r -> new EvidenceFile(r.getId(), r.getOriginalName(), r.getMediaType(),
                        r.getSizeBytes() == null ? 0 : r.getSizeBytes(), r.getTitle(), r.getCaption(), r.getPhotographer(),
                        r.getTakenOn(), r.getAddedAt(), store.fileOf(r).toAbsolutePath(),
                        links.getOrDefault(r.getId(), Set.of()), r.getNotes()))
                .toList();
    }
}
