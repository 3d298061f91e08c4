package dev.tailor.render.liquid;

import java.util.List;
import java.util.Map;
import liqp.LValue;
import liqp.RenderTransformer;
import liqp.TemplateContext;
import liqp.nodes.LNode;
import liqp.parser.Inspectable;

/**
 * Static text and output tags of one block rendered as one node (see {@link OutputRuns}). An output
 * of a plain lookup whose value is a string is read from the model directly (what liqp's lookup
 * gives for a map's key); any other output renders through its own liqp node and is converted as
 * its block would have converted it, so the text is the same.
 */
final class OutputRun implements LNode {
  /** liqp's conversions of values (its methods are instance methods of an abstract class). */
  private static final LValue VALUES = new LValue() {};

  private final Piece[] pieces;
  private final boolean loopBody;

  OutputRun(Piece[] pieces, boolean loopBody) {
    this.pieces = pieces;
    this.loopBody = loopBody;
  }

  /**
   * One piece: static text, or an output (its liqp node, and for a plain lookup the path read
   * directly and whether it goes through {@code tailor_track}).
   */
  record Piece(String text, String[] path, boolean track, LNode node) {
    static Piece text(String s) {
      return new Piece(s, null, false, null);
    }

    static Piece node(LNode node) {
      return new Piece(null, null, false, node);
    }

    static Piece lookup(String[] path, boolean track, LNode node) {
      return new Piece(null, path, track, node);
    }
  }

  @Override
  public Object render(TemplateContext context) {
    RenderTransformer.ObjectAppender.Controller out = context.newObjectAppender(pieces.length);
    for (Piece p : pieces) {
      if (p.text != null) {
        out.append(p.text);
        continue;
      }
      if (p.path != null && lookup(context, p.path) instanceof String s) {
        out.append(p.track ? track(context, s) : s);
      } else {
        appendAsLiqp(p.node.render(context), context, out);
      }
    }
    return out.getResult();
  }

  /** The value at {@code id.key.key} when every step is a plain map, else null. */
  private static Object lookup(TemplateContext context, String[] path) {
    Object v = context.get(path[0]);
    for (int i = 1; i < path.length; i++) {
      if (!(v instanceof Map<?, ?> m) || v instanceof Inspectable) {
        return null;
      }
      v = m.get(path[i]);
    }
    return v;
  }

  /** What {@link TrackFilter} gives for this value. */
  private static String track(TemplateContext context, String href) {
    Object tracker = context.get(LinkTracker.VARIABLE);
    return tracker instanceof LinkTracker t ? t.track(href) : href;
  }

  /** Appends a node's value the way its block would (a loop's body and a block differ). */
  private void appendAsLiqp(
      Object value, TemplateContext context, RenderTransformer.ObjectAppender.Controller out) {
    if (value == null) {
      return;
    }
    if (loopBody) {
      if (VALUES.isArray(value)) {
        for (Object o : VALUES.asArray(value, context)) {
          out.append(o);
        }
      } else {
        out.append(VALUES.asAppendableObject(value, context));
      }
    } else if (value instanceof List<?> list) {
      for (Object o : list) {
        out.append(postprocess(o, context));
      }
    } else if (value.getClass().isArray()) {
      for (Object o : (Object[]) value) {
        out.append(postprocess(o, context));
      }
    } else {
      out.append(postprocess(value, context));
    }
  }

  /** liqp's {@code BlockNode.postprocess}: dates formatted, anything else as it is. */
  private static Object postprocess(Object value, TemplateContext context) {
    if (LValue.isTemporal(value)) {
      return LValue.rubyDateTimeFormat.format(LValue.asRubyDate(value, context));
    }
    return value;
  }
}
