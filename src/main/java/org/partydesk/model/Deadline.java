package org.partydesk.model;

import java.time.LocalDate;

/** 时间节点: one date by which an item must be done, with its label (第1季度, 上半年, 全年 …). */
public record Deadline(Integer id, int itemId, LocalDate dueOn, String label) {
}
