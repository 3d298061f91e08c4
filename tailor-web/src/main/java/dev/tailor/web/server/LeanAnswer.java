package dev.tailor.web.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The whole answer of a {@link LeanRoute}: written as is, with a {@code Content-Length}.
 *
 * @param status the HTTP status
 * @param contentType the {@code Content-Type}
 * @param headers more headers, in order
 * @param body the body
 */
public record LeanAnswer(int status, String contentType, Map<String, String> headers, byte[] body) {
  public LeanAnswer {
    Objects.requireNonNull(contentType, "contentType");
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    Objects.requireNonNull(body, "body");
  }
}
