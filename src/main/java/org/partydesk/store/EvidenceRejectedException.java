package org.partydesk.store;

import java.nio.file.Path;

/** A file refused as evidence (unreadable, empty, too large), with the file named. */
public class EvidenceRejectedException extends StoreException {
    public EvidenceRejectedException(Path file, String reason) {
        super("佐证材料 " + file + " 未能添加：" + reason);
    }
}
