package org.partydesk.app.sample;

/**
 * The size of a sample bureau: how many years, branches, members and how many of each frill.
 * {@link #small()} follows the seed articles; {@link #large()} is a stress set.
 */
record Shape(
        int years,
        int organBranches,
        int primaries,
        int branchesPerPrimary,
        int activeMembers,
        int retiredMembers,
        int mobileMembers,
        int cellBranches,
        int movers,
        int chronicAbsentees,
        int communityPostings,
        int yellowBranches,
        int redBranches,
        int nonLecturingSecretaries,
        int lectureTags,
        int images,
        boolean fromText) {

    static Shape small() {
        return new Shape(3, 18, 4, 0, 300, 40, 4, 5, 10, 2, 285, 3, 2, 2, 21, 20, true);
    }

    static Shape large() {
        return new Shape(10, 38, 20, 23, 9_180, 620, 200, 50, 100, 20, 8_500, 15, 10, 10, 21, 0, false);
    }
}
