package org.partydesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.partydesk.model.EvidenceRecordType;
import org.partydesk.store.jooq.tables.records.EvidenceLinkRecord;
import org.partydesk.store.jooq.tables.records.EvidenceRecord;

import static org.partydesk.store.jooq.Tables.EVIDENCE;
import static org.partydesk.store.jooq.Tables.COMMENDATION;
import static org.partydesk.store.jooq.Tables.EVIDENCE_LINK;
import static org.partydesk.store.jooq.Tables.MEETING;
import static org.partydesk.store.jooq.Tables.MEMBER;
import static org.partydesk.store.jooq.Tables.ORG_UNIT;
import static org.partydesk.store.jooq.Tables.PROGRESS_RECORD;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_ITEM;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_LETTER;

/**
 * 佐证材料: files of any kind copied into the database's evidence folder under their SHA-256, with
 * their original name, type, size, title, caption, photographer, date taken and notes in the database,
 * and links to any record.
 */
public final class EvidenceStore {
    private static final Map<String, String> MEDIA_TYPES = Map.ofEntries(
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"), Map.entry("bmp", "image/bmp"), Map.entry("webp", "image/webp"),
            Map.entry("tif", "image/tiff"), Map.entry("tiff", "image/tiff"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("wps", "application/vnd.ms-works"), Map.entry("ofd", "application/ofd"),
            Map.entry("txt", "text/plain"), Map.entry("mp4", "video/mp4"), Map.entry("zip", "application/zip"));

    private final Database db;

    public EvidenceStore(Database db) {
        this.db = db;
    }

    /** What the clerk tells about a file when adding it. */
    public record Details(String title, String caption, String photographer, LocalDate takenOn, String notes) {
        public static Details none() {
            return new Details(null, null, null, null, null);
        }
    }

    /** The result of adding a file: its evidence id, and whether the same content was already stored. */
    public record Added(int evidenceId, String sha256, boolean alreadyStored) {
    }

    public static String mediaTypeOf(String fileName) {
        return MEDIA_TYPES.getOrDefault(EvidenceFiles.extensionOf(fileName), "application/octet-stream");
    }

    /**
     * Copies {@code source} into the evidence folder and records it in this transaction. A file whose
     * content is already stored is not stored again: its existing id is returned.
     *
     * @throws EvidenceRejectedException when the file cannot be read or is larger than {@code maxBytes}
     */
    public Added add(Tx tx, Path source, String originalName, Details details, long maxBytes) {
        if (!Files.isRegularFile(source) || !Files.isReadable(source)) {
            throw new EvidenceRejectedException(source, "文件不存在或无法读取");
        }
        long size;
        try {
            size = Files.size(source);
        } catch (IOException e) {
            throw new EvidenceRejectedException(source, "无法读取文件大小：" + e.getMessage());
        }
        if (size > maxBytes) {
            throw new EvidenceRejectedException(source, String.format(Locale.ROOT,
                    "文件大小 %.1f MB，超过设置的上限 %.1f MB", size / 1048576.0, maxBytes / 1048576.0));
        }
        if (size == 0) {
            throw new EvidenceRejectedException(source, "文件是空的");
        }
        Path folder = db.evidenceFolder();
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, ".incoming-", ".part");
            MessageDigest digest = EvidenceFiles.digest();
            try (InputStream in = Files.newInputStream(source);
                 OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
                in.transferTo(out);
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            EvidenceRecord existing = tx.dsl().selectFrom(EVIDENCE).where(EVIDENCE.SHA256.eq(sha)).fetchOne();
            String ext = EvidenceFiles.extensionOf(originalName);
            Path target = EvidenceFiles.pathFor(folder, sha, ext);
            if (existing != null) {
                Path stored = EvidenceFiles.pathFor(folder, sha, EvidenceFiles.extensionOf(existing.getOriginalName()));
                if (!Files.exists(stored)) {
                    // the record is there but its file went missing: this copy mends it
                    Files.createDirectories(stored.getParent());
                    Files.move(temp, stored, StandardCopyOption.ATOMIC_MOVE);
                }
                return new Added(existing.getId(), sha, true);
            }
            Files.createDirectories(target.getParent());
            if (!Files.exists(target)) {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            EvidenceRecord r = tx.dsl().newRecord(EVIDENCE);
            r.setSha256(sha);
            r.setOriginalName(originalName);
            r.setMediaType(mediaTypeOf(originalName));
            r.setSizeBytes((int) Math.min(Integer.MAX_VALUE, size));
            r.setTitle(blankToNull(details.title()));
            r.setCaption(blankToNull(details.caption()));
            r.setPhotographer(blankToNull(details.photographer()));
            r.setTakenOn(details.takenOn());
            r.setNotes(blankToNull(details.notes()));
            r.setAddedAt(tx.now());
            return new Added(tx.insert(r), sha, false);
        } catch (IOException e) {
            throw new EvidenceRejectedException(source, "复制文件失败：" + e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover .part file is listed by verify and harmless
                }
            }
        }
    }

    /** The row of a stored file read in this transaction, for a change; null when there is none. */
    public EvidenceRecord row(Tx tx, int evidenceId) {
        return tx.dsl().selectFrom(EVIDENCE).where(EVIDENCE.ID.eq(evidenceId)).fetchOne();
    }

    /**
     * Changes what the clerk says about a stored file (its title, caption, photographer, date taken and 备注; blank text
     * is kept as none), audited with before and after. Returns false when nothing changed (no audit row).
     */
    public boolean describe(Tx tx, EvidenceRecord r, Details details) {
        String title = blankToNull(details.title());
        String caption = blankToNull(details.caption());
        String photographer = blankToNull(details.photographer());
        String notes = blankToNull(details.notes());
        // only what differs is set, so that an unchanged form writes no audit row
        boolean changed = !Objects.equals(r.getTitle(), title) || !Objects.equals(r.getCaption(), caption)
                || !Objects.equals(r.getPhotographer(), photographer) || !Objects.equals(r.getTakenOn(), details.takenOn())
                || !Objects.equals(r.getNotes(), notes);
        if (changed) {
            r.setTitle(title);
            r.setCaption(caption);
            r.setPhotographer(photographer);
            r.setTakenOn(details.takenOn());
            r.setNotes(notes);
            tx.update(r);
        }
        return changed;
    }

    /** Links a stored file to a record; linking twice changes nothing. Returns whether a link was added. */
    public boolean link(Tx tx, int evidenceId, EvidenceRecordType type, int recordId) {
        boolean exists = tx.dsl().fetchExists(EVIDENCE_LINK, EVIDENCE_LINK.EVIDENCE_ID.eq(evidenceId)
                .and(EVIDENCE_LINK.RECORD_TYPE.eq(type.name())).and(EVIDENCE_LINK.RECORD_ID.eq(recordId)));
        if (exists) {
            return false;
        }
        EvidenceLinkRecord l = tx.dsl().newRecord(EVIDENCE_LINK);
        l.setEvidenceId(evidenceId);
        l.setRecordType(type.name());
        l.setRecordId(recordId);
        tx.insert(l);
        return true;
    }

    /** Removes a link, audited; returns whether there was one. */
    public boolean unlink(Tx tx, int evidenceId, EvidenceRecordType type, int recordId) {
        EvidenceLinkRecord l = tx.dsl().selectFrom(EVIDENCE_LINK).where(EVIDENCE_LINK.EVIDENCE_ID.eq(evidenceId)
                .and(EVIDENCE_LINK.RECORD_TYPE.eq(type.name())).and(EVIDENCE_LINK.RECORD_ID.eq(recordId))).fetchOne();
        if (l != null) {
            tx.delete(l);
        }
        return l != null;
    }

    /** The stored file of an evidence row. */
    public Path fileOf(EvidenceRecord r) {
        return EvidenceFiles.pathFor(db.evidenceFolder(), r.getSha256(), EvidenceFiles.extensionOf(r.getOriginalName()));
    }

    /** Evidence rows linked to a record, oldest first. */
    public List<EvidenceRecord> linkedTo(EvidenceRecordType type, int recordId) {
        return db.read().select(EVIDENCE.fields()).from(EVIDENCE).join(EVIDENCE_LINK).on(EVIDENCE_LINK.EVIDENCE_ID.eq(EVIDENCE.ID))
                .where(EVIDENCE_LINK.RECORD_TYPE.eq(type.name()).and(EVIDENCE_LINK.RECORD_ID.eq(recordId)))
                .orderBy(EVIDENCE.TAKEN_ON.asc().nullsLast(), EVIDENCE.ID).fetchInto(EVIDENCE);
    }

    /** The newest evidence rows, newest first. */
    public List<EvidenceRecord> recent(int limit) {
        return db.read().selectFrom(EVIDENCE).orderBy(EVIDENCE.ID.desc()).limit(limit).fetch();
    }

    /**
     * Stored files, newest taken first, then those without a date taken by when they were added: those linked to a record of {@code linkedTo} (null: any, linked or not),
     * dated in {@code year} (null: any) by the date taken, else by the day they were added.
     */
    public List<EvidenceRecord> find(EvidenceRecordType linkedTo, Integer year) {
        Condition where = DSL.trueCondition();
        if (linkedTo != null) {
            where = where.and(EVIDENCE.ID.in(DSL.select(EVIDENCE_LINK.EVIDENCE_ID).from(EVIDENCE_LINK)
                    .where(EVIDENCE_LINK.RECORD_TYPE.eq(linkedTo.name()))));
        }
        if (year != null) {
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate next = first.plusYears(1);
            where = where.and(EVIDENCE.TAKEN_ON.ge(first).and(EVIDENCE.TAKEN_ON.lt(next))
                    .or(EVIDENCE.TAKEN_ON.isNull().and(EVIDENCE.ADDED_AT.ge(first.atStartOfDay()))
                            .and(EVIDENCE.ADDED_AT.lt(next.atStartOfDay()))));
        }
        // newest first by the day each is dated (taken, else added): a photo added today without a date taken is not
        // put after every dated one
        Field<String> day = DSL.coalesce(EVIDENCE.TAKEN_ON.cast(SQLDataType.VARCHAR),
                DSL.substring(EVIDENCE.ADDED_AT.cast(SQLDataType.VARCHAR), 1, 10));
        return db.read().selectFrom(EVIDENCE).where(where)
                .orderBy(day.desc(), EVIDENCE.ADDED_AT.desc(), EVIDENCE.ID.desc())
                .fetch();
    }

    /** The record types each of these files is linked to. */
    public Map<Integer, Set<EvidenceRecordType>> linkTypes(Collection<Integer> evidenceIds) {
        Map<Integer, Set<EvidenceRecordType>> out = new HashMap<>();
        if (evidenceIds.isEmpty()) {
            return out;
        }
        db.read().selectDistinct(EVIDENCE_LINK.EVIDENCE_ID, EVIDENCE_LINK.RECORD_TYPE).from(EVIDENCE_LINK)
                .where(EVIDENCE_LINK.EVIDENCE_ID.in(evidenceIds))
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> EnumSet.noneOf(EvidenceRecordType.class))
                        .add(EvidenceRecordType.valueOf(r.value2())));
        return out;
    }

    /** A record a file is linked to (proves), with a short name of it: the meeting's day and theme, the person … */
    public record LinkedRecord(EvidenceRecordType type, int recordId, String name) {
    }

    /** The records each of these files proves, named (at most one query per kind of record). */
    public Map<Integer, List<LinkedRecord>> linkedRecords(Collection<Integer> evidenceIds) {
        Map<Integer, List<LinkedRecord>> out = new HashMap<>();
        if (evidenceIds.isEmpty()) {
            return out;
        }
        var links = db.read().select(EVIDENCE_LINK.EVIDENCE_ID, EVIDENCE_LINK.RECORD_TYPE, EVIDENCE_LINK.RECORD_ID)
                .from(EVIDENCE_LINK).where(EVIDENCE_LINK.EVIDENCE_ID.in(evidenceIds))
                .orderBy(EVIDENCE_LINK.EVIDENCE_ID, EVIDENCE_LINK.RECORD_TYPE, EVIDENCE_LINK.RECORD_ID).fetch();
        Map<EvidenceRecordType, Set<Integer>> idsByType = new HashMap<>();
        links.forEach(l -> idsByType.computeIfAbsent(EvidenceRecordType.valueOf(l.value2()), k -> new HashSet<>()).add(l.value3()));
        Map<EvidenceRecordType, Map<Integer, String>> names = new HashMap<>();
        idsByType.forEach((type, ids) -> names.put(type, names(type, ids)));
        links.forEach(l -> {
            EvidenceRecordType type = EvidenceRecordType.valueOf(l.value2());
            out.computeIfAbsent(l.value1(), k -> new ArrayList<>()).add(new LinkedRecord(type, l.value3(),
                    names.get(type).getOrDefault(l.value3(), "#" + l.value3())));
        });
        return out;
    }

    private Map<Integer, String> names(EvidenceRecordType type, Set<Integer> ids) {
        var dsl = db.read();
        return switch (type) {
            case MEETING -> dsl.select(MEETING.ID, MEETING.HELD_AT, MEETING.THEME).from(MEETING).where(MEETING.ID.in(ids))
                    .fetchMap(r -> r.value1(), r -> r.value2().toLocalDate() + " " + r.value3());
            case PROGRESS_RECORD -> dsl.select(PROGRESS_RECORD.ID, PROGRESS_RECORD.RECORDED_ON, PROGRESS_RECORD.TEXT)
                    .from(PROGRESS_RECORD).where(PROGRESS_RECORD.ID.in(ids))
                    .fetchMap(r -> r.value1(), r -> r.value2() + " " + r.value3());
            case RESPONSIBILITY_LETTER -> dsl.select(RESPONSIBILITY_LETTER.ID, RESPONSIBILITY_LETTER.TITLE)
                    .from(RESPONSIBILITY_LETTER).where(RESPONSIBILITY_LETTER.ID.in(ids)).fetchMap(r -> r.value1(), r -> r.value2());
            case COMMENDATION -> dsl.select(COMMENDATION.ID, COMMENDATION.AWARDED_ON, COMMENDATION.TITLE).from(COMMENDATION)
                    .where(COMMENDATION.ID.in(ids)).fetchMap(r -> r.value1(), r -> r.value2() + " " + r.value3());
            case MEMBER -> dsl.select(MEMBER.ID, MEMBER.NAME).from(MEMBER).where(MEMBER.ID.in(ids))
                    .fetchMap(r -> r.value1(), r -> r.value2());
            case RESPONSIBILITY_ITEM -> dsl.select(RESPONSIBILITY_ITEM.ID, RESPONSIBILITY_ITEM.TEXT).from(RESPONSIBILITY_ITEM)
                    .where(RESPONSIBILITY_ITEM.ID.in(ids)).fetchMap(r -> r.value1(), r -> r.value2());
            case ORG_UNIT -> dsl.select(ORG_UNIT.ID, ORG_UNIT.NAME).from(ORG_UNIT).where(ORG_UNIT.ID.in(ids))
                    .fetchMap(r -> r.value1(), r -> r.value2());
        };
    }

    /** The outcome of checking every stored file against its hash. */
    public record Verification(List<String> missing, List<String> changed, List<Path> unreferenced, int checked) {
        public boolean ok() {
            return missing.isEmpty() && changed.isEmpty() && unreferenced.isEmpty();
        }
    }

    /** Hashes every stored file again: missing files, changed files, and files no row refers to. */
    public Verification verify() {
        List<String> missing = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        Set<Path> known = new HashSet<>();
        int checked = 0;
        for (EvidenceRecord r : db.read().selectFrom(EVIDENCE).orderBy(EVIDENCE.ID).fetch()) {
            checked++;
            if (!EvidenceFiles.isSha256(r.getSha256())) {
                changed.add("#" + r.getId() + " " + r.getOriginalName() + "：文件标识“" + r.getSha256()
                        + "”不是有效的 SHA-256，记录被改动过");
                continue;
            }
            Path f = fileOf(r).toAbsolutePath().normalize();
            known.add(f);
            String label = "#" + r.getId() + " " + r.getOriginalName() + "（" + f + "）";
            if (!Files.isRegularFile(f)) {
                missing.add(label);
                continue;
            }
            try {
                if (!EvidenceFiles.sha256(f).equals(r.getSha256())) {
                    changed.add(label);
                }
            } catch (IOException e) {
                missing.add(label + "：" + e.getMessage());
            }
        }
        List<Path> unreferenced = new ArrayList<>();
        Path folder = db.evidenceFolder();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> s = Files.walk(folder)) {
                s.filter(Files::isRegularFile).map(p -> p.toAbsolutePath().normalize())
                        .filter(p -> !known.contains(p)).sorted().forEach(unreferenced::add);
            } catch (IOException e) {
                throw new StoreException("无法读取佐证材料文件夹 " + folder + "：" + e.getMessage(), e);
            }
        }
        return new Verification(missing, changed, unreferenced, checked);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
