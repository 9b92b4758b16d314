package org.partydesk.store;

import java.nio.file.Path;

/** Another PartyDesk window or command has the database open. */
public class DatabaseInUseException extends StoreException {
    public DatabaseInUseException(Path file) {
        super("数据库 " + file + " 正被另一个党务台账窗口或命令使用。请先关闭它，再重试。");
    }
}
