package dev.tailor.web.dashboard;

import dev.tailor.web.auth.AccessGate;
import dev.tailor.web.auth.Sessions;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Renders the precompiled templates and builds the common page frame. */
final class Pages {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private static final List<String[]> NAV =
      List.of(
          new String[] {"/", "Data health"},
          new String[] {"/models", "Models"},
          new String[] {"/strategies", "Strategies"},
          new String[] {"/templates", "Templates"},
          new String[] {"/campaigns", "Campaigns"},
          new String[] {"/settings", "Settings"});

  private Pages() {}

  /** Renders {@code template} with {@code params} as the response (status 200 unless set). */
  static void render(Context ctx, String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    ENGINE.render(template, params, out);
    ctx.html(out.toString());
  }

  /** The frame of a signed-in page; {@code current} is its navigation path. */
  static Page page(Context ctx, String title, String current) {
    Sessions.Session s = ctx.attribute(AccessGate.SESSION);
    List<Page.NavItem> nav = new ArrayList<>();
    for (String[] n : NAV) {
      nav.add(new Page.NavItem(n[0], n[1], n[0].equals(current)));
    }
    return new Page(
        title,
        Optional.ofNullable(s).map(Sessions.Session::username),
        s == null ? "" : s.csrf(),
        nav,
        Optional.empty(),
        List.of());
  }

  /** The text of a form field, stripped; empty when absent. */
  static String form(Context ctx, String name) {
    String v = ctx.formParam(name);
    return v == null ? "" : v.strip();
  }

  /** The text of a query parameter, stripped; empty when absent. */
  static String query(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null ? "" : v.strip();
  }
}
