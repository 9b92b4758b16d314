package org.partydesk.gui.evidence;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.partydesk.app.Progress;
import org.partydesk.app.evidence.EvidenceFile;
import org.partydesk.app.evidence.EvidenceItem;
import org.partydesk.app.evidence.EvidenceService;
import org.partydesk.app.evidence.InspectionPackage;
import org.partydesk.app.evidence.ProvenRecord;
import org.partydesk.gui.common.I18n;
import org.partydesk.model.EvidenceRecordType;

/**
 * 佐证材料 without controls: the newest files with what each proves, in words; the picture wall's files for a kind of
 * record and a year with their captions; adding files; the check of the stored files as the clerk reads it; and the
 * inspection package. It touches no control, so both views ({@link EvidenceSection}, {@link EvidenceView}) run
 * its reads and writes through the shell's executor.
 */
final class EvidenceModel {
    /** How many lines of each kind the check's details list before "… and N more". */
    static final int DETAIL_LINES = 20;

    private final EvidenceService evidence;
    private final InspectionPackage inspection;
    private final I18n i18n;

    EvidenceModel(EvidenceService evidence, InspectionPackage inspection, I18n i18n) {
        this.evidence = evidence;
        this.inspection = inspection;
        this.i18n = i18n;
    }

    /** The newest {@code limit} files, each with what it proves. */
    List<EvidenceSection.Row> recent(int limit) {
        List<EvidenceItem> recent = evidence.recent(limit);
        Map<Integer, List<ProvenRecord>> proves = evidence.proves(recent.stream().map(EvidenceItem::id).toList());
        return recent.stream()
                .map(e -> {
                    List<ProvenRecord> records = proves.getOrDefault(e.id(), List.of());
                    return new EvidenceSection.Row(e, records, EvidenceSection.provesText(i18n, records));
                })
                .toList();
    }

    /** The files proving a kind of record (null: any) of a year (null: any), for the picture wall. */
    List<EvidenceFile> files(EvidenceRecordType type, Integer year) {
        return evidence.files(type, year);
    }

    /** The picture wall's files and the records each proves. */
    record Gallery(List<EvidenceFile> files, Map<Integer, List<ProvenRecord>> proves) {
    }

    /** {@link #files} with the records each file proves, read in one go. */
    Gallery gallery(EvidenceRecordType type, Integer year) {
        List<EvidenceFile> files = files(type, year);
        return new Gallery(files, evidence.proves(files.stream().map(EvidenceFile::id).toList()));
    }

    /** Adds files with the same details, all or nothing; the number added. */
    int addAll(List<Path> files, EvidenceService.Description details, Progress progress) {
        return evidence.addAll(files, details, progress);
    }

    /** Adds files without details (dropped on the picture wall), all or nothing; their ids. */
    List<Integer> addFiles(List<Path> files, Progress progress) {
        return evidence.addFiles(files, null, null, progress);
    }

    /** Hashes every stored file again. */
    EvidenceService.Check check() {
        return evidence.check();
    }

    /** The check in one line: how many files were checked, missing, changed and stray. */
    String summary(EvidenceService.Check check) {
        return i18n.format("evidence.verify.summary", String.valueOf(check.checked()),
                String.valueOf(check.missing().size()), String.valueOf(check.changed().size()),
                String.valueOf(check.unreferenced().size()));
    }

    /** The check as the dialog shows it: the summary, then the files of each kind, at most {@link #DETAIL_LINES}. */
    String report(EvidenceService.Check check) {
        StringBuilder text = new StringBuilder(summary(check));
        details(text, "evidence.verify.missing", check.missing());
        details(text, "evidence.verify.changed", check.changed());
        details(text, "evidence.verify.unreferenced", check.unreferenced());
        return text.toString();
    }

    private void details(StringBuilder text, String key, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        text.append("\n\n").append(i18n.text(key));
        lines.stream().limit(DETAIL_LINES).forEach(line -> text.append("\n").append(line));
        if (lines.size() > DETAIL_LINES) {
            text.append("\n").append(i18n.format("evidence.verify.more", String.valueOf(lines.size() - DETAIL_LINES)));
        }
    }

    /** The check as the list's notice says it. */
    String notice(EvidenceService.Check check) {
        return check.ok() ? i18n.format("evidence.verified", check.checked())
                : i18n.format("evidence.problems", check.missing().size(), check.changed().size(), check.unreferenced().size());
    }

    /** Builds the inspection package of {@code year} into {@code out}. */
    InspectionPackage.Result buildPackage(int year, Path out, Progress progress) {
        return inspection.build(year, null, out, progress);
    }

    /** What a tile says under its picture: the caption (else title, else file name) and who took it. */
    String caption(EvidenceFile f) {
        String text = f.caption() != null ? f.caption() : f.title() != null ? f.title() : f.originalName();
        return f.photographer() == null || text.contains(f.photographer()) ? text
                : i18n.format("evidence.tile.photographer", text, f.photographer());
    }

    /** The tile's tooltip: the file's name, size and the records it proves. */
    String tooltip(EvidenceFile f, List<ProvenRecord> proves) {
        String tip = i18n.format("evidence.tile.tooltip", f.originalName(),
                String.format(Locale.ROOT, "%.1f", f.sizeBytes() / 1024.0), EvidenceSection.provesText(i18n, proves));
        return f.notes() == null ? tip : tip + "\n" + i18n.format("evidence.tile.notes", f.notes());
    }

    /** A file's type as a tile shows it without a picture: PDF, DOCX … ("?" without one). */
    static String extension(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "?" : name.substring(dot + 1).toUpperCase(Locale.ROOT);
    }
}
