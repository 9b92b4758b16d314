package org.partydesk.model;

import java.time.LocalDate;

/** 责任书: the letter {@code partyA} signed with {@code partyB} on {@code signedOn}, for a list of a year. */
public record ResponsibilityLetter(Integer id, int year, Integer listId, String title, String partyA,
                                   String partyB, LocalDate signedOn, String notes) {
}
