package org.partydesk.app.ledgers;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Workspace;
import org.partydesk.model.ImportBatch;
import org.partydesk.store.ImportBatches;

/**
 * The ledger imports of a database (decision 0013): the list (设置 › 台账导入记录, {@code imports}) and
 * 撤销本次导入 ({@code undo-import ID}), which removes what an import added and restores what it updated, in one
 * transaction, or is refused with the reason when later work depends on it.
 */
public final class Imports {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Pattern COUNT = Pattern.compile("\"(added|updated)\":(\\d+)");

    private final Workspace workspace;

    public Imports(Workspace workspace) {
        this.workspace = workspace;
    }

    /** One import as the list shows it. */
    public record Entry(ImportBatch batch, String kindLabel, int added, int updated) {
        public int id() {
            return batch.id();
        }

        /** 新增 12 条，更新 3 条 */
        public String summaryText() {
            return "新增 " + added + " 条，更新 " + updated + " 条";
        }

        /** 已撤销（张三，2025-12-06 10:00）, or empty while it stands. */
        public String undoneText() {
            return batch.undone() ? "已撤销（" + batch.undoneBy() + "，" + batch.undoneAt().format(MINUTE) + "）" : "";
        }

        public String startedText() {
            return batch.startedAt().format(MINUTE);
        }

        /** The confirmation before an undo, naming what will be removed and restored. */
        public String confirmText() {
            return "撤销导入 #" + batch.id() + "（" + kindLabel + "“" + batch.fileName() + "”，" + startedText() + "，"
                    + batch.operator() + "）：删除本次导入新增的 " + added + " 条记录（及其出席、议题等明细），把本次更新的 "
                    + updated + " 条记录恢复为导入前的内容。之后的工作依赖本次导入时不会撤销。";
        }
    }

    /** What an undo did: rows deleted (those the import added, with their details) and rows put back. */
    public record Undone(int removed, int restored) {
    }

    /** Every import, newest first. */
    public List<Entry> list() {
        return new ImportBatches(workspace.database()).all().stream().map(Imports::entry).toList();
    }

    public Entry find(int id) {
        return new ImportBatches(workspace.database()).find(id).map(Imports::entry)
                .orElseThrow(() -> new InputRejectedException("没有编号为 " + id + " 的导入记录（用 imports 查看全部导入）"));
    }

    /**
     * Undoes import {@code id} in one transaction; a refusal (already undone, later work depends on it) is an
     * {@link InputRejectedException} with the reason, and nothing is written.
     */
    public Undone undo(int id) {
        try {
            ImportBatches.Undone done = workspace.database().write(workspace.operator(), tx -> ImportBatches.undo(tx, id));
            return new Undone(done.removed(), done.restored());
        } catch (ImportBatches.UndoRefused e) {
            throw new InputRejectedException(e.getMessage(), e);
        }
    }

    /** The ledger kind of an import (empty for a kind this version does not know). */
    public static java.util.Optional<LedgerKind> kind(ImportBatch b) {
        return java.util.Arrays.stream(LedgerKind.values()).filter(k -> k.name().equals(b.kind())).findFirst();
    }

    private static Entry entry(ImportBatch b) {
        int added = 0;
        int updated = 0;
        if (b.summary() != null) {
            Matcher m = COUNT.matcher(b.summary());
            while (m.find()) {
                if (m.group(1).equals("added")) {
                    added = Integer.parseInt(m.group(2));
                } else {
                    updated = Integer.parseInt(m.group(2));
                }
            }
        }
        return new Entry(b, kind(b).map(LedgerKind::label).orElse(b.kind()), added, updated);
    }
}
