package org.partydesk.cli;

import java.nio.file.Path;

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

    public Workspace open() {
        return Workspace.open(db, operator);
    }
}
