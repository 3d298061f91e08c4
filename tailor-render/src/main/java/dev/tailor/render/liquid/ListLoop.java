package dev.tailor.render.liquid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import liqp.LValue;
import liqp.RenderTransformer;
import liqp.TemplateContext;
import liqp.nodes.AtomNode;
import liqp.nodes.BlockNode;
import liqp.nodes.LNode;
import liqp.parser.Inspectable;

/**
 * A {@code for} tag over a list or map without an {@code else} block, in a template that never
 * reads {@code forloop} (nor breaks or continues a loop): liqp's own loop, step for step, without
 * what only those would read. liqp's {@code For} builds a map of attributes, a {@code forloop}
 * object and a stack of them, and a sub-list with its iterator on every render of the tag (a
 * product loop renders once per slot and part). Any other case (a range, {@code reversed}, {@code
 * offset: continue}, a negative offset, a drop to evaluate) is rendered by liqp's tag itself.
 */
final class ListLoop implements LNode {
  private static final Values VALUES = new Values();

  private final LNode liqp;
  private final LNode[] tokens;

  /** liqp's conversions of values (its methods are instance methods of an abstract class). */
  private static final class Values extends LValue {
    Object[] entries(Map<?, ?> map) {
      return mapAsArray(map);
    }
  }

  /**
   * @param liqp the tag's own node, rendered for the cases this class leaves to liqp
   * @param tokens the tag's tokens: array or range, variable, collection, body, else body, name,
   *     reversed, attributes...
   */
  ListLoop(LNode liqp, LNode[] tokens) {
    this.liqp = liqp;
    this.tokens = tokens;
  }

  @Override
  public Object render(TemplateContext context) {
    if (!VALUES.asBoolean(tokens[0].render(context))
        || tokens[4] != null
        || !(tokens[3] instanceof BlockNode body)) {
      return liqp.render(context);
    }
    String id = VALUES.asString(tokens[1].render(context), context);
    String tagName = id + "-" + tokens[5].render(context);
    if (VALUES.asBoolean(tokens[6].render(context))) {
      return liqp.render(context);
    }
    TemplateContext nested = context.newChildContext();
    Object rendered = renderArray(context, nested, id, tagName, body);
    if (rendered == LIQP) {
      return liqp.render(context);
    }
    for (Exception e : nested.errors()) {
      context.addError(e);
    }
    return rendered;
  }

  /** Marks the cases left to liqp's own tag. */
  private static final Object LIQP = new Object();

  /** liqp's {@code For.renderArray}, or {@link #LIQP}. */
  private Object renderArray(
      TemplateContext context, TemplateContext nested, String id, String tagName, BlockNode body) {
    Object data = tokens[2].render(nested);
    if (AtomNode.isEmpty(data) || "".equals(data)) {
      data = new ArrayList<>();
    }
    int from = 0;
    int limit = -1;
    for (int i = 7; i < tokens.length; i++) {
      Object[] attribute = VALUES.asArray(tokens[i].render(nested), nested);
      if ("offset".equals(VALUES.asString(attribute[0], nested))
          && attribute[1] == LValue.CONTINUE) {
        return LIQP;
      }
      try {
        String name = VALUES.asString(attribute[0], nested);
        int value = VALUES.asNumber(attribute[1]).intValue();
        if (name.equals("offset")) {
          from = value;
        } else if (name.equals("limit")) {
          limit = value;
        }
      } catch (Exception e) {
        // liqp ignores an attribute it cannot read
      }
    }
    if (data instanceof Inspectable || from < 0) {
      return LIQP;
    }
    if (data instanceof Map<?, ?> map) {
      data = VALUES.entries(map);
    }
    Object[] array = VALUES.asArray(data, nested);
    if (array == null || array.length == 0) {
      return null;
    }
    int to = limit > -1 ? Math.min(from + limit, array.length) : array.length;
    from = Math.min(from, array.length);
    int length = to - from;
    if (length < 0) {
      return LIQP;
    }
    Map<String, Integer> registry = nested.getRegistry(TemplateContext.REGISTRY_FOR);
    registry.put(tagName, from + length);
    RenderTransformer.ObjectAppender.Controller out = nested.newObjectAppender(length);
    List<LNode> children = body.getChildren();
    for (int i = from; i < to; i++) {
      nested.incrementIterations();
      nested.put(id, array[i]);
      if (renderBody(nested, out, children)) {
        break;
      }
    }
    return out.getResult();
  }

  /** liqp's loop body: each child's value appended; true on a {@code break}. */
  private static boolean renderBody(
      TemplateContext context,
      RenderTransformer.ObjectAppender.Controller out,
      List<LNode> children) {
    for (LNode node : children) {
      Object value = node.render(context);
      if (value == null) {
        continue;
      }
      if (value == LValue.CONTINUE) {
        return false;
      }
      if (value == LValue.BREAK) {
        return true;
      }
      if (VALUES.isArray(value)) {
        for (Object o : VALUES.asArray(value, context)) {
          out.append(o);
        }
      } else {
        out.append(VALUES.asAppendableObject(value, context));
      }
    }
    return false;
  }
}
