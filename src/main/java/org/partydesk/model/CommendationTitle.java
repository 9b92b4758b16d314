package org.partydesk.model;

/** A 荣誉名称 the clerk can choose, with the level, recipient kind and period it usually has. */
public record CommendationTitle(Integer id, String name, CommendationLevel defaultLevel, boolean collective,
                                PeriodKind periodKind, int sortOrder) {
}
