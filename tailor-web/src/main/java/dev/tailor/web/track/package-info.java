/**
 * The tracking endpoints the links of a sent email point at, outside {@code /v1} on short paths:
 * the open pixel ({@code GET /o/MESSAGE.gif}), the click redirect ({@code GET /c/MESSAGE}),
 * one-click unsubscribe ({@code GET} confirm page and {@code POST} per RFC 8058 on {@code
 * /u/MESSAGE}), relevance feedback ({@code GET /f/MESSAGE}) and view in browser ({@code GET
 * /v/MESSAGE}). Every URL is signed by the renderer; this package checks the signature through a
 * {@link dev.tailor.web.track.LinkVerifier} that the application wires to the same key and scheme.
 * Every open and click is stored as an event, with its user agent, truncated network and any
 * privacy proxy recognised beside it, before answering; concurrent hits share a transaction (group
 * commit) and each request still answers only after its own commit.
 */
package dev.tailor.web.track;
