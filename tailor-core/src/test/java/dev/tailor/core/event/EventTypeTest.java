package dev.tailor.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.core.TailorException;
import org.junit.jupiter.api.Test;

class EventTypeTest {
  @Test
  void interchangeAndSegmentSpellingsNameTheSameType() {
    assertThat(EventType.parse("order_completed")).isEqualTo(EventType.ORDER_COMPLETED);
    assertThat(EventType.parse("Order Completed")).isEqualTo(EventType.ORDER_COMPLETED);
    assertThat(EventType.parse("  product viewed ")).isEqualTo(EventType.PRODUCT_VIEWED);
    assertThat(EventType.parse("Email Link Clicked")).isEqualTo(EventType.EMAIL_CLICKED);
  }

  @Test
  void anUnknownTypeIsRejectedWithItsName() {
    assertThat(EventType.find("page_viewed")).isEmpty();
    assertThatThrownBy(() -> EventType.parse("page_viewed"))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("'page_viewed'");
  }
}
