package dev.tailor.reco.data;

import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.core.store.Store;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * The product interactions models learn from, as parallel columns (no object per event): who, which
 * product, what kind, when, in which order and how many. Only events that name both a customer
 * (anonymous visitors count once linked) and a product are kept. Immutable; splits and windows make
 * filtered copies that share the id indexes.
 */
public final class InteractionLog {
  private static final EventType[] TYPES = EventType.values();

  private final IdIndex customers;
  private final IdIndex products;
  private final IdIndex orders;
  private final int[] customer;
  private final int[] product;
  private final byte[] type;
  private final long[] time;
  private final int[] order;
  private final int[] quantity;

  private InteractionLog(
      IdIndex customers,
      IdIndex products,
      IdIndex orders,
      int[] customer,
      int[] product,
      byte[] type,
      long[] time,
      int[] order,
      int[] quantity) {
    this.customers = customers;
    this.products = products;
    this.orders = orders;
    this.customer = customer;
    this.product = product;
    this.type = type;
    this.time = time;
    this.order = order;
    this.quantity = quantity;
  }

  /**
   * Reads the product interactions with {@code from <= timestamp < to} from the store, in time
   * order, streaming.
   */
  public static InteractionLog fromStore(Store store, Instant from, Instant to) {
    Builder b = new Builder();
    store.events().scan(from, to, b::add);
    return b.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public int size() {
    return customer.length;
  }

  /** Every customer id seen in the log (index space shared by filtered copies). */
  public IdIndex customers() {
    return customers;
  }

  /** Every product id seen in the log (index space shared by filtered copies). */
  public IdIndex products() {
    return products;
  }

  /** Every order id seen in the log. */
  public IdIndex orders() {
    return orders;
  }

  public int customer(int row) {
    return customer[row];
  }

  public int product(int row) {
    return product[row];
  }

  public EventType type(int row) {
    return TYPES[type[row]];
  }

  /** Epoch milliseconds. */
  public long time(int row) {
    return time[row];
  }

  /** Order index, or -1 when the event has no order id. */
  public int order(int row) {
    return order[row];
  }

  public int quantity(int row) {
    return quantity[row];
  }

  /** The newest event time, if any. */
  public Optional<Instant> newest() {
    long max = Long.MIN_VALUE;
    for (long t : time) {
      max = Math.max(max, t);
    }
    return size() == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(max));
  }

  /** The oldest event time, if any. */
  public Optional<Instant> oldest() {
    long min = Long.MAX_VALUE;
    for (long t : time) {
      min = Math.min(min, t);
    }
    return size() == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(min));
  }

  /** The rows for which {@code keep} holds, in the same order, sharing the id indexes. */
  public InteractionLog filter(IntPredicate keep) {
    int[] rows = new int[size()];
    int n = 0;
    for (int r = 0; r < size(); r++) {
      if (keep.test(r)) {
        rows[n++] = r;
      }
    }
    int[] c = new int[n];
    int[] p = new int[n];
    byte[] ty = new byte[n];
    long[] ti = new long[n];
    int[] o = new int[n];
    int[] q = new int[n];
    for (int k = 0; k < n; k++) {
      int r = rows[k];
      c[k] = customer[r];
      p[k] = product[r];
      ty[k] = type[r];
      ti[k] = time[r];
      o[k] = order[r];
      q[k] = quantity[r];
    }
    return new InteractionLog(customers, products, orders, c, p, ty, ti, o, q);
  }

  /** Collects interactions; events without a customer or product are ignored. */
  public static final class Builder {
    private final IdIndex.Builder customers = new IdIndex.Builder();
    private final IdIndex.Builder products = new IdIndex.Builder();
    private final IdIndex.Builder orders = new IdIndex.Builder();
    private int[] customer = new int[16];
    private int[] product = new int[16];
    private byte[] type = new byte[16];
    private long[] time = new long[16];
    private int[] order = new int[16];
    private int[] quantity = new int[16];
    private int size;

    /** Adds the event when it is a product interaction of a known customer; returns whether. */
    public boolean add(Event e) {
      if (!e.type().isProductInteraction() || e.customerId().isEmpty() || e.productId().isEmpty()) {
        return false;
      }
      add(
          e.customerId().get(),
          e.productId().get(),
          e.type(),
          e.timestamp().toEpochMilli(),
          e.orderId().orElse(null),
          Math.max(1, e.quantity()));
      return true;
    }

    /** Adds one interaction; {@code orderId} may be null. */
    public void add(
        String customerId,
        String productId,
        EventType eventType,
        long epochMillis,
        String orderId,
        int qty) {
      if (size == customer.length) {
        grow();
      }
      customer[size] = customers.add(customerId);
      product[size] = products.add(productId);
      type[size] = (byte) eventType.ordinal();
      time[size] = epochMillis;
      order[size] = orderId == null ? -1 : orders.add(orderId);
      quantity[size] = qty;
      size++;
    }

    private void grow() {
      int n = customer.length * 2;
      customer = Arrays.copyOf(customer, n);
      product = Arrays.copyOf(product, n);
      type = Arrays.copyOf(type, n);
      time = Arrays.copyOf(time, n);
      order = Arrays.copyOf(order, n);
      quantity = Arrays.copyOf(quantity, n);
    }

    public InteractionLog build() {
      return new InteractionLog(
          customers.build(),
          products.build(),
          orders.build(),
          Arrays.copyOf(customer, size),
          Arrays.copyOf(product, size),
          Arrays.copyOf(type, size),
          Arrays.copyOf(time, size),
          Arrays.copyOf(order, size),
          Arrays.copyOf(quantity, size));
    }
  }
}
