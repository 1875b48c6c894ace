package io.staffline.sample;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Made-up personal data for the columns ingest must drop: agent names and e-mails, requesters,
 * organisations and ticket subjects. All addresses use the reserved {@code example.com} domain.
 */
final class FakeIdentities {
  private FakeIdentities() {}

  private static final List<String> FIRST_NAMES = List.of(
      "Anna", "Ben", "Clara", "David", "Elif", "Felix", "Greta", "Hannes", "Ida", "Jonas",
      "Katrin", "Lukas", "Mara", "Niklas", "Olga", "Paul", "Quirin", "Rosa", "Sven", "Tuğba",
      "Ute", "Viktor", "Wiebke", "Xaver", "Yasmin", "Zoë", "Jürgen", "Małgorzata", "René",
      "Sören", "Léa", "Mehmet", "Aylin", "Tobias", "Lena", "Marco", "Sofia", "Emil", "Nora",
      "Jan");
  private static final List<String> LAST_NAMES = List.of(
      "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
      "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
      "Schwarz", "Braun", "Zimmermann", "Krüger", "Hartmann", "Lange", "Werner", "Krause",
      "Lehmann", "Köhler", "Özdemir", "Nowak", "Kowalski", "Yılmaz", "Rossi", "Dubois",
      "Jansen", "Berg", "Vogel", "Engel", "Peters", "Graf", "Kaiser", "Fuchs");

  private static final Map<String, List<String>> SUBJECTS = Map.ofEntries(
      Map.entry("invoice", List.of("Invoice amount looks wrong", "Need a copy of my invoice",
          "Invoice 2026-09 is missing VAT, please correct", "Wrong company name on invoice")),
      Map.entry("refund", List.of("Refund not received yet", "Please refund the double charge",
          "Refund for cancelled order, where is it?")),
      Map.entry("payment", List.of("Card payment declined", "Change payment method to SEPA",
          "Payment failed with \"insufficient funds\" although balance is fine")),
      Map.entry("login", List.of("Cannot log in", "Password reset e-mail not arriving",
          "Error \"403 Forbidden\" after login", "Locked out after too many attempts")),
      Map.entry("bug", List.of("App crashes on start", "Export button does nothing",
          "Dashboard shows wrong numbers, please check", "Report PDF is empty")),
      Map.entry("integration", List.of("API returns 500", "Webhook not firing",
          "Calendar sync stopped, since Monday", "API token expired unexpectedly")),
      Map.entry("access", List.of("Add a new user to our account",
          "Remove access for a former employee", "Two-factor code not accepted")),
      Map.entry("profile", List.of("Change company address", "Update my e-mail address",
          "Name misspelled on account")),
      Map.entry("cancellation", List.of("Cancel my subscription", "How do I close my account?",
          "Downgrade plan, but keep our data")));
  private static final List<String> GENERIC_SUBJECTS = List.of(
      "Question about my account", "Need help", "Follow-up on my request");

  /** A requester who writes in: a made-up customer and the organisation it belongs to. */
  record Requester(String id, String name, String email, String orgId) {}

  /**
   * A requester drawn from {@code customers} customers, low numbers more often (some customers
   * write often), each belonging to one of {@code customers / 10} organisations.
   */
  static Requester requester(RandomGenerator rng, int customers) {
    double u = rng.nextDouble();
    int n = 1 + (int) (customers * u * u);
    int orgs = Math.max(10, customers / 10);
    return new Requester("C" + n, "Customer " + n, "customer" + n + "@example.com",
        String.format(Locale.ROOT, "ORG-%04d", 1 + (n * 7919L) % orgs));
  }

  static String subject(RandomGenerator rng, String category) {
    List<String> phrases = SUBJECTS.getOrDefault(category, GENERIC_SUBJECTS);
    return phrases.get(rng.nextInt(phrases.size()));
  }

  /** A display name "First Last"; {@code attempt} > 0 adds a middle initial to make it unique. */
  static String agentName(RandomGenerator rng, int attempt) {
    String first = FIRST_NAMES.get(rng.nextInt(FIRST_NAMES.size()));
    String last = LAST_NAMES.get(rng.nextInt(LAST_NAMES.size()));
    return attempt == 0 ? first + " " + last
        : first + " " + (char) ('A' + (attempt - 1) % 26) + ". " + last;
  }

  /** first.last@support.example.com, ASCII only. */
  static String agentEmail(String displayName) {
    String ascii = Normalizer.normalize(displayName
            .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
            .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
            .replace("ł", "l").replace("ı", "i"), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
    return ascii.replace(". ", ".").replace(' ', '.').replaceAll("[^a-z.]", "")
        + "@support.example.com";
  }
}
