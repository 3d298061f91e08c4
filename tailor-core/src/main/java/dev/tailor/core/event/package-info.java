/** Behavioural and email events, their types, and the event log port. */
package dev.tailor.core.event;
