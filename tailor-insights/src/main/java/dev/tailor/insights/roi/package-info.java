/**
 * The ROI report: attributed and incremental revenue and emails built per hour, per campaign or per
 * week, with a CSV form.
 */
package dev.tailor.insights.roi;
