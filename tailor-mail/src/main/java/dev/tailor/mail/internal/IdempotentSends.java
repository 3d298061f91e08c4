package dev.tailor.mail.internal;

import dev.tailor.core.mail.DeliveryResult;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Sends each message id at most once at a time and remembers the ones that were sent: a second send
 * of a sent id returns the first result without sending, and a send that races with one in flight
 * waits for it and returns its result. Ids whose send was deferred, bounced or failed are
 * forgotten, so they can be tried again. Thread-safe; memory grows by one entry per sent id.
 */
public final class IdempotentSends {
  private final ConcurrentHashMap<String, CompletableFuture<DeliveryResult>> byId =
      new ConcurrentHashMap<>();

  /** Runs {@code send} for {@code messageId} unless it was sent or is being sent. */
  public DeliveryResult send(String messageId, Supplier<DeliveryResult> send) {
    while (true) {
      CompletableFuture<DeliveryResult> mine = new CompletableFuture<>();
      CompletableFuture<DeliveryResult> existing = byId.putIfAbsent(messageId, mine);
      if (existing != null) {
        try {
          return existing.join();
        } catch (CompletionException e) {
          continue; // the other attempt failed and was forgotten: try ourselves
        }
      }
      try {
        DeliveryResult result = send.get();
        if (result.status() != DeliveryResult.Status.SENT) {
          byId.remove(messageId, mine);
        }
        mine.complete(result);
        return result;
      } catch (RuntimeException | Error e) {
        byId.remove(messageId, mine);
        mine.completeExceptionally(e);
        throw e;
      }
    }
  }

  /** Whether {@code messageId} was sent. */
  public boolean wasSent(String messageId) {
    CompletableFuture<DeliveryResult> f = byId.get(messageId);
    return f != null && f.isDone() && !f.isCompletedExceptionally();
  }
}
