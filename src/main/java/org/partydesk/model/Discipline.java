package org.partydesk.model;

import java.time.LocalDate;

/** A 处分 of a member: its kind, the day it was decided, the document (文号) and its term in months (or null). */
public record Discipline(Integer id, int memberId, String memberName, DisciplineKind kind, LocalDate decidedOn,
                         String documentNo, Integer termMonths, String reason) {
}
