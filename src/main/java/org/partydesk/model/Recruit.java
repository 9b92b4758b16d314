package org.partydesk.model;

import java.time.LocalDate;

/**
 * A person on the way into the party (发展党员): each stage's date, the two introducers (入党介绍人), the
 * training and the political review of a 发展对象, the 支部党员大会 that admitted him as 预备党员 and the
 * higher committee's approval. Once admitted he is also a {@link Member} ({@code memberId}) and his 转正
 * is the member's {@code fullMemberOn} ({@code confirmedOn}).
 */
public record Recruit(Integer id, String name, Gender gender, LocalDate birthDate, String idNumber, int branchId,
                      String branchName, LocalDate appliedOn, LocalDate talkOn, LocalDate activistOn,
                      LocalDate candidateOn, Integer introducer1Id, String introducer1Name, Integer introducer2Id,
                      String introducer2Name, Integer trainingDays, Integer trainingHours, LocalDate reviewOn,
                      LocalDate admittedOn, Integer admitMeetingId, LocalDate approvedOn, Integer memberId,
                      LocalDate confirmedOn, LocalDate stoppedOn, String stopReason, String notes) {

    /** The latest stage reached. */
    public RecruitStage stage() {
        if (stoppedOn != null) {
            return RecruitStage.STOPPED;
        }
        if (confirmedOn != null) {
            return RecruitStage.FULL;
        }
        if (admittedOn != null) {
            return RecruitStage.PROBATIONARY;
        }
        if (candidateOn != null) {
            return RecruitStage.CANDIDATE;
        }
        return activistOn != null ? RecruitStage.ACTIVIST : RecruitStage.APPLICANT;
    }

    /** The day the latest stage was reached. */
    public LocalDate stageOn() {
        return switch (stage()) {
            case STOPPED -> stoppedOn;
            case FULL -> confirmedOn;
            case PROBATIONARY -> admittedOn;
            case CANDIDATE -> candidateOn;
            case ACTIVIST -> activistOn;
            case APPLICANT -> appliedOn;
        };
    }
}
