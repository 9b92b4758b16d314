package org.partydesk.cli;

import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** A command line that names a command builds that command alone, the version none; help and mistakes see them all. */
class CommandNamesTest {
    @Test
    void everyNameIsItsCommandsOwnAndHelpListsThemAllInOrder() {
        CommandLine all = PartyDeskCommand.commandLine("--help");

        assertThat(all.getSubcommands().keySet()).containsExactlyElementsOf(PartyDeskCommand.commandNames());
        assertThat(PartyDeskCommand.commandNames()).startsWith("sample", "verify", "import").endsWith("help").hasSize(15);
        all.getSubcommands().forEach((name, command) ->
                assertThat(command.getCommandSpec().name()).as("@Command name of " + name).isEqualTo(name));
    }

    @Test
    void aCommandLineNamingACommandBuildsThatOneAlone() {
        assertThat(PartyDeskCommand.commandLine("check", "--year", "2025").getSubcommands().keySet()).containsExactly("check");
        assertThat(PartyDeskCommand.commandLine("report", "annual").getSubcommands().get("report").getSubcommands())
                .containsKeys("annual", "quarterly", "workbook");
    }

    @Test
    void theVersionAloneBuildsNoCommand() {
        assertThat(PartyDeskCommand.commandLine("--version").getSubcommands()).isEmpty();
        assertThat(PartyDeskCommand.commandLine("-V").getSubcommands()).isEmpty();
    }

    @Test
    void helpAMistypedNameAndNoNameGetEveryCommand() {
        for (List<String> args : List.<List<String>>of(List.of("help", "check"), List.of("chek"), List.of(), List.of("-h"),
                List.of("-V", "check"))) {
            assertThat(PartyDeskCommand.commandLine(args.toArray(String[]::new)).getSubcommands().keySet())
                    .as(String.join(" ", args)).containsExactlyElementsOf(PartyDeskCommand.commandNames());
        }
    }
}
