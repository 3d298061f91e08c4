package dev.tailor.strategy.decide;

import dev.tailor.core.catalog.Product;
import dev.tailor.strategy.source.Candidate;
import java.util.List;

/**
 * A candidate that passed the hard rules, with its item number, final score and the boosts that
 * raised it.
 */
record Scored(Candidate candidate, int item, Product product, double score, List<String> boosts) {}
