package dev.hinge.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The lifter's profile, on SQLite and PostgreSQL. */
class ProfileStoreTest extends StoreTestBase {
  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void anEmptyProfileBeforeTheFirstSaveThenWhatWasSavedWhole(String kind) throws Exception {
    try (Journal j = open(kind)) {
      assertThat(j.profiles().get()).isEqualTo(ProfileStore.Profile.empty());
      ProfileStore.Profile full =
          new ProfileStore.Profile(
              OptionalDouble.of(178),
              OptionalDouble.of(84.5),
              "lb",
              Optional.of(LocalDate.parse("1990-04-02")),
              Optional.of("female"));
      j.profiles().save(full);
      assertThat(j.profiles().get()).isEqualTo(full);
      assertThat(j.profiles().get().ageOn(j.today())).hasValue(36);
      // replaced whole: what the new one leaves out is gone
      ProfileStore.Profile partial =
          new ProfileStore.Profile(OptionalDouble.of(180), OptionalDouble.empty(), "kg");
      j.profiles().save(partial);
      assertThat(j.profiles().get()).isEqualTo(partial);
      assertThat(j.profiles().get().sex()).isEmpty();
    }
  }
}
