/**
 * Campaign use cases: the campaign file ({@code spec}), the audience ({@code audience}), stable
 * pilot, holdout and variant assignment ({@code assign}), send times ({@code schedule}), and the
 * resumable plan → decide → render → deliver pipeline ({@code pipeline}) with its reports.
 */
package dev.tailor.campaign;
