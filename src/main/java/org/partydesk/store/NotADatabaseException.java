package org.partydesk.store;

import java.nio.file.Path;

/** The file given as a database is not one PartyDesk can open: input rejected. */
public class NotADatabaseException extends StoreException {
    private final Path file;

    public NotADatabaseException(Path file, String reason) {
        super("无法打开数据库文件 " + file + "：" + reason);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
