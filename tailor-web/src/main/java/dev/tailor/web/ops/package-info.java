/**
 * Operations: {@code /health} (liveness and store reachability), Prometheus metrics at {@code
 * /metrics} (requests and latencies per route, events ingested, model age) and one structured log
 * line per request.
 */
package dev.tailor.web.ops;
