package dev.tailor.render.check;

/**
 * One problem a template check found.
 *
 * @param template the template's name or file
 * @param line the line in the template file (1-based)
 * @param rule the rule's id, e.g. {@code missing-alt}
 * @param message what is wrong
 * @param warning true for advice that does not stop a send (a missing "view in browser" link),
 *     false for an error
 */
public record LintProblem(String template, int line, String rule, String message, boolean warning) {

  /** An error. */
  public LintProblem(String template, int line, String rule, String message) {
    this(template, line, rule, message, false);
  }

  @Override
  public String toString() {
    return template + ":" + line + ": " + (warning ? "warning: " : "") + rule + ": " + message;
  }
}
