package dev.tailor.core.campaign;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.util.Locale;

/** Where a campaign is in its life. */
public enum CampaignStatus {
  /** Recipients are being chosen and their message records written. */
  PLANNING,
  /** Every recipient has a message record; due messages are being delivered. */
  SENDING,
  /** Every message reached a final state (sent, failed, suppressed, held out). */
  DONE,
  /** Stopped by an error; {@code resume} continues it. */
  FAILED;

  /** The stored spelling ({@code planning}, ...). */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static CampaignStatus parse(String value) {
    for (CampaignStatus s : values()) {
      if (s.wireName().equalsIgnoreCase(value == null ? "" : value.strip())) {
        return s;
      }
    }
    throw new TailorException(ErrorCode.BAD_INPUT, "unknown campaign status '" + value + "'");
  }
}
