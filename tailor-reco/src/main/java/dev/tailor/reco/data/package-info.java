/**
 * Interaction data in dense int-indexed layout: id indexes and the sparse customer × item matrix.
 */
package dev.tailor.reco.data;
