package org.partydesk.model;

/**
 * 责任清单: a named list for one year and one owner. Exactly one of the owner ids applies, by
 * {@code ownerKind}: a member for SECRETARY and LEADERSHIP_MEMBER, an organisation unit for
 * LEADING_GROUP, BRANCH and ORGAN_COMMITTEE, a department for DEPARTMENT (each may be null when the
 * owner is not on the roster). {@code copiedFromId} is the list of an earlier year it was copied from.
 */
public record ResponsibilityList(Integer id, int year, String name, ListOwnerKind ownerKind,
                                 Integer ownerOrgUnitId, Integer ownerMemberId, Integer ownerDepartmentId,
                                 Integer copiedFromId, String notes) {
}
