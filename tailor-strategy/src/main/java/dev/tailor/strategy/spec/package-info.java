/** The strategy file: YAML parsed into validated records, every error naming file, line and key. */
package dev.tailor.strategy.spec;
