package dev.tailor.core.mail;

import java.util.Objects;

/**
 * What a transport did with one email.
 *
 * @param status the outcome
 * @param transportId the id the transport gave the message (SMTP queue id or Message-ID, outbox
 *     file name, export line number); empty when nothing was accepted
 * @param detail the server's reply or the reason, for logs and the message record
 */
public record DeliveryResult(Status status, String transportId, String detail) {
  /** The outcome of one delivery attempt. */
  public enum Status {
    /** Accepted by the server, written to the outbox or exported. */
    SENT,
    /** Refused for now (SMTP 4xx, connection lost, rate limited); try again later. */
    DEFERRED,
    /** Refused for good (SMTP 5xx, bad address): the recipient goes on the suppression list. */
    BOUNCED
  }

  public DeliveryResult {
    Objects.requireNonNull(status, "status");
    transportId = transportId == null ? "" : transportId;
    detail = detail == null ? "" : detail;
  }

  public static DeliveryResult sent(String transportId) {
    return new DeliveryResult(Status.SENT, transportId, "");
  }

  /** Sent, with the server's reply or a note as the detail. */
  public static DeliveryResult sent(String transportId, String detail) {
    return new DeliveryResult(Status.SENT, transportId, detail);
  }

  public static DeliveryResult deferred(String detail) {
    return new DeliveryResult(Status.DEFERRED, "", detail);
  }

  public static DeliveryResult bounced(String detail) {
    return new DeliveryResult(Status.BOUNCED, "", detail);
  }
}
