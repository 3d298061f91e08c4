package dev.tailor.ingest.read;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decoding of source files: UTF-8 where undecodable bytes become U+FFFD, never an exception. */
public final class Utf8 {
  /** What undecodable bytes turn into; a row holding it is rejected. */
  public static final char REPLACEMENT = '\uFFFD';

  /** The byte order mark some tools write at the start of a UTF-8 file. */
  public static final char BOM = '\uFEFF';

  private static final int BUFFER_CHARS = 1 << 16;

  private Utf8() {}

  /** A buffered reader over {@code in} that replaces malformed input instead of failing. */
  public static BufferedReader reader(InputStream in) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    return new BufferedReader(new InputStreamReader(in, decoder), BUFFER_CHARS);
  }

  /** {@code s} without a leading byte order mark. */
  public static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == BOM ? s.substring(1) : s;
  }
}
