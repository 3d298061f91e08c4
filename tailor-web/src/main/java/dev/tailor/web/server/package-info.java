/**
 * The HTTP plumbing every resource group shares: the route table (one {@link
 * dev.tailor.web.server.RouteGroup} per resource), who may call what ({@link
 * dev.tailor.web.server.Access}), problem JSON (RFC 9457) for every failure, JSON mapping, request
 * logs and in-flight tracking for a graceful stop.
 */
package dev.tailor.web.server;
