package dev.tailor.render.liquid;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import liqp.blocks.Capture;
import liqp.blocks.For;
import liqp.blocks.If;
import liqp.blocks.Unless;
import liqp.nodes.AtomNode;
import liqp.nodes.BlockNode;
import liqp.nodes.ComparingExpressionNode;
import liqp.nodes.FilterNode;
import liqp.nodes.InsertionNode;
import liqp.nodes.LNode;
import liqp.nodes.LookupNode;
import liqp.nodes.OutputNode;

/**
 * Rewrites a parsed node tree so that each run of static text and output tags in a block is one
 * {@link OutputRun} node instead of one liqp node per piece. liqp pays per child of a block (the
 * render call, the date and array checks of its value, an append); a product row of a layout is a
 * dozen children rendered once per item. The run renders the same pieces in the same order: static
 * text as it is, an output of a plain lookup ({@code item.title}, optionally {@code |
 * tailor_track}) read directly from the model when it is a string, and any other output through its
 * own liqp node, converted the way liqp converts a block's values. Tags (for, if, assign, ...) stay
 * liqp's, their bodies rewritten the same way.
 *
 * <p>liqp's node classes keep their parts private, so they are read reflectively once per parse;
 * should that fail (another liqp version), the tree is left as liqp built it.
 */
final class OutputRuns {
  private static final Field BLOCK_CHILDREN = field(BlockNode.class, "children");
  private static final Field INSERTION_TOKENS = field(InsertionNode.class, "tokens");
  private static final Field OUTPUT_EXPRESSION = field(OutputNode.class, "expression");
  private static final Field OUTPUT_FILTERS = field(OutputNode.class, "filters");
  private static final Field LOOKUP_ID = field(LookupNode.class, "id");
  private static final Field LOOKUP_INDEXES = field(LookupNode.class, "indexes");
  private static final Field HASH_KEY = field(LookupNode.Hash.class, "hash");
  private static final Field FILTER_FILTER = field(FilterNode.class, "filter");
  private static final Field FILTER_PARAMS = field(FilterNode.class, "params");
  private static final Field ATOM_VALUE = field(AtomNode.class, "value");
  private static final Field INSERTION = field(InsertionNode.class, "insertion");
  private static final Field COMPARISON_LHS = field(ComparingExpressionNode.class, "lhs");
  private static final Field COMPARISON_RHS = field(ComparingExpressionNode.class, "rhs");

  private OutputRuns() {}

  /** The tree with its runs fused (the same tree, changed in place), or unchanged on failure. */
  static LNode fuse(LNode root) {
    return fuse(root, false);
  }

  /**
   * {@link #fuse(LNode)}; with {@code listLoops} (the template never reads {@code forloop}, breaks
   * or continues a loop) its {@code for} tags without {@code else} become {@link ListLoop}s too.
   */
  static LNode fuse(LNode root, boolean listLoops) {
    Field[] all = {
      BLOCK_CHILDREN,
      INSERTION_TOKENS,
      OUTPUT_EXPRESSION,
      OUTPUT_FILTERS,
      LOOKUP_ID,
      LOOKUP_INDEXES,
      HASH_KEY,
      FILTER_FILTER,
      FILTER_PARAMS,
      ATOM_VALUE,
      INSERTION,
      COMPARISON_LHS,
      COMPARISON_RHS
    };
    for (Field f : all) {
      if (f == null) {
        return root;
      }
    }
    try {
      visit(root, false, listLoops);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return root; // left partly fused: every fused run renders what it replaced
    }
    return root;
  }

  /**
   * Fuses the runs of a block and of the blocks of its tags. {@code loopBody}: the block's children
   * are rendered by a {@code for} loop (which converts their values its own way) rather than by the
   * block itself.
   */
  private static void visit(LNode node, boolean loopBody, boolean listLoops)
      throws ReflectiveOperationException {
    if (node.getClass() == BlockNode.class) {
      @SuppressWarnings("unchecked")
      List<LNode> children = (List<LNode>) BLOCK_CHILDREN.get(node);
      for (int i = 0; i < children.size(); i++) {
        LNode c = children.get(i);
        visit(c, false, listLoops);
        if (listLoops && isListLoop(c)) {
          children.set(i, new ListLoop(c, (LNode[]) INSERTION_TOKENS.get(c)));
        }
      }
      List<LNode> fused = fuseChildren(children, loopBody);
      if (fused != null) {
        children.clear();
        children.addAll(fused);
      }
    } else if (node.getClass() == InsertionNode.class) {
      Object insertion = INSERTION.get(node);
      LNode[] tokens = (LNode[]) INSERTION_TOKENS.get(node);
      if (tokens == null
          || !(insertion instanceof For
              || insertion instanceof If
              || insertion instanceof Unless
              || insertion instanceof Capture)) {
        return; // other tags' blocks are rendered as liqp built them
      }
      if (insertion instanceof If) {
        directComparisons(tokens);
      }
      int blocks = 0;
      for (LNode t : tokens) {
        blocks += t != null && t.getClass() == BlockNode.class ? 1 : 0;
      }
      if (insertion instanceof For && blocks != 1) {
        return; // a loop with an else block: which block is the body is not known here
      }
      for (LNode t : tokens) {
        if (t != null && t.getClass() == BlockNode.class) {
          visit(t, insertion instanceof For, listLoops);
        }
      }
    }
  }

  /** A {@code for} tag (liqp's own) over a collection, without an {@code else} block. */
  private static boolean isListLoop(LNode node) throws ReflectiveOperationException {
    if (node.getClass() != InsertionNode.class || INSERTION.get(node).getClass() != For.class) {
      return false;
    }
    LNode[] tokens = (LNode[]) INSERTION_TOKENS.get(node);
    return tokens != null
        && tokens.length >= 7
        && tokens[3] != null
        && tokens[3].getClass() == BlockNode.class
        && tokens[4] == null;
  }

  /**
   * An {@code if} tag's conditions (its even tokens: condition, block, condition, block, ...) that
   * compare numbers as {@link DirectComparison}s.
   */
  private static void directComparisons(LNode[] tokens) throws ReflectiveOperationException {
    for (int i = 0; i + 1 < tokens.length; i += 2) {
      LNode condition = tokens[i];
      DirectComparison.Op op = condition == null ? null : DirectComparison.op(condition);
      if (op != null) {
        LNode lhs = (LNode) COMPARISON_LHS.get(condition);
        LNode rhs = (LNode) COMPARISON_RHS.get(condition);
        if (lhs != null && rhs != null) {
          tokens[i] = DirectComparison.of(condition, lhs, rhs, op);
        }
      }
    }
  }

  /** The children with each run of two or more pieces as one node, or null when none fused. */
  private static List<LNode> fuseChildren(List<LNode> children, boolean loopBody)
      throws ReflectiveOperationException {
    List<LNode> out = new ArrayList<>(children.size());
    List<OutputRun.Piece> run = new ArrayList<>();
    List<LNode> runNodes = new ArrayList<>();
    boolean changed = false;
    for (LNode c : children) {
      OutputRun.Piece p = piece(c);
      if (p != null) {
        run.add(p);
        runNodes.add(c);
        continue;
      }
      changed |= flush(run, runNodes, out, loopBody);
      out.add(c);
    }
    changed |= flush(run, runNodes, out, loopBody);
    return changed ? out : null;
  }

  private static boolean flush(
      List<OutputRun.Piece> run, List<LNode> nodes, List<LNode> out, boolean loopBody) {
    boolean fused = run.size() > 1;
    if (fused) {
      out.add(new OutputRun(run.toArray(new OutputRun.Piece[0]), loopBody));
    } else {
      out.addAll(nodes);
    }
    run.clear();
    nodes.clear();
    return fused;
  }

  /** The piece a node renders as, or null when it must stay a node of its own. */
  private static OutputRun.Piece piece(LNode node) throws ReflectiveOperationException {
    if (node.getClass() == AtomNode.class && ATOM_VALUE.get(node) instanceof String s) {
      return OutputRun.Piece.text(s);
    }
    if (node.getClass() != OutputNode.class || OUTPUT_EXPRESSION == null) {
      return null;
    }
    LNode expression = (LNode) OUTPUT_EXPRESSION.get(node);
    @SuppressWarnings("unchecked")
    List<FilterNode> filters = (List<FilterNode>) OUTPUT_FILTERS.get(node);
    String[] path = path(expression);
    boolean track = filters != null && filters.size() == 1 && isTrack(filters.get(0));
    if (path == null || (filters != null && !filters.isEmpty() && !track)) {
      return OutputRun.Piece.node(node);
    }
    return OutputRun.Piece.lookup(path, track, node);
  }

  /** {@code id.key.key} of a plain lookup (no brackets, no size/first/last), else null. */
  private static String[] path(LNode expression) throws ReflectiveOperationException {
    if (expression == null || expression.getClass() != LookupNode.class) {
      return null;
    }
    String id = (String) LOOKUP_ID.get(expression);
    List<?> indexes = (List<?>) LOOKUP_INDEXES.get(expression);
    if (id == null || id.startsWith("@") || indexes == null) {
      return null;
    }
    String[] path = new String[indexes.size() + 1];
    path[0] = id;
    for (int i = 0; i < indexes.size(); i++) {
      Object index = indexes.get(i);
      if (index == null || index.getClass() != LookupNode.Hash.class) {
        return null;
      }
      String key = (String) HASH_KEY.get(index);
      if (key == null || key.equals("size") || key.equals("first") || key.equals("last")) {
        return null;
      }
      path[i + 1] = key;
    }
    return path;
  }

  private static boolean isTrack(FilterNode f) throws ReflectiveOperationException {
    List<?> params = (List<?>) FILTER_PARAMS.get(f);
    return FILTER_FILTER.get(f) instanceof TrackFilter && (params == null || params.isEmpty());
  }

  private static Field field(Class<?> type, String name) {
    try {
      Field f = type.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
