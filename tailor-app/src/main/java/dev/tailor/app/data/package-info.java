/** {@code tailor data ...}: the data check. */
package dev.tailor.app.data;
