package dev.tailor.render.liquid;

import liqp.TemplateContext;
import liqp.filters.Filter;

/** {@code tailor_track}: an {@code href} value through the message's {@link LinkTracker}. */
final class TrackFilter extends Filter {
  TrackFilter() {
    super("tailor_track");
  }

  @Override
  public Object apply(Object value, TemplateContext context, Object... params) {
    Object tracker = context.get(LinkTracker.VARIABLE);
    String href = value == null ? "" : value.toString();
    return tracker instanceof LinkTracker t ? t.track(href) : href;
  }
}
