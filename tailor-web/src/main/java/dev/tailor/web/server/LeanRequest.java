package dev.tailor.web.server;

/**
 * What a {@link LeanRoute} reads of a request: the path segment after its prefix, query parameters,
 * headers and the client's address. The same handler so serves through Javalin and through the
 * {@link LeanLane} ahead of it.
 */
public interface LeanRequest {
  /** The one path segment after the route's prefix, e.g. {@code m12.gif} of {@code /o/m12.gif}. */
  String segment();

  /** The first value of a query parameter, URL-decoded; null when absent. */
  String query(String name);

  /** A request header; null when absent. */
  String header(String name);

  /** The client's address (behind a trusted proxy, as {@link ClientAddress} resolves it). */
  String clientAddress();
}
