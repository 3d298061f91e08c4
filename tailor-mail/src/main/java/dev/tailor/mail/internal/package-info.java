/** Support shared by the transports of this module; not an entry point. */
package dev.tailor.mail.internal;
