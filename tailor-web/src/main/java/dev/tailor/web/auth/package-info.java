/**
 * Who may call what. API keys ({@code Authorization: Bearer tk_...}): public keys may only send
 * events, private keys may call everything; only their SHA-256 is stored and the key is shown once.
 * Dashboard users sign in with a password kept as a PBKDF2-HMAC-SHA256 digest; the session cookie
 * is HttpOnly and SameSite=Strict (and Secure behind https), forms carry a CSRF token, and failed
 * sign-ins are rate limited per address and per user name.
 */
package dev.tailor.web.auth;
