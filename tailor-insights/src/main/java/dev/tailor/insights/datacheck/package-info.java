/** Data sufficiency: history, behaviour and catalog health, with warnings for marketers. */
package dev.tailor.insights.datacheck;
