package org.partydesk.cli;

import java.util.List;

import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Workspace;
import org.partydesk.app.reports.Reports;

import picocli.CommandLine.Option;

/**
 * {@code --allow-empty} of {@code stats} and {@code report}: a year without members or meetings is refused
 * (exit 3) saying what is missing, since its figures would all be 0 and its sentences silently left out.
 */
final class EmptyYearOption {
    @Option(names = "--allow-empty", description = "年度没有在册党员或没有会议记录时仍然生成")
    boolean allowEmpty;

    /** Throws {@link InputRejectedException} naming what {@code year} lacks, unless {@code --allow-empty}. */
    void require(Workspace ws, int year) {
        List<String> missing = allowEmpty ? List.of() : new Reports(ws).missing(year);
        if (!missing.isEmpty()) {
            throw new InputRejectedException(String.join("\n", missing) + "\n（确需按空年度生成时，加 --allow-empty）");
        }
    }
}
