/**
 * The shop's customers: who they are (country and matching time zone, names, email on {@code
 * example.com}, consent, sign-up date) and the hidden tastes that drive what they do (favourite
 * categories and brands, price tier and sensitivity, activity, preferred hour, email habits).
 */
package dev.tailor.sim.people;
