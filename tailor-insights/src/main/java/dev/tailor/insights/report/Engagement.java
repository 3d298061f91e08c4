package dev.tailor.insights.report;

/**
 * Opens and clicks of one variant, people and machines apart. A human click counts as a human open
 * too (the pixel is often blocked while links still work).
 *
 * @param humanOpeners delivered emails opened (or clicked) by a person
 * @param machineOnlyOpeners delivered emails whose only opens came from machines
 * @param machineOpens open hits flagged as machine
 * @param humanOpenRate humanOpeners / delivered
 * @param humanClickers delivered emails with a human click
 * @param humanClicks human click hits
 * @param machineClicks click hits flagged as machine
 * @param clickRate humanClickers / delivered
 * @param clickToOpen humanClickers / humanOpeners
 */
public record Engagement(
    long humanOpeners,
    long machineOnlyOpeners,
    long machineOpens,
    double humanOpenRate,
    long humanClickers,
    long humanClicks,
    long machineClicks,
    double clickRate,
    double clickToOpen) {}
