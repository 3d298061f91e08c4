/** {@code tailor report roi}: what the campaigns earned and how fast they were built. */
package dev.tailor.app.roi;
