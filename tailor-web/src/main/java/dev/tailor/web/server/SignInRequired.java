package dev.tailor.web.server;

/** A dashboard page was asked for without a session: pages redirect to the sign-in form. */
public final class SignInRequired extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SignInRequired() {
    super("sign in first", null, false, false);
  }
}
