package io.staffline.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.staffline.ticket.Channel;
import io.staffline.ticket.Tier;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** jobs/staffing.yaml: the bundled file, defaults, and bad settings naming file, line and key. */
class StaffingConfigTest {
  static final String FILE = "staffing.yaml";

  static IllegalArgumentException rejected(String yaml) {
    return assertThrows(IllegalArgumentException.class, () -> StaffingConfig.parse(yaml, FILE));
  }

  static void assertMentions(IllegalArgumentException e, String... parts) {
    for (String part : parts) {
      assertTrue(e.getMessage().contains(part), "'" + part + "' missing from: " + e.getMessage());
    }
  }

  @Test
  void theBundledFileGivesErlangAForPhoneChatByTwoAndEmailWithinEightBusinessHours() {
    StaffingConfig config = StaffingConfig.load(StaffingConfig.DEFAULT_FILE);
    ChannelSettings phone = config.channel(Channel.PHONE, Tier.LINE_1);
    assertEquals(ChannelModel.ERLANG, phone.model());
    assertEquals(120, phone.patienceSeconds().getAsDouble(), 0);
    assertEquals(0.05, phone.target().maxAbandonment().getAsDouble(), 0);
    assertEquals(0.85, phone.target().maxOccupancy().getAsDouble(), 0);
    assertEquals(ServiceLevelReading.ANSWERED_WITHIN, phone.target().serviceLevel().reading());
    assertEquals(2, config.channel(Channel.CHAT, Tier.LINE_1).concurrency());
    assertEquals(Duration.ofHours(8), config.channel(Channel.EMAIL, Tier.LINE_1).responseTarget());
    assertEquals(Duration.ofHours(4), config.channel(Channel.API, Tier.LINE_1).responseTarget());
    // 20% + 10%, added exactly.
    assertEquals(0.3, config.line(Tier.LINE_1).total().fraction(), 0);
  }

  @Test
  void theBundledFileSizesEveryChannelOfLinesTwoAndThreeAsDeferredWork() {
    StaffingConfig config = StaffingConfig.load(StaffingConfig.DEFAULT_FILE);
    for (Channel channel : Channel.values()) {
      ChannelSettings line2 = config.channel(channel, Tier.LINE_2);
      ChannelSettings line3 = config.channel(channel, Tier.LINE_3);
      assertEquals(ChannelModel.BACKLOG, line2.model(), channel + " line 2");
      assertEquals(Duration.ofHours(10), line2.responseTarget(), channel + " line 2");
      assertEquals(ChannelModel.BACKLOG, line3.model(), channel + " line 3");
      assertEquals(Duration.ofHours(20), line3.responseTarget(), channel + " line 3");
    }
    assertEquals(ChannelModel.CHAT, config.channel(Channel.CHAT, Tier.LINE_1).model());
  }

  @Test
  void whatTheFileLeavesOutTakesItsDefault() {
    StaffingConfig config = StaffingConfig.parse("channels:\n  phone:\n    answer_seconds: 30\n", FILE);
    ChannelSettings phone = config.channel(Channel.PHONE, Tier.LINE_1);
    assertEquals(ChannelSettings.DEFAULT_SERVICE_LEVEL, phone.target().serviceLevel().fraction(), 0);
    assertEquals(30, phone.target().serviceLevel().answerSeconds(), 0);
    assertEquals(ChannelModel.BACKLOG, config.channel(Channel.EMAIL, Tier.LINE_1).model());
    assertEquals(ChannelSettings.DEFAULT_RESPONSE_TARGET, config.channel(Channel.EMAIL, Tier.LINE_1).responseTarget());
    assertEquals(0, config.line(Tier.LINE_2).total().fraction(), 0);
  }

  @Test
  void sharesAreWrittenAsFractionsOrPercentages() {
    StaffingConfig config = StaffingConfig.parse(
        "channels:\n  phone: {service_level: 0.9, max_occupancy: 85%}\n", FILE);
    assertEquals(0.9, config.channel(Channel.PHONE, Tier.LINE_1).target().serviceLevel().fraction(), 0);
    assertEquals(0.85, config.channel(Channel.PHONE, Tier.LINE_1).target().maxOccupancy().getAsDouble(), 0);
  }

  @Test
  void responseHoursMayBeFractional() {
    StaffingConfig config = StaffingConfig.parse(
        "channels:\n  web: {response_business_hours: 1.5}\n", FILE);
    assertEquals(Duration.ofMinutes(90), config.channel(Channel.WEB, Tier.LINE_1).responseTarget());
  }

  @Test
  void anUnknownKeyNamesFileLineAndKey() {
    IllegalArgumentException e = rejected("channels:\n  phone:\n    model: erlang\n    answer_secs: 20\n");
    assertMentions(e, "staffing.yaml line 4", "unknown key 'answer_secs'", "channels.phone",
        "answer_seconds");
  }

  @Test
  void anUnknownTopLevelKeyIsRejected() {
    assertMentions(rejected("channel:\n  phone: {}\n"), "line 1", "unknown key 'channel'");
  }

  @Test
  void aSettingOfAnotherModelIsRejected() {
    IllegalArgumentException e = rejected("channels:\n  email:\n    model: backlog\n    answer_seconds: 20\n");
    assertMentions(e, "line 4", "unknown key 'answer_seconds'", "for model backlog",
        "response_business_hours");
  }

  @Test
  void anUnknownModelNamesTheKnownOnes() {
    IllegalArgumentException e = rejected("channels:\n  phone:\n    model: erlang_x\n");
    assertMentions(e, "staffing.yaml line 3", "channels.phone.model", "unknown model 'erlang_x'",
        "[erlang, chat, backlog]");
  }

  @Test
  void anUnknownChannelIsRejected() {
    assertMentions(rejected("channels:\n  fax: {}\n"), "line 2", "channels.fax", "unknown channel");
  }

  @Test
  void shrinkageOfAHundredPercentOrMoreIsRejected() {
    IllegalArgumentException e = rejected(
        "lines:\n  1:\n    planned_shrinkage: 70%\n    unplanned_shrinkage: 30%\n");
    assertMentions(e, "staffing.yaml line 4", "lines.1.unplanned_shrinkage", "70% + 30% = 100%",
        "below 100%");
  }

  @Test
  void aShrinkageOutsideItsRangeIsRejected() {
    assertMentions(rejected("lines:\n  2: {planned_shrinkage: 120%}\n"), "line 2",
        "lines.2.planned_shrinkage", "below 100%");
  }

  @Test
  void anUnknownLineIsRejected() {
    assertMentions(rejected("lines:\n  4: {planned_shrinkage: 10%}\n"), "lines.4", "unknown line");
  }

  @Test
  void anAbandonmentTargetNeedsAPatience() {
    assertMentions(rejected("channels:\n  phone: {max_abandonment: 5%}\n"), "line 2",
        "channels.phone.max_abandonment", "needs patience_seconds");
  }

  @Test
  void aServiceLevelOfAHundredPercentIsRejected() {
    assertMentions(rejected("channels:\n  chat: {service_level: 100%}\n"),
        "channels.chat.service_level", "below 100%");
  }

  @Test
  void aZeroResponseTargetIsRejected() {
    assertMentions(rejected("channels:\n  email: {response_business_hours: 0}\n"),
        "channels.email.response_business_hours", "more than 0");
  }

  @Test
  void aFractionalConcurrencyIsRejected() {
    assertMentions(rejected("channels:\n  chat: {concurrency: 2.5}\n"), "channels.chat.concurrency",
        "whole number");
  }

  @Test
  void aKeyGivenTwiceIsRejected() {
    assertMentions(rejected("channels:\n  phone: {answer_seconds: 20, answer_seconds: 30}\n"),
        "channels.phone.answer_seconds", "given twice");
  }

  @Test
  void aNumberThatIsNotOneNamesTheKey() {
    assertMentions(rejected("channels:\n  phone:\n    patience_seconds: long\n"), "line 3",
        "channels.phone.patience_seconds", "'long' is not a number");
  }

  @Test
  void aReadingIsOneOfTheTwo() {
    StaffingConfig config = StaffingConfig.parse(
        "channels:\n  phone: {patience_seconds: 60, sl_reading: waited-at-most}\n", FILE);
    assertEquals(ServiceLevelReading.WAITED_AT_MOST,
        config.channel(Channel.PHONE, Tier.LINE_1).target().serviceLevel().reading());
    assertMentions(rejected("channels:\n  phone: {sl_reading: answered}\n"),
        "channels.phone.sl_reading", "answered-within");
  }

  /** Phone live at the top, deferred on line 2 within 16 business hours. */
  static final String PHONE_DEFERRED_ON_LINE_2 = """
      channels:
        phone: {model: erlang, answer_seconds: 30, patience_seconds: 120}
      lines:
        2:
          planned_shrinkage: 25%
          channels:
            phone: {model: backlog, response_business_hours: 16, default_aht_seconds: 1500}
      """;

  @Test
  void aLineUsesItsChannelOverride() {
    StaffingConfig config = StaffingConfig.parse(PHONE_DEFERRED_ON_LINE_2, FILE);
    ChannelSettings phone = config.channel(Channel.PHONE, Tier.LINE_2);
    assertEquals(ChannelModel.BACKLOG, phone.model());
    assertEquals(Duration.ofHours(16), phone.responseTarget());
    assertEquals(1500, phone.defaultAhtSeconds(), 0);
    assertEquals("lines.2.channels.phone", config.settingsKey(Channel.PHONE, Tier.LINE_2));
    // The line's shrinkage is still read beside its channels.
    assertEquals(0.25, config.line(Tier.LINE_2).total().fraction(), 0);
  }

  @Test
  void aLineWithoutAnOverrideForAChannelTakesTheTopLevelSettings() {
    StaffingConfig config = StaffingConfig.parse(PHONE_DEFERRED_ON_LINE_2, FILE);
    ChannelSettings top = config.channels().get(Channel.PHONE);
    assertEquals(30, top.target().serviceLevel().answerSeconds(), 0);
    assertEquals(top, config.channel(Channel.PHONE, Tier.LINE_1));
    assertEquals(top, config.channel(Channel.PHONE, Tier.LINE_3));
    assertEquals(config.channels().get(Channel.EMAIL), config.channel(Channel.EMAIL, Tier.LINE_2));
    assertEquals("channels.phone", config.settingsKey(Channel.PHONE, Tier.LINE_3));
  }

  @Test
  void anOverrideReplacesTheChannelSoWhatItLeavesOutTakesTheDefaultNotTheTopLevelValue() {
    StaffingConfig config = StaffingConfig.parse(PHONE_DEFERRED_ON_LINE_2.replace(
        "{model: backlog, response_business_hours: 16, default_aht_seconds: 1500}",
        "{service_level: 90%}"), FILE);
    ChannelSettings phone = config.channel(Channel.PHONE, Tier.LINE_2);
    assertEquals(ChannelModel.ERLANG, phone.model());
    assertEquals(0.9, phone.target().serviceLevel().fraction(), 0);
    assertEquals(ChannelSettings.DEFAULT_ANSWER_SECONDS, phone.target().serviceLevel().answerSeconds(), 0);
    assertTrue(phone.patienceSeconds().isEmpty(), "patience 120 s is the top level's, not line 2's");
    assertEquals(ChannelSettings.defaultAhtSeconds(Channel.PHONE), phone.defaultAhtSeconds(), 0);
  }

  @Test
  void anUnknownKeyInAnOverrideNamesItsPath() {
    IllegalArgumentException e = rejected(PHONE_DEFERRED_ON_LINE_2.replace(
        "response_business_hours: 16", "response_hours: 16"));
    assertMentions(e, "staffing.yaml line 7", "unknown key 'response_hours'",
        "at lines.2.channels.phone for model backlog",
        "[default_aht_seconds, model, response_business_hours]");
  }

  @Test
  void aBadModelInAnOverrideNamesItsPath() {
    IllegalArgumentException e = rejected(PHONE_DEFERRED_ON_LINE_2.replace("model: backlog",
        "model: callback"));
    assertMentions(e, "staffing.yaml line 7", "lines.2.channels.phone.model",
        "unknown model 'callback'", "[erlang, chat, backlog]");
  }

  @Test
  void aBadValueInAnOverrideNamesItsPath() {
    IllegalArgumentException e = rejected(PHONE_DEFERRED_ON_LINE_2.replace(
        "response_business_hours: 16", "response_business_hours: 0"));
    assertMentions(e, "staffing.yaml line 7", "lines.2.channels.phone.response_business_hours",
        "more than 0");
  }

  @Test
  void anUnknownChannelInAnOverrideIsRejected() {
    assertMentions(rejected("lines:\n  3:\n    channels:\n      fax: {}\n"), "line 4",
        "lines.3.channels.fax", "unknown channel");
  }

  @Test
  void anUnknownKeyOfALineListsChannelsAmongTheKnown() {
    IllegalArgumentException e = rejected("lines:\n  2:\n    channel:\n      phone: {}\n");
    assertMentions(e, "staffing.yaml line 3", "unknown key 'channel' at lines.2",
        "[channels, planned_shrinkage, unplanned_shrinkage]");
  }

  @Test
  void theLineSharesAreAddedExactly() {
    LineShrinkage line = new LineShrinkage(new BigDecimal("0.2"), new BigDecimal("0.1"));
    // In binary 0.2 + 0.1 = 0.30000000000000004, and 21 agents would need 31 rather than 30.
    assertEquals(30, line.total().scheduled(21));
  }
}
