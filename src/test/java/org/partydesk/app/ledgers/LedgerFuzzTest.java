package org.partydesk.app.ledgers;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.partydesk.store.jooq.Tables.AUDIT_LOG;
import static org.partydesk.store.jooq.Tables.COMMENDATION;
import static org.partydesk.store.jooq.Tables.COMMENDATION_RECIPIENT;
import static org.partydesk.store.jooq.Tables.COMMENDATION_TITLE;
import static org.partydesk.store.jooq.Tables.DEPARTMENT;
import static org.partydesk.store.jooq.Tables.MEMBER;
import static org.partydesk.store.jooq.Tables.MEMBERSHIP;
import static org.partydesk.store.jooq.Tables.ORG_UNIT;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_DEADLINE;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_ITEM;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_ITEM_OWNER;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_LIST;

/**
 * Fuzzing the ledger imports: 500 files made from the templates, messy hand-made ledgers and exports of
 * every kind (members, meetings, commendations, responsibility lists), each mutated (cut short, bytes flipped, cells of the wrong type, huge
 * cells, formulas, merged cells, hidden sheets, rows dropped or doubled, junk text, saved as .xls) and one
 * sheet formatted down to its millionth row. Each file either imports or is refused with a message naming
 * it (never another exception), and a refused import leaves every table as it was.
 */
class LedgerFuzzTest {
    static final int FILES = 500;
    static final long SEED = 20251127L;
    private static final List<Table<?>> TABLES = List.of(MEMBER, MEMBERSHIP, ORG_UNIT, DEPARTMENT, COMMENDATION,
            COMMENDATION_RECIPIENT, COMMENDATION_TITLE, RESPONSIBILITY_LIST, RESPONSIBILITY_ITEM, RESPONSIBILITY_DEADLINE,
            RESPONSIBILITY_ITEM_OWNER, AUDIT_LOG);
    private static final String[] NASTY = {"", " ", "　", "注：以下为说明", "=1+1", "=cmd|' /C calc'!A0", "\u0000\u0007",
            "1e308", "NaN", "-0", "2025-02-30", "9999-99-99", "0000年0月", "１．１．１", "1..1", "张三（", "（）", "、、、",
            "第一党支部（第一党支部）", "每季度每半年", "国家级、省级", "\uD83D\uDE00", "null", "TRUE", "#REF!", "1.1.1.1.1",
            "4201021985031712", "\t\n\r", "集体", "个人", "2025年13月", "202513", "20250230", "99"};

    @TempDir
    Path dir;

    record Seed(LedgerKind kind, Path file) {
    }

    @Test
    void mutatedLedgersImportOrAreRefusedWithAMessageAndRefusalsWriteNothing() throws Exception {
        long start = System.nanoTime();
        long fuzzing = 0;
        try (Workspace ws = Workspace.open(dir.resolve("fuzz.db"), "测试")) {
            LedgerFixture.build(ws);
            List<Seed> seeds = seeds(ws);
            Random rnd = new Random(SEED);
            fuzzing = System.nanoTime();
            Map<String, Integer> outcomes = new LinkedHashMap<>();
            for (int i = 0; i < FILES; i++) {
                Seed seed = seeds.get(rnd.nextInt(seeds.size()));
                String mutation;
                Path file;
                if (i == FILES / 2) {
                    mutation = "million blank formatted rows";
                    file = MillionRows.write(dir.resolve("m" + i + ".xlsx"), 1_000_000);
                    seed = new Seed(LedgerKind.MEMBERS, file);
                } else {
                    Mutant m = mutate(seed.file(), i, rnd);
                    mutation = m.what();
                    file = m.file();
                }
                outcomes.merge(importOnce(ws, seed.kind(), file, mutation), 1, Integer::sum);
                if (i % 50 == 49) {
                    try (var files = Files.list(dir)) {
                        for (Path p : files.filter(p -> p.getFileName().toString().startsWith("m")).toList()) {
                            Files.deleteIfExists(p);
                        }
                    }
                }
            }
            if (open != null) {
                open.close();
            }
            assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(FILES);
            assertThat(outcomes.get("imported")).as(outcomes.toString()).isGreaterThan(20);
            assertThat(outcomes.get("refused")).as(outcomes.toString()).isGreaterThan(100);
        }
        System.out.println("LedgerFuzzTest: set-up " + (fuzzing - start) / 1_000_000 + " ms, " + FILES + " files "
                + (System.nanoTime() - fuzzing) / 1_000_000 + " ms (for information: timings belong to the benchmark)");
    }

    /** Imports one file; returns "imported" or "refused", failing the test on anything else. */
    private String importOnce(Workspace ws, LedgerKind kind, Path file, String mutation) {
        Map<String, Integer> before = counts(ws);
        String name = file.getFileName().toString();
        try {
            LedgerImporter im = LedgerImporter.open(kind, ws, file, Progress.NONE);
            if (im.preview().hasErrors()) {
                assertThat(im.preview().errors()).allSatisfy(e -> assertThat(e.text()).startsWith(name));
                try {
                    im.apply(Progress.NONE);
                    fail(mutation + ": an import with errors was applied");
                } catch (InputRejectedException e) {
                    assertThat(counts(ws)).as(mutation).isEqualTo(before);
                    if (name.hashCode() % 7 == 0) {
                        im.writeAnnotated(dir.resolve("m-annotated-" + name + ".xlsx"));
                    }
                    return "refused";
                }
            }
            im.apply(Progress.NONE);
            return "imported";
        } catch (InputRejectedException e) {
            assertThat(e.getMessage()).as(mutation).contains(name).doesNotContain("Exception", "\tat ");
            assertThat(counts(ws)).as(mutation).isEqualTo(before);
            return "refused";
        } catch (RuntimeException | AssertionError e) {
            throw new AssertionError(kind + " " + name + " (" + mutation + "): " + e, e);
        }
    }

    private static Map<String, Integer> counts(Workspace ws) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Table<?> t : TABLES) {
            out.put(t.getName(), ws.database().read().fetchCount(t));
        }
        return out;
    }

    /**
     * The seeds: for each kind its template, a messy hand-made ledger (imported first, so the database has
     * something of every kind) and the export of what is then stored.
     */
    private List<Seed> seeds(Workspace ws) throws Exception {
        List<Seed> seeds = new ArrayList<>();
        seeds.add(new Seed(LedgerKind.COMMENDATIONS, CommendationLedgerTest.messy().xlsx(dir.resolve("seed-messy-commendations.xlsx"))));
        seeds.add(new Seed(LedgerKind.RESPONSIBILITIES, ResponsibilityLedgerTest.messy().xlsx(dir.resolve("seed-messy-responsibilities.xlsx"))));
        seeds.add(new Seed(LedgerKind.MEMBERS, LedgerImportTest.messy().xlsx(dir.resolve("seed-messy-members.xlsx"))));
        for (Seed seed : List.copyOf(seeds)) {
            LedgerImporter.open(seed.kind(), ws, seed.file(), Progress.NONE).apply(Progress.NONE);
        }
        seeds.add(new Seed(LedgerKind.MEETINGS, MeetingLedgerImportTest.messy().xlsx(dir.resolve("seed-messy-meetings.xlsx"))));
        for (LedgerKind kind : List.of(LedgerKind.MEMBERS, LedgerKind.MEETINGS, LedgerKind.COMMENDATIONS, LedgerKind.RESPONSIBILITIES)) {
            Path template = dir.resolve("seed-template-" + kind.id() + ".xlsx");
            LedgerTemplate.write(kind, template);
            seeds.add(new Seed(kind, template));
            Path export = dir.resolve("seed-export-" + kind.id() + ".xlsx");
            LedgerExport.export(kind, ws, export, new LedgerExport.Options(null, null, true), Progress.NONE);
            seeds.add(new Seed(kind, export));
        }
        return seeds;
    }

    record Mutant(Path file, String what) {
    }

    private Workbook open;
    private Path openSeed;
    private int edits;
    private String history;

    private Mutant mutate(Path seed, int i, Random rnd) throws Exception {
        byte[] bytes = Files.readAllBytes(seed);
        int kind = rnd.nextInt(12);
        Path out = dir.resolve("m" + i + (kind == 11 ? ".xls" : ".xlsx"));
        switch (kind) {
            case 0 -> {
                int cut = rnd.nextInt(bytes.length);
                Files.write(out, java.util.Arrays.copyOf(bytes, cut));
                return new Mutant(out, seed.getFileName() + " cut at " + cut);
            }
            case 1 -> {
                int flips = 1 + rnd.nextInt(8);
                for (int k = 0; k < flips; k++) {
                    int at = rnd.nextInt(bytes.length);
                    bytes[at] ^= (byte) (1 << rnd.nextInt(8));
                }
                Files.write(out, bytes);
                return new Mutant(out, seed.getFileName() + " " + flips + " bits flipped");
            }
            default -> {
                // edits pile up on an open workbook for a few files in a row: loading it is the slow part
                if (open == null || !seed.equals(openSeed) || edits >= 4) {
                    if (open != null) {
                        open.close();
                    }
                    open = new XSSFWorkbook(Files.newInputStream(seed));
                    openSeed = seed;
                    edits = 0;
                    history = seed.getFileName().toString();
                }
                edits++;
                history += ", " + edit(open, kind, rnd);
                if (kind == 11) {
                    try (HSSFWorkbook xls = toXls(open)) {
                        save(xls, out);
                    }
                } else {
                    save(open, out);
                }
                return new Mutant(out, history);
            }
        }
    }

    /** One structural change of the first sheet; returns what it did. */
    private static String edit(Workbook wb, int kind, Random rnd) {
        Sheet sheet = wb.getSheetAt(0);
        int last = Math.max(sheet.getLastRowNum(), 2);
        switch (kind) {
            case 2 -> {
                for (int k = 0; k < 1 + rnd.nextInt(20); k++) {
                    Cell c = cell(sheet, rnd.nextInt(last + 1), rnd.nextInt(12));
                    switch (rnd.nextInt(4)) {
                        case 0 -> c.setCellValue(rnd.nextDouble() * Math.pow(10, rnd.nextInt(20)));
                        case 1 -> c.setCellValue(rnd.nextBoolean());
                        case 2 -> {
                            c.setCellValue(LocalDate.of(1899 + rnd.nextInt(300), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)));
                            CellStyle s = wb.createCellStyle();
                            s.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
                            c.setCellStyle(s);
                        }
                        default -> c.setCellErrorValue((byte) 0x07);
                    }
                }
                return "wrong cell types";
            }
            case 3 -> {
                cell(sheet, 2 + rnd.nextInt(last - 1), rnd.nextInt(12)).setCellValue("长".repeat(32_767));
                return "huge cell";
            }
            case 4 -> {
                String[] formulas = {"1+1", "A1&B1", "NOW()", "SUM(A1:A3)", "1/0", "TEXT(45000,\"yyyy-mm-dd\")", "\"每季度\"", "2025"};
                for (int k = 0; k < 1 + rnd.nextInt(10); k++) {
                    cell(sheet, rnd.nextInt(last + 1), rnd.nextInt(12)).setCellFormula(formulas[rnd.nextInt(formulas.length)]);
                }
                return "formulas";
            }
            case 5 -> {
                for (int k = 0; k < 1 + rnd.nextInt(4); k++) {
                    int r = rnd.nextInt(last + 1);
                    int c = rnd.nextInt(10);
                    try {
                        sheet.addMergedRegion(new CellRangeAddress(r, r + rnd.nextInt(3), c, c + 1 + rnd.nextInt(3)));
                    } catch (IllegalStateException | IllegalArgumentException overlapping) {
                        // POI refuses overlapping merges; the others stay
                    }
                }
                return "merged cells";
            }
            case 6 -> {
                Sheet junk = wb.createSheet("旧表" + rnd.nextInt(100));
                junk.createRow(0).createCell(0).setCellValue("姓名");
                wb.setSheetOrder(junk.getSheetName(), 0);
                boolean hideData = rnd.nextBoolean();
                wb.setSheetHidden(hideData ? 1 : 0, true);
                wb.setActiveSheet(hideData ? 0 : 1);
                return hideData ? "data sheet hidden" : "hidden sheet first";
            }
            case 7 -> {
                for (int k = 0; k < 1 + rnd.nextInt(5); k++) {
                    Row row = sheet.getRow(rnd.nextInt(last + 1));
                    if (row != null) {
                        sheet.removeRow(row);
                    }
                }
                return "rows dropped (perhaps the header)";
            }
            case 8 -> {
                int from = 2 + rnd.nextInt(last - 1);
                Row src = sheet.getRow(from);
                Row copy = sheet.createRow(last + 1);
                if (src != null) {
                    for (Cell c : src) {
                        copy.createCell(c.getColumnIndex()).setCellValue(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(c));
                    }
                }
                return "row " + from + " doubled as text";
            }
            case 9 -> {
                for (int k = 0; k < 1 + rnd.nextInt(15); k++) {
                    cell(sheet, rnd.nextInt(last + 2), rnd.nextInt(12)).setCellValue(NASTY[rnd.nextInt(NASTY.length)]);
                }
                return "junk text";
            }
            default -> {
                int rows = 1 + rnd.nextInt(3);
                for (int k = 0; k < rows; k++) {
                    cell(sheet, rnd.nextInt(last + 1), rnd.nextInt(12)).setBlank();
                }
                return "cells blanked";
            }
        }
    }

    private static Cell cell(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
        return row.getCell(c) != null ? row.getCell(c) : row.createCell(c);
    }

    /** The values of every sheet copied into an .xls workbook (formulas and types as they are). */
    private static HSSFWorkbook toXls(Workbook wb) {
        HSSFWorkbook xls = new HSSFWorkbook();
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            Sheet from = wb.getSheetAt(s);
            Sheet to = xls.createSheet(from.getSheetName());
            for (Row r : from) {
                if (r.getRowNum() > 65_535) {
                    break;
                }
                Row row = to.createRow(r.getRowNum());
                for (Cell c : r) {
                    Cell cell = row.createCell(c.getColumnIndex());
                    switch (c.getCellType()) {
                        case NUMERIC -> cell.setCellValue(c.getNumericCellValue());
                        case BOOLEAN -> cell.setCellValue(c.getBooleanCellValue());
                        case STRING -> cell.setCellValue(c.getStringCellValue().length() > 32_000
                                ? c.getStringCellValue().substring(0, 32_000) : c.getStringCellValue());
                        default -> {
                        }
                    }
                }
            }
            if (wb.isSheetHidden(s)) {
                xls.setSheetHidden(s, true);
            }
        }
        return xls;
    }

    private static void save(Workbook wb, Path out) throws Exception {
        try (OutputStream os = Files.newOutputStream(out)) {
            wb.write(os);
        }
    }
}
