/** {@code tailor generate}: the synthetic shop. */
package dev.tailor.app.generate;
