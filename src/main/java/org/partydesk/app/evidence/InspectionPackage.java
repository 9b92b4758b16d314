package org.partydesk.app.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.logic.FileNames;
import org.partydesk.logic.Terms;
import org.partydesk.model.EvidenceRecordType;
import org.partydesk.model.MeetingType;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;
import org.partydesk.model.OutputFiles;
import org.partydesk.office.IndexWorkbook;
import org.partydesk.store.EvidenceFiles;
import org.partydesk.store.InspectionQueries;
import org.partydesk.store.OrgRepository;

/**
 * 迎检材料: a zip an inspector can browse with no software of ours. Folders by area and branch
 * ({@code 01-三会一课/机关第一党支部/2025-03-08 支部委员会/}), each file under a readable, sanitised name,
 * and {@code 目录.xlsx} at the top listing every file, the record it proves and the record's key figures.
 * The zip is written to a temporary file and renamed when complete.
 */
public final class InspectionPackage {
    public static final String INDEX_NAME = "目录.xlsx";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final Workspace ws;

    public InspectionPackage(Workspace ws) {
        this.ws = ws;
    }

    public record Result(Path zip, int files, int records) {
    }

    /** Builds the package of {@code year}, for one branch (and its cells) when {@code branchName} is given. */
    public Result build(int year, String branchName, Path out, Progress progress) {
        org.partydesk.app.OutputPaths.check(ws, out, ".zip");
        Set<Integer> units = branchName == null ? null : unitsOf(branchName);
        List<InspectionQueries.Row> rows = new InspectionQueries(ws.database()).rows(year, units);
        Path folder = ws.database().evidenceFolder();
        List<String> missing = new ArrayList<>();
        for (InspectionQueries.Row r : rows) {
            if (!Files.isRegularFile(fileOf(folder, r))) {
                missing.add(r.originalName());
            }
        }
        if (!missing.isEmpty()) {
            throw new InputRejectedException("佐证材料文件缺失，未生成迎检材料：" + String.join("、", missing)
                    + "。请先运行“检查”(verify) 找出缺失的文件");
        }

        Map<String, FileNames.Unique> namesPerFolder = new HashMap<>();
        Map<String, String> recordFolders = new LinkedHashMap<>();
        List<List<String>> index = new ArrayList<>();
        Path parent = out.toAbsolutePath().getParent();
        Path partial = null;
        try {
            Files.createDirectories(parent);
            OutputFiles.removeStaleParts(out); // what a killed package of this file left
            partial = OutputFiles.createPart(out);
            try (OutputStream os = Files.newOutputStream(partial);
                 ZipArchiveOutputStream zip = new ZipArchiveOutputStream(os)) {
                // names in UTF-8, flagged so and repeated in Info-ZIP's Unicode path field, in entries made "on Unix":
                // the unzip of Debian, 统信UOS and 麒麟 otherwise reads an entry made "on MS-DOS" in the DOS code page
                // and garbles every Chinese name; Windows' Explorer reads the flag
                zip.setEncoding("UTF-8");
                zip.setUseLanguageEncodingFlag(true);
                zip.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.ALWAYS);
                int n = 0;
                for (InspectionQueries.Row r : rows) {
                    progress.checkCancelled();
                    progress.update(n, rows.size(), r.originalName());
                    String recordKey = r.recordType() + "#" + r.recordId();
                    String recordFolder = recordFolders.computeIfAbsent(recordKey, k -> {
                        String[] parts = folderParts(r);
                        String area = parts[0] + "/" + parts[1];
                        String leaf = namesPerFolder.computeIfAbsent(area, a -> new FileNames.Unique()).next(parts[2]);
                        return area + "/" + leaf;
                    });
                    String ext = EvidenceFiles.extensionOf(r.originalName());
                    String stem = r.title() != null && !r.title().isBlank() ? r.title() : stemOf(r.originalName());
                    String fileName = FileNames.sanitize(ext.isEmpty() ? stem : stem + "." + ext);
                    fileName = namesPerFolder.computeIfAbsent(recordFolder, f -> new FileNames.Unique()).next(fileName);
                    String entry = recordFolder + "/" + fileName;
                    zip.putArchiveEntry(entry(entry));
                    Files.copy(fileOf(folder, r), zip);
                    zip.closeArchiveEntry();
                    index.add(Arrays.asList(String.valueOf(++n), Terms.label(r.recordType()), r.unitName(),
                            r.date() == null ? "" : DAY.format(r.date()), r.recordTitle(), keyFigures(r), entry,
                            r.originalName(), r.caption(), r.photographer()));
                }
                zip.putArchiveEntry(entry(INDEX_NAME));
                String title = ws.setting(Workspace.BUREAU_NAME_SETTING).orElse("") + year + "年迎检材料目录"
                        + (branchName == null ? "" : "（" + branchName + "）");
                IndexWorkbook.write(new NonClosing(zip), "目录", title,
                        List.of("序号", "类别", "归属", "日期", "记录", "关键数据", "包内文件", "原文件名", "图片说明", "摄影"),
                        index, new int[] {6, 12, 22, 12, 36, 30, 60, 24, 40, 10});
                zip.closeArchiveEntry();
            }
            OutputFiles.useUmaskMode(partial);
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            progress.update(rows.size(), rows.size(), "");
            return new Result(out, rows.size(), recordFolders.size());
        } catch (IOException e) {
            throw new IllegalStateException("生成迎检材料失败：" + e.getMessage(), e);
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // a leftover .part file never carries the package's final name
                }
            }
        }
    }

    private Set<Integer> unitsOf(String branchName) {
        OrgRepository orgs = new OrgRepository(ws.database());
        List<OrgUnit> matches = orgs.all().stream()
                .filter(u -> u.name().equals(branchName.strip()) && u.kind() != OrgKind.CELL).toList();
        if (matches.isEmpty()) {
            throw new InputRejectedException("找不到党组织“" + branchName + "”，请检查名称");
        }
        return matches.stream().flatMap(u -> orgs.subtreeIds(u.id()).stream()).collect(Collectors.toSet());
    }

    /** Area folder, group folder, record folder — each already sanitised. */
    private static String[] folderParts(InspectionQueries.Row r) {
        String day = r.date() == null ? "" : DAY.format(r.date()) + " ";
        return switch (r.recordType()) {
            case MEETING -> new String[] {"01-三会一课", FileNames.sanitize(r.unitName()), FileNames.sanitize(day + typeLabels(r.meetingTypes()))};
            case PROGRESS_RECORD -> new String[] {"02-责任清单", FileNames.sanitize(r.unitName()), FileNames.sanitize(day + r.recordTitle())};
            case RESPONSIBILITY_LETTER -> new String[] {"03-责任书", FileNames.sanitize(r.recordTitle()), FileNames.sanitize(day + r.recordTitle())};
            case COMMENDATION -> new String[] {"04-评先创优", FileNames.sanitize(r.unitName()), FileNames.sanitize((day + r.recordTitle()).strip())};
            default -> new String[] {"05-其他", FileNames.sanitize(Terms.label(r.recordType())), FileNames.sanitize(day + r.recordId())};
        };
    }

    private static String typeLabels(String types) {
        if (types == null || types.isBlank()) {
            return "会议";
        }
        return Arrays.stream(types.split(",")).map(String::strip).map(MeetingType::valueOf).sorted()
                .map(Terms::label).collect(Collectors.joining("、"));
    }

    private static String keyFigures(InspectionQueries.Row r) {
        return switch (r.recordType()) {
            case MEETING -> "主题：" + r.recordTitle() + "；应到" + r.expected() + "人，实到" + r.present() + "人，请假" + r.onLeave()
                    + "人，缺席" + r.absent() + "人";
            case COMMENDATION -> "获奖对象" + r.recipients() + "个" + (r.recordTitle().isEmpty() ? "" : "，文号" + r.recordTitle());
            case RESPONSIBILITY_LETTER -> "签订：" + r.recordTitle();
            default -> "";
        };
    }

    private static Path fileOf(Path folder, InspectionQueries.Row r) {
        return EvidenceFiles.pathFor(folder, r.sha256(), EvidenceFiles.extensionOf(r.originalName()));
    }

    private static String stemOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** POI closes the stream it writes to; the zip entry must stay open for the next entries. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** An entry of the package, a file readable by all as on Unix (see the stream's settings for why). */
    private static ZipArchiveEntry entry(String name) {
        ZipArchiveEntry e = new ZipArchiveEntry(name);
        e.setUnixMode(0100644);
        return e;
    }

}
