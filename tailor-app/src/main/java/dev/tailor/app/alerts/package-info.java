/** Alert sinks that need the network: a webhook that receives each alert as JSON. */
package dev.tailor.app.alerts;
