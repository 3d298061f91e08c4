package dev.tailor.insights.engagement;

/** Why a hit is judged to come from a machine rather than the recipient. */
public enum MachineSignal {
  /** Fetched by a privacy proxy such as Apple Mail Privacy Protection. */
  PRIVACY_PROXY,
  /** The user agent names a link scanner, crawler or HTTP library. */
  SCANNER_AGENT,
  /** Within seconds of delivery: faster than a person reads mail. */
  TOO_SOON_AFTER_DELIVERY,
  /** One of several links of the same message followed within the same second. */
  CLICK_BURST
}
