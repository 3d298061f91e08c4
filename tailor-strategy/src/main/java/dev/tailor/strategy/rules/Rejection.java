package dev.tailor.strategy.rules;

import java.util.Locale;

/** Why a candidate was not shown; counted per slot by dry runs. */
public enum Rejection {
  NOT_IN_CATALOG,
  WRONG_TYPE,
  UNAVAILABLE,
  OUT_OF_STOCK,
  LOW_INVENTORY,
  LOW_MARGIN,
  PRICE_BAND,
  PURCHASED,
  EMAILED,
  CATEGORY,
  BRAND,
  TAG,
  SEASONAL,
  OUT_OF_SCOPE,
  CAP,
  DUPLICATE,
  TOO_SIMILAR;

  /** e.g. {@code out_of_stock}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
