/**
 * The dashboard: server-rendered pages (jte templates compiled at build time, htmx and uPlot from
 * WebJars), every form a plain HTML form that works without JavaScript. Pages need a signed-in
 * user; their data comes from a {@link dev.tailor.web.dashboard.DashboardBackend}.
 */
package dev.tailor.web.dashboard;
