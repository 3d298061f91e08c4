package dev.tailor.app.render;

import dev.tailor.app.cli.Output;
import dev.tailor.app.cli.TailorSubcommand;
import dev.tailor.render.check.LintProblem;
import dev.tailor.render.check.TemplateLinter;
import dev.tailor.render.template.TemplateSource;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tailor template check T}: lint a template before any send. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Lint a template: Liquid syntax and unknown variables (strict), images without alt text or"
          + " https, links that cannot be tracked, HTML over Gmail's 102 KB clipping limit, a"
          + " missing unsubscribe link or postal address; a missing \"view in browser\" link is a"
          + " warning.",
      "Prints FILE:LINE: RULE: PROBLEM per problem (FILE:LINE: warning: RULE: ... for"
          + " warnings); exits 2 when there is any error, 0 with warnings only."
    })
public final class TemplateCheckCommand extends TailorSubcommand implements Callable<Integer> {
  @Parameters(paramLabel = "T", description = "Starter template name or template file.")
  private String template;

  @Override
  public Integer call() {
    Output output = root().output();
    TemplateSource t = TemplateResolver.resolve(template);
    List<LintProblem> problems = new TemplateLinter(root().config().render()).check(t);
    if (output.json()) {
      output.printJson(problems);
    } else if (problems.isEmpty()) {
      output.line(template + ": no problems");
    } else {
      problems.forEach(p -> output.line(p.toString()));
    }
    return problems.stream().allMatch(LintProblem::warning) ? 0 : 2;
  }
}
