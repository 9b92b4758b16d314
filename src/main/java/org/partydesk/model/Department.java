package org.partydesk.model;

/** 处室 / 单位: the administrative unit a branch is built on. */
public record Department(Integer id, String name, int sortOrder) {
}
