/**
 * {@code tailor recommend --strategy F}: one customer's decision (table or JSON), everyone's as
 * JSONL, or a dry run's fill rates.
 */
package dev.tailor.app.strategy;
