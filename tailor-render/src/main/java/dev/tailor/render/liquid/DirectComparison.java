package dev.tailor.render.liquid;

import liqp.LValue;
import liqp.TemplateContext;
import liqp.nodes.EqNode;
import liqp.nodes.GtEqNode;
import liqp.nodes.GtNode;
import liqp.nodes.LNode;
import liqp.nodes.LtEqNode;
import liqp.nodes.LtNode;
import liqp.nodes.NEqNode;

/**
 * A condition of an {@code if} tag decided directly when its two values are of the plain kinds
 * liqp's answer is known for: whole numbers ({@code Integer} or {@code Long}) compared with {@code
 * >}, {@code <}, {@code >=}, {@code <=} as {@code long}s ({@code slots.trending.count > 0}; liqp
 * turns both into {@code BigDecimal}s and tests each with a regular expression compiled per
 * comparison), and two strings compared with {@code ==} or {@code !=} ({@code item.bought_this_week
 * != ""}) by {@code equals}. Any other pair of values goes through liqp's own node.
 */
final class DirectComparison implements LNode {
  private final LNode liqp;
  private final LNode lhs;
  private final LNode rhs;
  private final Op op;

  enum Op {
    GT,
    LT,
    GE,
    LE,
    EQ,
    NE
  }

  private DirectComparison(LNode liqp, LNode lhs, LNode rhs, Op op) {
    this.liqp = liqp;
    this.lhs = lhs;
    this.rhs = rhs;
    this.op = op;
  }

  /** The comparison's operator, or null when the node is no relative comparison. */
  static Op op(LNode node) {
    Class<?> c = node.getClass();
    if (c == GtNode.class) {
      return Op.GT;
    }
    if (c == LtNode.class) {
      return Op.LT;
    }
    if (c == GtEqNode.class) {
      return Op.GE;
    }
    if (c == LtEqNode.class) {
      return Op.LE;
    }
    if (c == EqNode.class) {
      return Op.EQ;
    }
    if (c == NEqNode.class) {
      return Op.NE;
    }
    return null;
  }

  static DirectComparison of(LNode liqp, LNode lhs, LNode rhs, Op op) {
    return new DirectComparison(liqp, lhs, rhs, op);
  }

  @Override
  public Object render(TemplateContext context) {
    Object a = lhs.render(context);
    Object b = rhs.render(context);
    if (op == Op.EQ || op == Op.NE) {
      if (!(a instanceof String)
          || !(b instanceof String)
          || LValue.isTemporal(a)
          || LValue.isTemporal(b)) {
        return liqp.render(context);
      }
      return a.equals(b) == (op == Op.EQ);
    }
    if (!isWhole(a) || !isWhole(b) || LValue.isTemporal(a) || LValue.isTemporal(b)) {
      return liqp.render(context);
    }
    long x = ((Number) a).longValue();
    long y = ((Number) b).longValue();
    return switch (op) {
      case GT -> x > y;
      case LT -> x < y;
      case GE -> x >= y;
      default -> x <= y;
    };
  }

  private static boolean isWhole(Object v) {
    return v instanceof Integer || v instanceof Long;
  }
}
