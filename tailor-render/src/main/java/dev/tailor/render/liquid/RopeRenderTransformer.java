package dev.tailor.render.liquid;

import java.util.ArrayList;
import java.util.List;
import liqp.RenderTransformer;
import liqp.TemplateContext;

/**
 * How liqp collects a block's output: as a rope of pieces instead of a string. liqp's default
 * copies every block's output into a new builder and then into a string at each level of nesting (a
 * product row inside an item loop inside a slot loop is copied six or more times, ~100 KB per
 * email); a rope keeps references and is copied once, into the final string, at the end. The
 * output-size limit is checked on every append, as liqp's default does, and the render-time limit
 * ({@link RenderDeadline}) on every new block and every 16th append.
 */
final class RopeRenderTransformer implements RenderTransformer {
  private final int maxChars;

  RopeRenderTransformer(int maxChars) {
    this.maxChars = maxChars;
  }

  @Override
  public ObjectAppender.Controller newObjectAppender(TemplateContext context, int estimate) {
    RenderDeadline deadline = RenderDeadline.current();
    if (deadline != null) {
      deadline.check();
    }
    return new Rope(Math.max(estimate, 8), maxChars, deadline);
  }

  @Override
  public Object transformObject(TemplateContext context, Object o) {
    return o instanceof Rope r ? r.toString() : String.valueOf(o);
  }

  /** Pieces of output; a {@link CharSequence} whose text is built once, when first asked. */
  static final class Rope implements CharSequence, ObjectAppender.Controller {
    private final List<Object> pieces;
    private final int maxChars;
    private final RenderDeadline deadline;
    private int length;
    private int appends;
    private String flat;

    Rope(int estimate, int maxChars, RenderDeadline deadline) {
      this.pieces = new ArrayList<>(estimate);
      this.maxChars = maxChars;
      this.deadline = deadline;
    }

    @Override
    public void append(Object o) {
      if ((++appends & 15) == 0 && deadline != null) {
        deadline.check();
      }
      CharSequence piece;
      if (o instanceof Rope || o instanceof String) {
        piece = (CharSequence) o;
      } else {
        piece = String.valueOf(o);
      }
      if (piece.length() == 0) {
        return;
      }
      pieces.add(piece);
      length += piece.length();
      flat = null;
      if (length > maxChars) {
        throw new IllegalStateException(
            "the rendered text exceeds the limit of " + maxChars + " characters");
      }
    }

    @Override
    public Object getResult() {
      return this;
    }

    @Override
    public int length() {
      return length;
    }

    @Override
    public char charAt(int index) {
      return toString().charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return toString().subSequence(start, end);
    }

    @Override
    public String toString() {
      if (flat == null) {
        // String.join sizes the text once and copies each piece once, into the string itself;
        // the pieces go into an array of the exact size (joining a list grows a copy of it)
        String[] all = new String[strings()];
        collect(all, 0);
        flat = String.join("", all);
      }
      return flat;
    }

    /** How many strings {@link #collect} puts. */
    private int strings() {
      int n = 0;
      for (Object p : pieces) {
        n += p instanceof Rope r && r.flat == null ? r.strings() : 1;
      }
      return n;
    }

    /** Puts the pieces' strings into {@code into} from {@code at}; returns the index after them. */
    private int collect(String[] into, int at) {
      for (Object p : pieces) {
        if (p instanceof Rope r) {
          if (r.flat != null) {
            into[at++] = r.flat;
          } else {
            at = r.collect(into, at);
          }
        } else {
          into[at++] = (String) p;
        }
      }
      return at;
    }
  }
}
