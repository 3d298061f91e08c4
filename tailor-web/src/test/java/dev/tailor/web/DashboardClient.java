package dev.tailor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like client of the dashboard: keeps cookies, follows no redirect, posts forms. */
final class DashboardClient {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private final HttpClient client;
  private final CookieManager cookies = new CookieManager();
  private int port;

  DashboardClient(int port) {
    this.port = port;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Points the client (and its cookies) at another server, as after a restart. */
  void port(int next) {
    this.port = next;
  }

  HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String... fields) throws Exception {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.length; i += 2) {
      b.append(i == 0 ? "" : "&")
          .append(fields[i])
          .append('=')
          .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
    }
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(b.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String csrf(HttpResponse<String> page) {
    Matcher m = CSRF.matcher(page.body());
    assertThat(m.find()).as(page.body()).isTrue();
    return m.group(1);
  }

  /** Signs in; asserts it worked. */
  void signIn(String user, String password) throws Exception {
    String token = csrf(get("/login"));
    HttpResponse<String> r = post("/login", "csrf", token, "username", user, "password", password);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
  }
}
