package org.partydesk.store;

import java.nio.file.Path;

/** The file given as a database is not one PartyDesk can open: input rejected. */
public class NotADatabaseException extends StoreException {
    private final Path file;
    private final String reason;

    public NotADatabaseException(Path file, String reason) {
        super("无法打开数据库文件 " + file + "：" + reason);
        this.file = file;
        this.reason = reason;
    }

    /** Why the file is not one: "文件不是 SQLite 数据库" … */
    public String reason() {
        return reason;
    }

    public Path file() {
        return file;
    }
}
