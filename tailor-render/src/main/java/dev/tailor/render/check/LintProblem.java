package dev.tailor.render.check;

/**
 * One problem a template check found.
 *
 * @param template the template's name or file
 * @param line the line in the template file (1-based)
 * @param rule the rule's id, e.g. {@code missing-alt}
 * @param message what is wrong
 */
public record LintProblem(String template, int line, String rule, String message) {
  @Override
  public String toString() {
    return template + ":" + line + ": " + rule + ": " + message;
  }
}
