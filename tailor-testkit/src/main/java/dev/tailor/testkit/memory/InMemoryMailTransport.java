package dev.tailor.testkit.memory;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.mail.DeliveryResult;
import dev.tailor.core.mail.MailTransport;
import dev.tailor.core.mail.OutgoingEmail;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link MailTransport} that keeps every accepted email in memory, for tests of the campaign
 * pipeline. Thread-safe. Like the real adapters it is idempotent by {@link
 * OutgoingEmail#messageId()}: a message already sent is not recorded again and reports the same
 * {@code SENT} result. Addresses told to {@link #deferAddresses defer} or {@link #bounceAddresses
 * bounce} get {@code DEFERRED} or {@code BOUNCED} (an SMTP-like 4xx or 5xx detail) and are not
 * recorded; a deferred message can be sent again once {@link #clearFaults()} ran.
 */
public final class InMemoryMailTransport implements MailTransport {
  private final Object lock = new Object();
  private final List<OutgoingEmail> sent = new ArrayList<>();
  private final Map<String, DeliveryResult> sentById = new HashMap<>();
  private final Set<String> deferred = new HashSet<>();
  private final Set<String> bounced = new HashSet<>();
  private int attempts;
  private boolean closed;

  /** Makes sends to these addresses (bare, case-insensitive) report {@code DEFERRED}. */
  public void deferAddresses(String... addresses) {
    synchronized (lock) {
      for (String a : addresses) {
        deferred.add(normalize(a));
      }
    }
  }

  /** Makes sends to these addresses (bare, case-insensitive) report {@code BOUNCED}. */
  public void bounceAddresses(String... addresses) {
    synchronized (lock) {
      for (String a : addresses) {
        bounced.add(normalize(a));
      }
    }
  }

  /** Forgets every address told to defer or bounce. */
  public void clearFaults() {
    synchronized (lock) {
      deferred.clear();
      bounced.clear();
    }
  }

  @Override
  public DeliveryResult send(OutgoingEmail email) {
    if (email == null) {
      throw new TailorException(ErrorCode.BAD_INPUT, "email is required");
    }
    synchronized (lock) {
      if (closed) {
        throw new TailorException(ErrorCode.RUNTIME, "the in-memory transport is closed");
      }
      attempts++;
      DeliveryResult previous = sentById.get(email.messageId());
      if (previous != null) {
        return previous;
      }
      String address = normalize(email.toAddress());
      if (bounced.contains(address)) {
        return DeliveryResult.bounced("550 5.1.1 <" + address + ">: recipient refused");
      }
      if (deferred.contains(address)) {
        return DeliveryResult.deferred("451 4.3.0 <" + address + ">: try again later");
      }
      sent.add(email);
      DeliveryResult result = DeliveryResult.sent("memory-" + sent.size());
      sentById.put(email.messageId(), result);
      return result;
    }
  }

  /** Every email accepted so far, in the order they were sent, each once. */
  public List<OutgoingEmail> sent() {
    synchronized (lock) {
      return List.copyOf(sent);
    }
  }

  /** How many distinct emails were accepted. */
  public int sentCount() {
    synchronized (lock) {
      return sent.size();
    }
  }

  /** The accepted emails to one address (bare, case-insensitive). */
  public List<OutgoingEmail> sentTo(String address) {
    String wanted = normalize(address);
    synchronized (lock) {
      return sent.stream().filter(e -> normalize(e.toAddress()).equals(wanted)).toList();
    }
  }

  /** The accepted email with this message id. */
  public Optional<OutgoingEmail> findSent(String messageId) {
    synchronized (lock) {
      return sent.stream().filter(e -> e.messageId().equals(messageId)).findFirst();
    }
  }

  /** How many times {@link #send} was called, repeats and refusals included. */
  public int attempts() {
    synchronized (lock) {
      return attempts;
    }
  }

  @Override
  public String describe() {
    return "memory";
  }

  /** Refuses further sends; what was sent stays readable. Closing twice does nothing. */
  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
    }
  }

  private static String normalize(String address) {
    return OutgoingEmail.bareAddress(address).toLowerCase(Locale.ROOT);
  }
}
