/** Links from anonymous visitors to customers. */
package dev.tailor.core.identity;
