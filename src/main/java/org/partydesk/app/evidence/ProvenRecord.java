package org.partydesk.app.evidence;

import org.partydesk.model.EvidenceRecordType;

/** A record an evidence file proves: its kind, its id and a short name (a meeting's day and theme, a person …). */
public record ProvenRecord(EvidenceRecordType type, int recordId, String name) {
}
