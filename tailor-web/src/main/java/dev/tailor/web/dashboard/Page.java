package dev.tailor.web.dashboard;

import java.util.List;
import java.util.Optional;

/**
 * What every page's layout needs.
 *
 * @param title the heading and window title
 * @param user who is signed in (empty on the sign-in page)
 * @param csrf the token forms carry
 * @param nav the main navigation
 * @param message a confirmation to show
 * @param errors problems to show
 */
public record Page(
    String title,
    Optional<String> user,
    String csrf,
    List<NavItem> nav,
    Optional<String> message,
    List<String> errors) {
  public Page {
    nav = List.copyOf(nav);
    errors = List.copyOf(errors);
  }

  /** One link of the navigation; {@code current} marks the page shown. */
  public record NavItem(String href, String label, boolean current) {}

  public Page withMessage(String text) {
    return new Page(title, user, csrf, nav, Optional.of(text), errors);
  }

  public Page withErrors(List<String> list) {
    return new Page(title, user, csrf, nav, message, list);
  }
}
