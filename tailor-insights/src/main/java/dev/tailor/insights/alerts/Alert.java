package dev.tailor.insights.alerts;

import dev.tailor.core.Ids;
import java.time.Instant;
import java.util.Objects;

/**
 * Something a marketer should know about a campaign now.
 *
 * @param code a stable machine-readable code: {@code ctr-drop}, {@code conversion-drop}, {@code
 *     bounce-spike}, {@code error-spike}, {@code out-of-stock-recommended}, {@code
 *     blocked-term-recommended}
 * @param severity how urgent
 * @param campaignId the campaign concerned
 * @param message what happened, with the numbers, in plain words
 * @param at when it was detected
 */
public record Alert(String code, Severity severity, String campaignId, String message, Instant at) {
  public Alert {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    campaignId = Ids.require("campaign_id", campaignId);
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(at, "at");
  }
}
