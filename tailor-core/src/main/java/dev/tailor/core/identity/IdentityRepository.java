package dev.tailor.core.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Links anonymous ids to customers. One customer may have many anonymous ids; an anonymous id
 * belongs to at most one customer: when it is linked twice, the link with the later time wins.
 */
public interface IdentityRepository {

  /** Stores the links in one transaction; re-linking the same pair changes nothing. */
  void linkAll(Collection<IdentityLink> links);

  /** The customer an anonymous id is linked to. */
  Optional<String> resolve(String anonymousId);

  /** Every anonymous id linked to the customer, sorted. */
  List<String> anonymousIdsOf(String customerId);

  long count();
}
