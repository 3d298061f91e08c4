package dev.tailor.render.liquid;

import liqp.LValue;
import liqp.TemplateContext;
import liqp.nodes.GtEqNode;
import liqp.nodes.GtNode;
import liqp.nodes.LNode;
import liqp.nodes.LtEqNode;
import liqp.nodes.LtNode;

/**
 * A condition {@code a > b} (or {@code <}, {@code >=}, {@code <=}) of an {@code if} tag that
 * compares two whole numbers directly, as {@code long}s, when both sides are {@code Integer} or
 * {@code Long}: {@code slots.trending.count > 0}. liqp turns both into {@code BigDecimal}s and
 * tests each side with a regular expression first (compiled per comparison), for the same answer.
 * Any other pair of values goes through liqp's own node.
 */
final class NumberComparison implements LNode {
  private final LNode liqp;
  private final LNode lhs;
  private final LNode rhs;
  private final Op op;

  enum Op {
    GT,
    LT,
    GE,
    LE
  }

  private NumberComparison(LNode liqp, LNode lhs, LNode rhs, Op op) {
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
    return null;
  }

  static NumberComparison of(LNode liqp, LNode lhs, LNode rhs, Op op) {
    return new NumberComparison(liqp, lhs, rhs, op);
  }

  @Override
  public Object render(TemplateContext context) {
    Object a = lhs.render(context);
    Object b = rhs.render(context);
    if (!isWhole(a) || !isWhole(b) || LValue.isTemporal(a) || LValue.isTemporal(b)) {
      return liqp.render(context);
    }
    long x = ((Number) a).longValue();
    long y = ((Number) b).longValue();
    return switch (op) {
      case GT -> x > y;
      case LT -> x < y;
      case GE -> x >= y;
      case LE -> x <= y;
    };
  }

  private static boolean isWhole(Object v) {
    return v instanceof Integer || v instanceof Long;
  }
}
