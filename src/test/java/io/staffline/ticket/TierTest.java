package io.staffline.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Support lines by number and as written. */
class TierTest {
  @Test
  void aNumberIsItsLine() {
    assertEquals(List.of(Tier.LINE_1, Tier.LINE_2, Tier.LINE_3), List.of(Tier.of(1), Tier.of(2), Tier.of(3)));
  }

  @Test
  void aNumberThatIsNoLineIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tier.of(4));
    assertEquals("support line must be 1, 2 or 3, not 4", e.getMessage());
  }

  @Test
  void writtenFormsAreRead() {
    assertEquals(Optional.of(Tier.LINE_2), Tier.parse("L2"));
    assertEquals(Optional.of(Tier.LINE_3), Tier.parse("tier 3"));
    assertEquals(Optional.of(Tier.LINE_2), Tier.parse("2nd"));
    assertEquals(Optional.empty(), Tier.parse("line 4"));
  }
}
