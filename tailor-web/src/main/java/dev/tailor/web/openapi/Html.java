package dev.tailor.web.openapi;

/** HTML escaping for the few pages written without templates. */
public final class Html {
  private Html() {}

  /** {@code text} with {@code < > & " '} escaped. */
  public static String escape(String text) {
    return DocsPage.esc(text == null ? "" : text);
  }
}
