package dev.tailor.web.track;

/** The small HTML pages the tracking endpoints answer people with. */
final class TrackingPages {
  private TrackingPages() {}

  static String page(String title, String body) {
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta name=\"robots\" content=\"noindex\"><title>"
        + title
        + "</title></head><body>"
        + body
        + "</body></html>";
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("\"", "&quot;")
        .replace("<", "&lt;")
        .replace(">", "&gt;");
  }
}
