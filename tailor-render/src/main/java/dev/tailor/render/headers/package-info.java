/** Email headers: RFC 8058 one-click unsubscribe. */
package dev.tailor.render.headers;
