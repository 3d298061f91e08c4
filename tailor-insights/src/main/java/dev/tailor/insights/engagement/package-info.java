/**
 * Human or machine: classifies email opens and clicks. Opens fetched by privacy proxies (Apple Mail
 * Privacy Protection), opens and clicks within seconds of delivery (security scanners) and
 * sub-second bursts of clicks across several links of one message are kept but flagged, so they
 * never count toward winners, click rates or send-time learning.
 */
package dev.tailor.insights.engagement;
