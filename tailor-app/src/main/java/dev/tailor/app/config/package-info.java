/** Configuration records and their loader (defaults, YAML file, environment, options). */
package dev.tailor.app.config;
