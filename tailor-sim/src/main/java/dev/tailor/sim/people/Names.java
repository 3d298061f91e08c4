package dev.tailor.sim.people;

import dev.tailor.sim.random.Draws;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/** First and last names by language, and email addresses built from them on example.com. */
final class Names {
  private static final Map<String, List<String>> FIRST =
      Map.of(
          "de", list("Anna, Lena, Julia, Sophie, Lukas, Jonas, Felix, Maximilian, Jürgen, Käthe"),
          "fr", list("Léa, Chloé, Camille, Manon, Louis, Hugo, Lucas, Théo, Zoë, Amélie"),
          "en", list("Emma, Olivia, Charlotte, Grace, Jack, Oliver, Harry, Liam, Siobhán, Noah"),
          "nl", list("Sanne, Fleur, Lotte, Eva, Daan, Sem, Bram, Thijs, Jeroen, Anouk"),
          "es", list("Lucía, Sofía, Martina, Carmen, Hugo, Pablo, Álvaro, Mateo, José, Inês"),
          "it",
              list("Giulia, Chiara, Francesca, Sara, Marco, Luca, Matteo, Lorenzo, Niccolò, Gaia"),
          "pl",
              list("Zofia, Maja, Hanna, Wiktoria, Jakub, Kacper, Łukasz, Piotr, Michał, Agnieszka"),
          "nordic", list("Freja, Ingrid, Astrid, Saga, Søren, Magnus, Emil, Lars, Aino, Björn"));

  private static final Map<String, List<String>> LAST =
      Map.of(
          "de",
              list(
                  "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Hoffmann, Schäfer"),
          "fr",
              list(
                  "Martin, Bernard, Dubois, Thomas, Robert, Petit, Durand, Lefèvre, Moreau, Girard"),
          "en",
              list("Smith, Jones, Taylor, Brown, Williams, Wilson, O'Brien, Murphy, Walsh, Clarke"),
          "nl",
              list(
                  "de Jong, Jansen, de Vries, van den Berg, Bakker, Visser, Smit, Meijer, de Boer, Mulder"),
          "es",
              list(
                  "García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Silva, Costa"),
          "it",
              list(
                  "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco"),
          "pl",
              list(
                  "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak"),
          "nordic",
              list(
                  "Andersson, Johansson, Nielsen, Hansen, Larsen, Virtanen, Korhonen, Lindqvist, Berg, Dahl"));

  private Names() {}

  static String firstName(SplittableRandom rng, String language) {
    return Draws.pick(rng, FIRST.get(language));
  }

  static String lastName(SplittableRandom rng, String language) {
    return Draws.pick(rng, LAST.get(language));
  }

  /**
   * An address on {@code example.com} that is unique because it ends with the customer's number,
   * e.g. {@code lea.lefevre.1234@example.com}.
   */
  static String email(SplittableRandom rng, String first, String last, int number) {
    String f = ascii(first);
    String l = ascii(last);
    double pattern = rng.nextDouble();
    String local;
    if (pattern < 0.5) {
      local = f + "." + l + "." + number;
    } else if (pattern < 0.75) {
      local = f.charAt(0) + l + number;
    } else {
      local = f + "_" + l + number;
    }
    return local + "@example.com";
  }

  /** Lower-case ASCII letters only: accents stripped, spaces and apostrophes dropped. */
  static String ascii(String name) {
    String plain =
        Normalizer.normalize(
                name.replace("ł", "l").replace("Ł", "L").replace("ø", "o"), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    return plain.replaceAll("[^a-z]", "");
  }

  private static List<String> list(String names) {
    return List.of(names.split("\\s*,\\s*"));
  }
}
