/**
 * The HTTP server of Tailor: {@link dev.tailor.web.WebServer} starts Javalin with every resource
 * group (API, health, metrics, API description, dashboard), from {@link dev.tailor.web.WebSettings}
 * and the ports of {@link dev.tailor.web.WebBackend}.
 */
package dev.tailor.web;
