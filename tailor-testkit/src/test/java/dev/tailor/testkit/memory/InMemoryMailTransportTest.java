package dev.tailor.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.mail.DeliveryResult;
import dev.tailor.core.mail.MailTransport;
import dev.tailor.testkit.contract.MailTransportContract;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryMailTransportTest extends MailTransportContract {
  private InMemoryMailTransport memory;

  @Override
  protected MailTransport newTransport() {
    memory = new InMemoryMailTransport();
    return memory;
  }

  @Override
  protected List<Received> received() {
    return memory.sent().stream()
        .map(
            e ->
                new Received(
                    e.messageId(), e.from(), e.to(), e.subject(), e.html(), e.text(), e.headers()))
        .toList();
  }

  @Test
  void addressesToldToBounceOrDeferAreRefusedAndNotRecorded() {
    memory.bounceAddresses("Gone@Example.com");
    memory.deferAddresses("later@example.com");

    DeliveryResult bounced = memory.send(email("m-b", "Gone <gone@example.com>"));
    DeliveryResult deferred = memory.send(email("m-d", "later@example.com"));
    DeliveryResult sent = memory.send(email("m-s", "fine@example.com"));

    assertThat(bounced.status()).isEqualTo(DeliveryResult.Status.BOUNCED);
    assertThat(bounced.detail()).startsWith("550");
    assertThat(deferred.status()).isEqualTo(DeliveryResult.Status.DEFERRED);
    assertThat(deferred.detail()).startsWith("451");
    assertThat(sent.status()).isEqualTo(DeliveryResult.Status.SENT);
    assertThat(memory.sent()).extracting(e -> e.messageId()).containsExactly("m-s");
    assertThat(memory.attempts()).isEqualTo(3);
  }

  @Test
  void aDeferredMessageIsDeliveredOnceTheFaultIsCleared() {
    memory.deferAddresses("later@example.com");
    assertThat(memory.send(email("m-d", "later@example.com")).status())
        .isEqualTo(DeliveryResult.Status.DEFERRED);

    memory.clearFaults();

    assertThat(memory.send(email("m-d", "later@example.com")).status())
        .isEqualTo(DeliveryResult.Status.SENT);
    assertThat(memory.sentTo("LATER@example.com")).hasSize(1);
    assertThat(memory.findSent("m-d")).isPresent();
    assertThat(memory.sentCount()).isEqualTo(1);
  }
}
