package org.partydesk.model;

/** A deadline that needs attention (coming up or missed), with its item and list. */
public record DeadlineAlert(ResponsibilityList list, ResponsibilityItem item, Deadline deadline) {
}
