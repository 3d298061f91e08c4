/** The runnable application: entry point of the {@code tailor} command. */
package dev.tailor.app;
