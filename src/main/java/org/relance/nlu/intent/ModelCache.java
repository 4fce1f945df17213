package org.relance.nlu.intent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The build's copies of the trained models outside {@code target}, one folder per SHA-256 of their
 * inputs (the training data and the compiled NLU classes), so a build after {@code mvn clean} with
 * the same inputs copies them instead of training again (training is deterministic: the copy is
 * byte for byte what training would write). A folder appears whole (written aside, then renamed), so
 * builds running at once never read half of one; the newest {@value #KEPT} are kept. With no folder
 * configured it keeps nothing and finds nothing.
 */
final class ModelCache {

  private static final int KEPT = 3;

  private final Path folder;
  private final List<String> files;

  ModelCache(Path folder, List<String> files) {
    this.folder = folder;
    this.files = files;
  }

  Path folder() {
    return folder;
  }

  /** Copies the models kept for these inputs into {@code target}; false when none are kept (or readable). */
  boolean copyInto(String inputs, Path target) {
    if (folder == null || !Files.isDirectory(folder.resolve(inputs))) {
      return false;
    }
    try {
      for (String file : files) {
        Files.copy(folder.resolve(inputs).resolve(file), target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      }
      return true;
    } catch (IOException e) {
      System.out.println("The NLU models kept in " + folder + " could not be read (" + e + "): training them");
      return false;
    }
  }

  /** Keeps the models just trained from these inputs; a failure only costs the next build a training. */
  void keep(String inputs, Path trained) {
    if (folder == null) {
      return;
    }
    try {
      Files.createDirectories(folder);
      Path aside = Files.createTempDirectory(folder, ".writing-");
      for (String file : files) {
        Files.copy(trained.resolve(file), aside.resolve(file));
      }
      try {
        Files.move(aside, folder.resolve(inputs), StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException alreadyKept) {
        delete(aside);
      }
      try (Stream<Path> kept = Files.list(folder)) {
        kept.filter(p -> !p.getFileName().toString().startsWith("."))
            .sorted(Comparator.comparing(ModelCache::modified).reversed()).skip(KEPT).forEach(ModelCache::delete);
      }
    } catch (IOException | UncheckedIOException e) {
      System.out.println("The NLU models could not be kept in " + folder + ": " + e);
    }
  }

  private static java.nio.file.attribute.FileTime modified(Path path) {
    try {
      return Files.getLastModifiedTime(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path path) {
    try (Stream<Path> all = Files.walk(path)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
