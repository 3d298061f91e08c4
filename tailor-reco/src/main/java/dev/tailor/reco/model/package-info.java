/** The trainer → immutable model → recommendation contract shared by every algorithm. */
package dev.tailor.reco.model;
