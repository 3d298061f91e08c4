package dev.tailor.web.server;

/** Ends a request with a {@link Problem}; thrown by handlers and gates. */
public final class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.detail(), null, false, false);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }

  public static ProblemException badRequest(String code, String field, String detail) {
    return new ProblemException(
        Problem.of(400, code, "The request cannot be used", detail).withField(field));
  }

  public static ProblemException unauthorized(String detail) {
    return new ProblemException(
        Problem.of(401, "unauthorized", "Authentication is required", detail));
  }

  public static ProblemException forbidden(String code, String detail) {
    return new ProblemException(Problem.of(403, code, "Not allowed", detail));
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(Problem.of(404, "not_found", "Not found", detail));
  }
}
