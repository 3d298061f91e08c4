/**
 * DKIM signing (RFC 6376): {@link dev.tailor.mail.dkim.DkimSettings} holds the signing domain,
 * selector, the RSA private key read from a PKCS#8 file and the headers to sign; {@link
 * dev.tailor.mail.dkim.DkimMessageSigner} adds a {@code DKIM-Signature} header (rsa-sha256,
 * relaxed/relaxed) on top of a message's bytes with the utils-mail-dkim library.
 */
package dev.tailor.mail.dkim;
