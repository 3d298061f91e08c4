package dev.tailor.web.track;

import static dev.tailor.web.track.TrackingPages.escape;
import static dev.tailor.web.track.TrackingPages.page;

import dev.tailor.core.campaign.Message;
import dev.tailor.core.customer.Consent;
import dev.tailor.core.customer.ConsentStatus;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.core.store.Store;
import dev.tailor.core.suppression.Suppression;
import dev.tailor.core.suppression.SuppressionReason;
import dev.tailor.core.tracking.TrackingHit;
import dev.tailor.insights.engagement.HitKind;
import dev.tailor.insights.engagement.IpPrefix;
import dev.tailor.insights.engagement.MachineTrafficRules;
import dev.tailor.insights.engagement.ProxyDetector;
import dev.tailor.insights.engagement.ProxyKind;
import dev.tailor.web.server.Access;
import dev.tailor.web.server.LeanAnswer;
import dev.tailor.web.server.LeanRequest;
import dev.tailor.web.server.LeanRoute;
import dev.tailor.web.server.ProblemException;
import dev.tailor.web.server.RouteGroup;
import dev.tailor.web.server.RouteTable;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tracking endpoints (see the package description). Every hit is stored as an event before the
 * answer is sent: {@code email_opened}, {@code email_clicked} (with the product and slot when the
 * target is a recommended product's page), {@code email_unsubscribed} (once per message), {@code
 * email_feedback_positive} / {@code email_feedback_negative}. A URL whose signature does not match
 * gets 400 and nothing is stored; the redirect target is always the signed one.
 */
public final class TrackingRoutes implements RouteGroup {
  private static final Logger LOG = LoggerFactory.getLogger(TrackingRoutes.class);
  private static final int MAX_PARAM = 8_192;
  private static final Map<String, String> NO_STORE = Map.of("Cache-Control", "no-store");
  private static final byte[] REDIRECTED = "Redirected".getBytes(StandardCharsets.UTF_8);

  private final Store store;
  private final Clock clock;
  private final LinkVerifier verifier;
  private final ClickedProduct clicked;
  private final SentMessages messages;
  private final HitRecorder recorder;
  private final ProxyDetector proxies;
  private final MessageViewer viewer;

  /** The endpoints with the default machine-traffic rules and no "view in browser" page. */
  public TrackingRoutes(Store store, Clock clock, LinkVerifier verifier) {
    this(store, clock, verifier, MachineTrafficRules.DEFAULTS, MessageViewer.none());
  }

  /**
   * @param rules how privacy proxies and scanners are recognised as hits arrive
   * @param viewer the HTML of a sent email, for {@code GET /v/MESSAGE}
   */
  public TrackingRoutes(
      Store store,
      Clock clock,
      LinkVerifier verifier,
      MachineTrafficRules rules,
      MessageViewer viewer) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.verifier = Objects.requireNonNull(verifier, "verifier");
    this.clicked = new ClickedProduct(store.products());
    this.messages = new SentMessages(store.messages());
    this.recorder = new HitRecorder(store.trackingHits());
    this.proxies = new ProxyDetector(rules);
    this.viewer = Objects.requireNonNull(viewer, "viewer");
  }

  @Override
  public void register(RouteTable routes) {
    routes.lean(new LeanRoute("/o/{pixel}", this::open));
    routes.lean(new LeanRoute("/c/{message}", this::click));
    routes.get("/u/{message}", Access.OPEN, this::confirmUnsubscribe);
    routes.post("/u/{message}", Access.OPEN, this::unsubscribe);
    routes.get("/f/{message}", Access.OPEN, this::feedback);
    routes.get("/v/{message}", Access.OPEN, this::view);
  }

  private LeanAnswer open(LeanRequest r) {
    String file = r.segment();
    if (!file.endsWith(".gif") || file.length() == ".gif".length()) {
      throw ProblemException.badRequest(
          "invalid_link", "path", "the open pixel's path must be /o/MESSAGE.gif");
    }
    String messageId = file.substring(0, file.length() - ".gif".length());
    requireSigned(r.query("s"), messageId, "open");
    message(messageId).ifPresent(m -> seen(r, HitKind.OPEN, m.message, Optional.empty()));
    return new LeanAnswer(200, "image/gif", NO_STORE, Pixel.bytes());
  }

  private LeanAnswer click(LeanRequest r) {
    String messageId = r.segment();
    String target = param(r.query("u"), "u");
    requireSigned(r.query("s"), messageId, target);
    requireWebUrl(target);
    message(messageId)
        .ifPresent(
            m ->
                seen(
                    r,
                    HitKind.CLICK,
                    m.message,
                    ClickedProduct.find(m.links(clicked::links), target)));
    Map<String, String> headers = new LinkedHashMap<>(NO_STORE);
    headers.put("Location", target);
    return new LeanAnswer(302, "text/plain", headers, REDIRECTED);
  }

  private void confirmUnsubscribe(Context ctx) {
    String messageId = ctx.pathParam("message");
    String signature = param(ctx.queryParam("s"), "s");
    requireSigned(signature, messageId, "unsubscribe");
    String action =
        "/u/"
            + URLEncoder.encode(messageId, StandardCharsets.UTF_8)
            + "?s="
            + URLEncoder.encode(signature, StandardCharsets.UTF_8);
    ctx.header("Cache-Control", "no-store");
    ctx.html(
        page(
            "Unsubscribe",
            "<p>Do you want to stop receiving these emails?</p>"
                + "<form method=\"post\" action=\""
                + escape(action)
                + "\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                + "<button type=\"submit\">Unsubscribe</button></form>"));
  }

  private void unsubscribe(Context ctx) {
    String messageId = ctx.pathParam("message");
    requireSigned(ctx.queryParam("s"), messageId, "unsubscribe");
    Message m =
        message(messageId)
            .orElseThrow(() -> ProblemException.notFound("no message '" + messageId + "'"))
            .message;
    Instant now = clock.instant();
    store
        .suppressions()
        .addAll(
            List.of(
                new Suppression(
                    m.customerId(),
                    SuppressionReason.UNSUBSCRIBED,
                    now,
                    "one-click unsubscribe from message " + m.id())));
    Optional<Customer> customer = store.customers().findById(m.customerId());
    customer
        .filter(c -> c.consent().status() != ConsentStatus.UNSUBSCRIBED)
        .ifPresent(
            c ->
                store
                    .customers()
                    .upsertAll(
                        List.of(
                            c.toBuilder()
                                .consent(Consent.of(ConsentStatus.UNSUBSCRIBED, now))
                                .build())));
    // one event per message: a replayed unsubscribe stores nothing new
    record(base("unsubscribe-" + m.id(), EventType.EMAIL_UNSUBSCRIBED, m, now).build());
    ctx.header("Cache-Control", "no-store");
    ctx.html(
        page("Unsubscribed", "<p>You are unsubscribed and will not get these emails again.</p>"));
  }

  private void feedback(Context ctx) {
    String messageId = ctx.pathParam("message");
    String value = param(ctx.queryParam("v"), "v");
    EventType type;
    if (value.equals("up")) {
      type = EventType.EMAIL_FEEDBACK_POSITIVE;
    } else if (value.equals("down")) {
      type = EventType.EMAIL_FEEDBACK_NEGATIVE;
    } else {
      throw ProblemException.badRequest("invalid_field", "v", "v must be 'up' or 'down'");
    }
    requireSigned(ctx.queryParam("s"), messageId, "feedback:" + value);
    message(messageId).ifPresent(m -> record(hit(type, m.message, Optional.empty())));
    ctx.header("Cache-Control", "no-store");
    ctx.html(page("Thank you", "<p>Thank you: your feedback improves what we show you.</p>"));
  }

  /** The email as its recipient got it; no event (there is no event type for it). */
  private void view(Context ctx) {
    String messageId = ctx.pathParam("message");
    requireSigned(ctx.queryParam("s"), messageId, "view");
    Message m =
        message(messageId)
            .orElseThrow(() -> ProblemException.notFound("no message '" + messageId + "'"))
            .message;
    String html =
        viewer
            .html(m)
            .orElseThrow(
                () -> ProblemException.notFound("message '" + messageId + "' has no email"));
    ctx.header("Cache-Control", "no-store");
    ctx.header("X-Robots-Tag", "noindex");
    ctx.html(html);
  }

  /** Checks the link's signature {@code s} (as given, null when missing). */
  private void requireSigned(String s, String messageId, String payload) {
    String signature = param(s, "s");
    if (messageId.isEmpty()
        || messageId.length() > 200
        || !verifier.verify(messageId, payload, signature)) {
      throw ProblemException.badRequest(
          "invalid_signature", "s", "the link's signature does not match; it was altered");
    }
  }

  /** A required query parameter's value {@code v} (null when missing). */
  private static String param(String v, String name) {
    if (v == null || v.isEmpty()) {
      throw ProblemException.badRequest(
          "invalid_link", name, "the link has no '" + name + "' parameter");
    }
    if (v.length() > MAX_PARAM) {
      throw ProblemException.badRequest(
          "invalid_link", name, "the '" + name + "' parameter is longer than " + MAX_PARAM);
    }
    return v;
  }

  /** Signed targets are the renderer's http(s) links; anything else is refused all the same. */
  private static void requireWebUrl(String target) {
    try {
      URI uri = new URI(target);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw ProblemException.badRequest(
            "invalid_link", "u", "the link's target is not an http(s) URL");
      }
    } catch (URISyntaxException e) {
      throw ProblemException.badRequest("invalid_link", "u", "the link's target is not a URL");
    }
  }

  /**
   * The message; a correctly signed link of a message this store does not hold (a preview, another
   * installation with the same key) still works but records nothing.
   */
  private Optional<SentMessages.Entry> message(String id) {
    Optional<SentMessages.Entry> m = messages.find(id);
    if (m.isEmpty()) {
      LOG.info("tracking hit on unknown message {}: not recorded", id);
    }
    return m;
  }

  /** Stores an open or click with what the request shows of who made it. */
  private void seen(LeanRequest r, HitKind kind, Message m, Optional<ClickedProduct.Hit> product) {
    Event e =
        hit(kind == HitKind.OPEN ? EventType.EMAIL_OPENED : EventType.EMAIL_CLICKED, m, product);
    Optional<String> agent = Optional.ofNullable(r.header("User-Agent"));
    Optional<String> address = Optional.ofNullable(r.clientAddress());
    Optional<String> proxy = proxies.detect(kind, agent, address).map(ProxyKind::wireName);
    TrackingHit seen = new TrackingHit(e.eventId(), agent, address.flatMap(IpPrefix::of), proxy);
    recorder.record(e, Optional.of(seen));
  }

  private Event hit(EventType type, Message m, Optional<ClickedProduct.Hit> product) {
    Instant now = clock.instant();
    Event.Builder b = base(eventId(now.toEpochMilli()), type, m, now);
    product.ifPresent(p -> b.productId(p.productId()));
    return b.build();
  }

  /**
   * A time-ordered (version 7) UUID: the milliseconds of now, then random bits from the thread's
   * own generator ({@link UUID#randomUUID()} draws on the shared, locked SecureRandom; an event id
   * needs to be unique, not unpredictable). Ids that follow the clock are appended at the end of
   * the event id indexes of the store rather than into a random page of them, so a commit of many
   * hits writes a few pages of those indexes, not one per hit.
   */
  static String eventId(long epochMillis) {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    long high = (epochMillis << 16) | 0x7000L | (r.nextInt() & 0x0FFFL);
    long low = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }

  private static Event.Builder base(String eventId, EventType type, Message m, Instant at) {
    return Event.builder(eventId, type, at)
        .customerId(m.customerId())
        .campaignId(m.campaignId())
        .messageId(m.id());
  }

  private void record(Event e) {
    recorder.record(e, Optional.empty());
  }
}
