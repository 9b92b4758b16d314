package org.partydesk.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.partydesk.store.jooq.tables.records.SettingRecord;

import static org.partydesk.store.jooq.Tables.SETTING;

/** Key-value settings kept in the database (operator, backup count, fonts, language …). */
public final class SettingsRepository {
    private final Database db;

    public SettingsRepository(Database db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(db.read().select(SETTING.VALUE).from(SETTING).where(SETTING.KEY.eq(key)).fetchOne(SETTING.VALUE));
    }

    public Map<String, String> all() {
        Map<String, String> out = new LinkedHashMap<>();
        db.read().selectFrom(SETTING).orderBy(SETTING.KEY).forEach(r -> out.put(r.getKey(), r.getValue()));
        return out;
    }

    /** Sets (or with a null value removes) a setting, audited. */
    public void put(String operator, String key, String value) {
        db.write(operator, tx -> {
            put(tx, key, value);
            return null;
        });
    }

    public static void put(Tx tx, String key, String value) {
        SettingRecord existing = tx.dsl().selectFrom(SETTING).where(SETTING.KEY.eq(key)).fetchOne();
        if (existing == null) {
            if (value != null) {
                SettingRecord r = tx.dsl().newRecord(SETTING);
                r.setKey(key);
                r.setValue(value);
                tx.insert(r);
            }
        } else if (value == null) {
            tx.delete(existing);
        } else {
            existing.setValue(value);
            tx.update(existing);
        }
    }
}
