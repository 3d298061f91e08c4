package dev.tailor.testkit.contract;

import static dev.tailor.testkit.Fixtures.link;
import static dev.tailor.testkit.Fixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.identity.IdentityRepository;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@link IdentityRepository} contract. */
public abstract class IdentityRepositoryContract extends StoreContractSupport {

  private IdentityRepository identities() {
    return store.identities();
  }

  @Test
  public void anEmptyStoreResolvesNothing() {
    assertThat(identities().count()).isZero();
    assertThat(identities().resolve("a1")).isEmpty();
    assertThat(identities().anonymousIdsOf("c1")).isEmpty();
  }

  @Test
  public void aLinkedAnonymousIdResolvesToItsCustomer() {
    identities().linkAll(List.of(link("a1", "c1", minutes(1)), link("a2", "c2", minutes(1))));
    assertThat(identities().resolve("a1")).contains("c1");
    assertThat(identities().resolve("a2")).contains("c2");
    assertThat(identities().resolve("a3")).isEmpty();
    assertThat(identities().count()).isEqualTo(2);
  }

  @Test
  public void aCustomerListsAllTheirAnonymousIdsSorted() {
    identities()
        .linkAll(
            List.of(
                link("zeta", "c1", minutes(1)),
                link("alpha", "c1", minutes(2)),
                link("😀", "c1", minutes(3)),
                link("other", "c2", minutes(1)),
                link("Émile", "c1", minutes(4))));
    assertThat(identities().anonymousIdsOf("c1")).containsExactly("alpha", "zeta", "Émile", "😀");
    assertThat(identities().anonymousIdsOf("c2")).containsExactly("other");
    assertThat(identities().anonymousIdsOf("nobody")).isEmpty();
  }

  @Test
  public void relinkingTheSamePairChangesNothing() {
    identities().linkAll(List.of(link("a1", "c1", minutes(1))));
    identities().linkAll(List.of(link("a1", "c1", minutes(1)), link("a1", "c1", minutes(2))));
    assertThat(identities().resolve("a1")).contains("c1");
    assertThat(identities().count()).isEqualTo(1);
    assertThat(identities().anonymousIdsOf("c1")).containsExactly("a1");
  }

  @Test
  public void aLaterLinkMovesTheAnonymousIdToAnotherCustomer() {
    identities().linkAll(List.of(link("a1", "c1", minutes(1))));
    identities().linkAll(List.of(link("a1", "c2", minutes(2))));
    assertThat(identities().resolve("a1")).contains("c2");
    assertThat(identities().anonymousIdsOf("c1")).isEmpty();
    assertThat(identities().anonymousIdsOf("c2")).containsExactly("a1");
    assertThat(identities().count()).isEqualTo(1);
  }

  @Test
  public void anEarlierLinkDoesNotReplaceALaterOne() {
    identities().linkAll(List.of(link("a1", "c1", minutes(5))));
    identities().linkAll(List.of(link("a1", "c2", minutes(4))));
    assertThat(identities().resolve("a1")).contains("c1");
    assertThat(identities().anonymousIdsOf("c2")).isEmpty();
  }

  @Test
  public void ofTwoLinksWithTheSameTimeTheOneStoredFirstWins() {
    identities().linkAll(List.of(link("a1", "c1", minutes(5))));
    identities().linkAll(List.of(link("a1", "c2", minutes(5))));
    assertThat(identities().resolve("a1")).contains("c1");
  }

  @Test
  public void insideOneBatchTheLatestLinkWinsWhateverItsPosition() {
    identities()
        .linkAll(
            List.of(
                link("a1", "c1", minutes(1)),
                link("a1", "c3", minutes(3)),
                link("a1", "c2", minutes(2)),
                link("a2", "c2", minutes(2)),
                link("a2", "c1", minutes(2))));
    assertThat(identities().resolve("a1")).contains("c3");
    assertThat(identities().resolve("a2")).contains("c2");
    assertThat(identities().count()).isEqualTo(2);
  }

  @Test
  public void aRepeatedLinkWithALaterTimeKeepsItsPairAheadOfAnOlderRival() {
    identities().linkAll(List.of(link("a1", "c1", minutes(1))));
    identities().linkAll(List.of(link("a1", "c1", minutes(3))));
    identities().linkAll(List.of(link("a1", "c2", minutes(2))));
    assertThat(identities().resolve("a1")).contains("c1");
  }

  @Test
  public void aBatchWithANullElementStoresNothing() {
    identities().linkAll(List.of(link("a0", "c0", minutes(1))));
    assertRejected(
        () ->
            identities()
                .linkAll(
                    Arrays.asList(
                        link("a0", "c9", minutes(9)), null, link("a1", "c1", minutes(1)))));
    assertThat(identities().count()).isEqualTo(1);
    assertThat(identities().resolve("a0")).contains("c0");
  }

  @Test
  public void anEmptyBatchStoresNothing() {
    identities().linkAll(List.of());
    assertThat(identities().count()).isZero();
  }
}
