package dev.tailor.web.track;

import java.util.Base64;

/** The open pixel: a 1×1 transparent GIF of 43 bytes. */
final class Pixel {
  private static final byte[] GIF =
      Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");

  private Pixel() {}

  static byte[] bytes() {
    return GIF.clone();
  }
}
