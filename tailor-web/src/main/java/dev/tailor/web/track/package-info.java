/**
 * The tracking endpoints the links of a sent email point at, outside {@code /v1} on short paths:
 * the open pixel ({@code GET /o/MESSAGE.gif}), the click redirect ({@code GET /c/MESSAGE}),
 * one-click unsubscribe ({@code GET} confirm page and {@code POST} per RFC 8058 on {@code
 * /u/MESSAGE}) and relevance feedback ({@code GET /f/MESSAGE}). Every URL is signed by the
 * renderer; this package checks the signature through a {@link dev.tailor.web.track.LinkVerifier}
 * that the application wires to the same key and scheme, and stores every hit as an event before
 * answering.
 */
package dev.tailor.web.track;
