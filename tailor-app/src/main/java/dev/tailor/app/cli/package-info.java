/** Command-line plumbing: the root command, exit codes, output, JSON and progress bars. */
package dev.tailor.app.cli;
