package dev.tailor.core.event;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The behavioural and email events Tailor understands, with their interchange spelling ({@code
 * product_viewed}) and Segment's e-commerce spelling ({@code Product Viewed}).
 */
public enum EventType {
  PRODUCT_VIEWED("product_viewed", "Product Viewed", true),
  PRODUCT_ADDED("product_added", "Product Added", true),
  PRODUCT_REMOVED("product_removed", "Product Removed", true),
  CHECKOUT_STARTED("checkout_started", "Checkout Started", false),
  ORDER_COMPLETED("order_completed", "Order Completed", true),
  ORDER_REFUNDED("order_refunded", "Order Refunded", true),
  EMAIL_DELIVERED("email_delivered", "Email Delivered", false),
  EMAIL_OPENED("email_opened", "Email Opened", false),
  EMAIL_CLICKED("email_clicked", "Email Link Clicked", true),
  EMAIL_UNSUBSCRIBED("email_unsubscribed", "Unsubscribed", false),
  EMAIL_BOUNCED("email_bounced", "Email Bounced", false),
  /** A recipient found an email's recommendations relevant (👍). */
  EMAIL_FEEDBACK_POSITIVE("email_feedback_positive", "Email Feedback Positive", false),
  /** A recipient found an email's recommendations not relevant (👎). */
  EMAIL_FEEDBACK_NEGATIVE("email_feedback_negative", "Email Feedback Negative", false),
  IDENTIFY("identify", "Identify", false);

  private static final Map<String, EventType> BY_NAME = new HashMap<>();

  static {
    for (EventType t : values()) {
      BY_NAME.put(normalize(t.wireName), t);
      BY_NAME.put(normalize(t.segmentName), t);
    }
  }

  private final String wireName;
  private final String segmentName;
  private final boolean productInteraction;

  EventType(String wireName, String segmentName, boolean productInteraction) {
    this.wireName = wireName;
    this.segmentName = segmentName;
    this.productInteraction = productInteraction;
  }

  /** The interchange spelling, e.g. {@code order_completed}. */
  public String wireName() {
    return wireName;
  }

  /** Segment's spelling, e.g. {@code Order Completed}. */
  public String segmentName() {
    return segmentName;
  }

  /** True for events that express interest in a product (and carry a product id when they do). */
  public boolean isProductInteraction() {
    return productInteraction;
  }

  /** Looks up an interchange or Segment name; case, spaces and underscores are not significant. */
  public static Optional<EventType> find(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(normalize(name)));
  }

  /** Like {@link #find} but throws a {@link TailorException} naming the unknown value. */
  public static EventType parse(String name) {
    return find(name)
        .orElseThrow(
            () -> new TailorException(ErrorCode.BAD_INPUT, "unknown event type '" + name + "'"));
  }

  private static String normalize(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
  }
}
