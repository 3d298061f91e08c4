/**
 * The campaign report: per variant and for the holdout, delivery, human and machine opens, clicks,
 * recommendation click rates per slot and algorithm, orders, conversion, revenue per email,
 * unsubscribes and bounces; each variant against the holdout with intervals and significance; a
 * winner called on clicks, conversions or revenue (never opens) once the sample is large enough;
 * and the weekly review of what was recommended. Plain records, printed by {@link ReportText} or
 * serialized by the caller.
 */
package dev.tailor.insights.report;
