package io.staffline.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** scheduled = ⌈required ÷ (1 − shrinkage)⌉ in exact decimal arithmetic. */
class ShrinkageTest {

  @Test
  void twentyOneAtThirtyPercentIsExactlyThirty() {
    // 21 / (1 − 0.3) is 30.000000000000004 in floating point.
    assertEquals(30, new Shrinkage(0.3).scheduled(21));
  }

  @Test
  void fourteenAtThirtyPercentIsTwenty() {
    assertEquals(20, new Shrinkage(0.3).scheduled(14)); // 14 / 0.7 = 20
  }

  @Test
  void anythingAboveAWholeNumberRoundsUp() {
    assertEquals(32, new Shrinkage(0.3).scheduled(22)); // 31.43
    assertEquals(2, new Shrinkage(0.5).scheduled(1));
    assertEquals(10, new Shrinkage(0.3).scheduled(7));
  }

  @Test
  void noShrinkageSchedulesTheRequirement() {
    assertEquals(13, Shrinkage.NONE.scheduled(13));
    assertEquals(0, new Shrinkage(0.3).scheduled(0));
  }

  @Test
  void shrinkageOfOneOrMoreIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new Shrinkage(1));
    assertThrows(IllegalArgumentException.class, () -> new Shrinkage(-0.1));
    assertThrows(IllegalArgumentException.class, () -> new Shrinkage(Double.NaN));
  }
}
