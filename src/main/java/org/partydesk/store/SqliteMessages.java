package org.partydesk.store;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What SQLite's result codes mean to a clerk: {@code [SQLITE_CONSTRAINT_UNIQUE] …} becomes "与已有的记录重复",
 * a full disk "磁盘空间不足". The original text stays in the exception's cause for the log.
 */
public final class SqliteMessages {
    private SqliteMessages() {
    }

    /** A Chinese sentence for a failure somewhere in {@code e}'s causes; the message itself when none is from SQLite. */
    public static String chinese(Throwable e) {
        java.util.Optional<SQLiteException> sqlite = Causes.of(e, SQLiteException.class);
        if (sqlite.isPresent()) {
            return of(sqlite.get().getResultCode(), sqlite.get().getMessage());
        }
        String m = String.valueOf(e.getMessage());
        for (SQLiteErrorCode code : SQLiteErrorCode.values()) {
            if (m.contains("[" + code.name() + "]")) {
                return of(code, m);
            }
        }
        return m;
    }

    private static String of(SQLiteErrorCode code, String original) {
        String name = code == null ? "" : code.name();
        if (name.startsWith("SQLITE_CONSTRAINT_UNIQUE") || name.startsWith("SQLITE_CONSTRAINT_PRIMARYKEY")) {
            return "与已有的记录重复（" + what(original) + "）";
        }
        if (name.startsWith("SQLITE_CONSTRAINT_FOREIGNKEY")) {
            return "引用的记录不存在，或仍有其他记录引用它";
        }
        if (name.startsWith("SQLITE_CONSTRAINT_NOTNULL")) {
            return "缺少必填的内容（" + what(original) + "）";
        }
        if (name.startsWith("SQLITE_CONSTRAINT_CHECK")) {
            return "内容不符合规定的取值";
        }
        if (name.startsWith("SQLITE_CONSTRAINT_TRIGGER") || original != null && original.contains("append-only")) {
            return "审计日志只能追加，不能修改或删除";
        }
        if (name.startsWith("SQLITE_FULL")) {
            return "磁盘空间不足，请腾出空间后重试";
        }
        if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
            return "数据库正被其他程序使用，请稍后重试";
        }
        if (name.startsWith("SQLITE_READONLY") || name.startsWith("SQLITE_PERM") || name.startsWith("SQLITE_CANTOPEN")) {
            return "没有读写数据库文件的权限（请检查文件和所在文件夹的权限）";
        }
        if (name.startsWith("SQLITE_CORRUPT") || name.startsWith("SQLITE_NOTADB")) {
            return "数据库文件已损坏，请用备份恢复";
        }
        if (name.startsWith("SQLITE_IOERR")) {
            return "读写磁盘出错（磁盘可能已满、已拔出或损坏）";
        }
        return "数据库出错（" + name + "）";
    }

    /** The table and column a constraint names ("UNIQUE constraint failed: member.id_number"), or nothing. */
    private static String what(String original) {
        if (original == null) {
            return "";
        }
        int at = original.lastIndexOf("failed: ");
        if (at < 0) {
            return "";
        }
        return original.substring(at + "failed: ".length()).replaceAll("[)\\]]+$", "").strip();
    }
}
