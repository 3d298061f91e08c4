package dev.tailor.insights.report;

import java.math.BigDecimal;

/**
 * Human clicks on recommended items grouped by a key (a slot or an algorithm).
 *
 * @param key the slot's id or the algorithm's name
 * @param impressions recommended items shown in delivered emails
 * @param clicks items clicked by a person (each item of each email once)
 * @param ctr clicks / impressions (0 without impressions)
 * @param revenue attributed revenue of order lines buying these recommended items
 */
public record RateRow(String key, long impressions, long clicks, double ctr, BigDecimal revenue) {
  static RateRow of(String key, long impressions, long clicks, BigDecimal revenue) {
    return new RateRow(key, impressions, clicks, Ratio.of(clicks, impressions), revenue);
  }
}
