/**
 * The API description: the hand-written OpenAPI 3.1 document served at {@code /v1/openapi.json} and
 * as a readable page at {@code /v1/docs}. A test checks it against the registered routes.
 */
package dev.tailor.web.openapi;
