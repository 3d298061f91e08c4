package dev.tailor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every {@code tailor ...} command line in the README parses: the docs never drift from the CLI.
 */
class ReadmeCommandsTest {
  private static final Pattern COMMAND =
      Pattern.compile("(?m)^(?:\\./)?tailor ([a-z][^`|\\n]*?)\\s*$|`(?:\\./)?tailor ([a-z][^`]*)`");

  @Test
  void everyCommandInTheReadmeIsAValidCommandLine() throws IOException {
    Path readme = Path.of(System.getProperty("tailor.repo", "..")).resolve("README.md");
    List<String> commands = new ArrayList<>();
    Matcher m = COMMAND.matcher(Files.readString(readme));
    while (m.find()) {
      commands.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    assertThat(commands).hasSizeGreaterThan(5);
    for (String command : commands) {
      String[] args =
          command
              .replaceAll("\\s+#.*$", "")
              .replaceAll("\\[([^\\]]*)]", "$1")
              .replaceAll("([^\\s|\\\\]+)(\\\\?\\|[^\\s|\\\\]+)+", "$1")
              .replaceAll("\\s+", " ")
              .strip()
              .split(" ");
      List<String> concrete = new ArrayList<>();
      for (String a : args) {
        if (a.matches("[NMKS]")) {
          concrete.add("1");
        } else {
          concrete.add(a.matches("[A-Z]+|FILE\\.yaml") ? "x" : a);
        }
      }
      CommandLine cli = new CommandLine(new TailorCommand(CliContext.system()));
      assertThatCode(() -> cli.parseArgs(concrete.toArray(String[]::new)))
          .as("README command: tailor %s", command)
          .doesNotThrowAnyException();
    }
  }
}
