package org.partydesk.testfiles;

import static org.partydesk.store.jooq.Tables.MEETING;
import static org.partydesk.store.jooq.Tables.MEETING_TYPE;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;

import javax.imageio.ImageIO;

import org.partydesk.app.Workspace;
import org.partydesk.model.MeetingType;
import org.partydesk.store.jooq.tables.records.MeetingRecord;
import org.partydesk.store.jooq.tables.records.MeetingTypeRecord;

/** Records and files the evidence tests start from: a meeting of one type without attendance, a small photo. */
public final class StoredRecords {
    private StoredRecords() {
    }

    /** A meeting of {@code unit} at {@code at} with its theme and one type, written in one transaction; its id. */
    public static int meeting(Workspace ws, int unit, LocalDateTime at, String theme, MeetingType type) {
        return ws.database().write("干事", tx -> {
            MeetingRecord m = tx.dsl().newRecord(MEETING);
            m.setOrgUnitId(unit);
            m.setHeldAt(at);
            m.setTheme(theme);
            int id = tx.insert(m);
            MeetingTypeRecord t = tx.dsl().newRecord(MEETING_TYPE);
            t.setMeetingId(id);
            t.setType(type.name());
            tx.insert(t);
            return id;
        });
    }

    /** A PNG of 40 × 30 pixels in {@code dir}, one pixel coloured {@code rgb} so that each file's content differs. */
    public static Path png(Path dir, String name, int rgb) throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, rgb);
        Path p = dir.resolve(name);
        ImageIO.write(image, "png", p.toFile());
        return p;
    }
}
