package org.relance.letters.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Owns the two DejaVu Sans faces the letters are drawn in: read once from the classpath without
 * their glyph substitution table, parsed once per rendering thread, and each character's advance
 * in each face looked up once for every document.
 */
final class LetterFonts {

  private static final String FONT_DIR = "net/sf/jasperreports/fonts/dejavu/";
  private static final byte[] REGULAR = withoutTable(fontBytes("DejaVuSans.ttf"), "GSUB");
  private static final byte[] BOLD = withoutTable(fontBytes("DejaVuSans-Bold.ttf"), "GSUB");

  /** Each character's advance in a face (1/1000 of the size), the same in every document. */
  private static final Map<Integer, Float> REGULAR_ADVANCES = new ConcurrentHashMap<>();
  private static final Map<Integer, Float> BOLD_ADVANCES = new ConcurrentHashMap<>();

  /**
   * The two faces, parsed once per rendering thread (parsing them was most of a letter's cost; a
   * parsed font is read while a document is saved, so it is not shared between threads).
   */
  private record Parsed(TrueTypeFont regular, TrueTypeFont bold) {}

  private static final ThreadLocal<Parsed> PARSED = ThreadLocal.withInitial(() -> {
    try {
      return new Parsed(new TTFParser().parse(new RandomAccessReadBuffer(REGULAR)),
          new TTFParser().parse(new RandomAccessReadBuffer(BOLD)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the embedded DejaVu Sans font", e);
    }
  });

  private LetterFonts() {}

  static TrueTypeFont regular() {
    return PARSED.get().regular();
  }

  static TrueTypeFont bold() {
    return PARSED.get().bold();
  }

  /**
   * The advance of {@code codePoint} in {@code font} (the bold face or not), as PDFBox's
   * {@code getStringWidth} counts it (no kerning); 0 for a character the face cannot draw.
   */
  static float advance(PDType0Font font, boolean isBold, int codePoint) {
    return (isBold ? BOLD_ADVANCES : REGULAR_ADVANCES).computeIfAbsent(codePoint, cp -> {
      try {
        return font.getStringWidth(new String(Character.toChars(cp)));
      } catch (IOException | IllegalArgumentException e) {
        return 0f;
      }
    });
  }

  /**
   * The font file without one of its tables: its entry is taken out of the table directory (the
   * table's bytes stay, unreferenced). Without {@code GSUB}, PDFBox draws each character's own glyph
   * instead of running the font's substitution rules (ligatures, which these letters' Latin text
   * does not need) on every line, which was a third of a letter's rendering time.
   */
  private static byte[] withoutTable(byte[] font, String tag) {
    ByteBuffer bytes = ByteBuffer.wrap(font.clone());
    int tables = bytes.getShort(4) & 0xFFFF;
    byte[] wanted = tag.getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < tables; i++) {
      int record = 12 + 16 * i;
      if (Arrays.equals(bytes.array(), record, record + 4, wanted, 0, 4)) {
        int end = 12 + 16 * tables;
        System.arraycopy(bytes.array(), record + 16, bytes.array(), record, end - record - 16);
        Arrays.fill(bytes.array(), end - 16, end, (byte) 0);
        bytes.putShort(4, (short) (tables - 1));
        return bytes.array();
      }
    }
    return font;
  }

  private static byte[] fontBytes(String file) {
    try (InputStream in = LetterFonts.class.getClassLoader().getResourceAsStream(FONT_DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("Font " + FONT_DIR + file + " is missing from the classpath "
            + "(dependency net.sf.jasperreports:jasperreports-fonts)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
