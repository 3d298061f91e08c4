package dev.tailor.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.render.gallery.StarterGallery;
import dev.tailor.render.model.EmailContext;
import dev.tailor.render.model.RenderedEmail;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every starter template and case against {@code src/test/resources/golden/TEMPLATE/CASE.html} and
 * {@code .txt}. Regenerate on purpose with {@code -Dgolden.update=true} and review the diff.
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final EmailRenderer RENDERER = new EmailRenderer(Samples.CONFIG);

  static List<Arguments> cases() {
    List<Arguments> args = new ArrayList<>();
    for (String t : StarterGallery.NAMES) {
      for (String c : Samples.cases().keySet()) {
        args.add(Arguments.of(t, c));
      }
    }
    return args;
  }

  @ParameterizedTest(name = "{0} for {1}")
  @MethodSource("cases")
  void theRenderedEmailMatchesItsGoldenFiles(String template, String caseName) throws IOException {
    EmailContext ctx = Samples.cases().get(caseName);
    RenderedEmail e = RENDERER.render(StarterGallery.get(template), ctx);
    compare(GOLDEN.resolve(template).resolve(caseName + ".html"), e.html());
    compare(GOLDEN.resolve(template).resolve(caseName + ".txt"), summary(e));
  }

  static String summary(RenderedEmail e) {
    StringBuilder sb = new StringBuilder();
    sb.append("Subject: ").append(e.subject()).append('\n');
    sb.append("Preheader: ").append(e.preheader()).append('\n');
    for (Map.Entry<String, String> h : e.headers().entrySet()) {
      sb.append(h.getKey()).append(": ").append(h.getValue()).append('\n');
    }
    return sb.append('\n').append(e.text()).toString();
  }

  private static void compare(Path file, String actual) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file).as("golden file (create with -Dgolden.update=true)").exists();
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
