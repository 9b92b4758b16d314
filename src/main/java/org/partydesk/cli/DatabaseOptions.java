package org.partydesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Workspace;

import picocli.CommandLine.Option;

/** {@code --db} and {@code --operator}, accepted by every command. */
public final class DatabaseOptions {
    @Option(names = "--db", paramLabel = "FILE", description = "数据库文件（默认：用户数据文件夹中的 partydesk.db）")
    Path db;

    @Option(names = "--operator", paramLabel = "NAME", description = "操作人姓名，记入审计日志（默认：设置中的操作人）")
    String operator;

    /** The database file the command works on (the default one when --db is not given), without opening it. */
    public Path databaseFile() {
        return Workspace.databaseFile(db);
    }

    /** Opens the database, creating an empty one where the file does not exist (sample, import, restore). */
    public Workspace open() {
        return Workspace.open(db, operator);
    }

    /**
     * Opens a database that must already exist, for a command that only reads it (verify, stats, check, report,
     * export, package, backup, imports, dues receipts): where it may not be written (a read-only folder or file) it is
     * opened read-only (decision 0051). A mistyped {@code --db} is refused (exit 3) instead of creating an empty database
     * that then "passes" every check.
     */
    public Workspace openExisting() {
        requireExisting();
        return Workspace.openForReading(db, operator);
    }

    /** {@link #openExisting} for a command that writes into an existing database (undo-import): never read-only. */
    public Workspace openExistingToWrite() {
        requireExisting();
        return open();
    }

    private void requireExisting() {
        // spelled as the database lock reads it ("x/../bureau.db" is bureau.db even without a folder x)
        Path file = databaseFile().toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            throw new InputRejectedException("数据库文件“" + file + "”不存在，未做任何事。请检查 --db 给出的路径"
                    + (db == null ? "（未给 --db 时使用默认数据库，它还没有建立：请先打开窗口或运行 sample、import）" : ""));
        }
        try {
            if (Files.size(file) == 0) {
                // SQLite would take it for a new database and the command would write the schema into it
                throw new InputRejectedException("数据库文件“" + file + "”是空的（0 字节），不是党务台账的数据库，未做任何事。请检查 --db 给出的路径");
            }
        } catch (java.io.IOException e) {
            // unreadable: opening says why
        }
    }
}
