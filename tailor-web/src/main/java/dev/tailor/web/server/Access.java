package dev.tailor.web.server;

/** Who may call a route. */
public enum Access {
  /** Anyone: health, metrics, the API description, static assets, the login page. */
  OPEN,
  /** A public or a private API key: sending events. */
  PUBLIC_KEY,
  /** A private API key: everything else of the API. */
  PRIVATE_KEY,
  /** A signed-in dashboard user; forms also need the session's CSRF token. */
  SESSION
}
