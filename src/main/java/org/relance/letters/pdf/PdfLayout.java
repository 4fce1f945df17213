package org.relance.letters.pdf;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.relance.payment.EpcQr;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;

/**
 * Lays text out on A4 pages with PDFBox: paragraphs wrapped to the width, two address columns,
 * tables whose header repeats after a page break, a picture with text beside it (the payment QR
 * code), and a footer with "page n / N" on every page.
 * Text is drawn in DejaVu Sans ({@link LetterFonts}), embedded (subset) in the file, so French
 * amounts with narrow no-break spaces print (one glyph per character: no ligatures); a character
 * the font lacks is drawn as "?" rather than failing the page.
 * One instance builds one document, top to bottom.
 */
final class PdfLayout implements AutoCloseable {

  /** How a run of text looks. */
  record Style(float size, boolean bold, boolean right) {
    static final Style BODY = new Style(10.5f, false, false);
    static final Style BODY_BOLD = new Style(10.5f, true, false);
    static final Style SMALL = new Style(8.5f, false, false);
    static final Style SMALL_BOLD = new Style(8.5f, true, false);
    static final Style TITLE = new Style(13f, true, false);
    static final Style HEADING = new Style(11.5f, true, false);
    static final Style RIGHT = new Style(10.5f, false, true);
  }

  /** A table column: its header, its share of the width, and whether it is right-aligned (amounts). */
  record Column(String header, float weight, boolean right) {}

  static final float LEFT = 62;
  static final float RIGHT = PDRectangle.A4.getWidth() - 62;
  static final float WIDTH = RIGHT - LEFT;
  private static final float TOP = PDRectangle.A4.getHeight() - 56;
  private static final float BOTTOM = 72;
  private static final float LEADING = 1.38f;
  private static final float CELL_PAD = 3;
  /** A paragraph of at most this many lines is never split across two pages. */
  private static final int KEEP_TOGETHER_LINES = 6;

  private final PDDocument doc = new PDDocument();
  private final PDType0Font regular;
  private final PDType0Font bold;
  private final Map<Integer, Boolean> drawable = new HashMap<>();
  private final String footer;
  private PDPageContentStream cs;
  private float y;

  PdfLayout(String title, String author, Calendar created, String footer) {
    this.footer = footer;
    try {
      regular = PDType0Font.load(doc, LetterFonts.regular(), true);
      bold = PDType0Font.load(doc, LetterFonts.bold(), true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot load the embedded DejaVu Sans font", e);
    }
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(title);
    info.setAuthor(author);
    info.setCreator("Relance");
    info.setCreationDate(created);
    newPage();
  }

  /** Starts a new page; the cursor goes to its top. */
  void newPage() {
    try {
      if (cs != null) {
        cs.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      cs = new PDPageContentStream(doc, page);
      y = TOP;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Moves down by {@code points}, to a new page when the bottom margin is reached. */
  void gap(float points) {
    y -= points;
    if (y < BOTTOM) {
      newPage();
    }
  }

  /** Starts a new page unless {@code height} points still fit on this one. */
  void keepTogether(float height) {
    if (y - height < BOTTOM) {
      newPage();
    }
  }

  float lineHeight(Style style) {
    return style.size() * LEADING;
  }

  /** A paragraph over the full width (or right-aligned), wrapped; a long one may break between pages. */
  void paragraph(String text, Style style) {
    List<String> lines = wrap(text, style, WIDTH);
    if (lines.size() <= KEEP_TOGETHER_LINES) {
      keepTogether(lines.size() * lineHeight(style));
    }
    for (String line : lines) {
      keepTogether(lineHeight(style));
      y -= lineHeight(style);
      float x = style.right() ? RIGHT - width(line, style) : LEFT;
      draw(line, x, y + style.size() * 0.3f, style);
    }
  }

  /** A section heading, kept on the same page as at least the next few lines. */
  void heading(String text) {
    gap(10);
    keepTogether(lineHeight(Style.HEADING) + 6 * lineHeight(Style.BODY));
    paragraph(text, Style.HEADING);
    gap(4);
  }

  /** Two blocks of lines side by side from the cursor (sender left, recipient right); the cursor goes below both. */
  void columns(List<String> leftLines, Style leftFirst, float rightX, float rightDrop, List<String> rightLines) {
    float start = y;
    float leftY = block(leftLines, LEFT, rightX - LEFT - 12, start, leftFirst);
    float rightY = block(rightLines, rightX, RIGHT - rightX, start - rightDrop, Style.BODY_BOLD);
    y = Math.min(leftY, rightY);
  }

  /**
   * A one-bit picture {@code size} points square at the left margin, lines of text beside it (each
   * wrapped, the first in {@code first}); both kept on one page, the cursor going below the taller.
   */
  void pictureBeside(EpcQr.Bitmap picture, float size, List<String> lines, Style first) {
    keepTogether(size);
    try {
      ByteArrayOutputStream deflated = new ByteArrayOutputStream();
      try (DeflaterOutputStream out = new DeflaterOutputStream(deflated)) {
        out.write(picture.rows());
      }
      cs.drawImage(new PDImageXObject(doc, new ByteArrayInputStream(deflated.toByteArray()), COSName.FLATE_DECODE,
          picture.pixels(), picture.pixels(), 1, PDDeviceGray.INSTANCE), LEFT, y - size, size, size);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    float textBottom = block(lines, LEFT + size + 14, WIDTH - size - 14, y, first);
    y = Math.min(y - size, textBottom);
  }

  private float block(List<String> lines, float x, float width, float top, Style first) {
    float at = top;
    for (int i = 0; i < lines.size(); i++) {
      Style style = i == 0 ? first : Style.BODY;
      for (String line : wrap(lines.get(i), style, width)) {
        at -= lineHeight(style);
        draw(line, x, at + style.size() * 0.3f, style);
      }
    }
    return at;
  }

  /** A table; a row never splits across pages and the header is drawn again on each new page. */
  void table(List<Column> columns, List<List<String>> rows, int boldLastRows) {
    float total = (float) columns.stream().mapToDouble(Column::weight).sum();
    float[] widths = new float[columns.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = WIDTH * columns.get(i).weight() / total;
    }
    List<String> headers = columns.stream().map(Column::header).toList();
    float headerHeight = rowHeight(headers, widths, Style.SMALL_BOLD);
    keepTogether(headerHeight + rowHeight(rows.isEmpty() ? headers : rows.get(0), widths, Style.SMALL));
    row(columns, widths, headers, Style.SMALL_BOLD, true);
    for (int r = 0; r < rows.size(); r++) {
      Style style = r >= rows.size() - boldLastRows ? Style.SMALL_BOLD : Style.SMALL;
      if (y - rowHeight(rows.get(r), widths, style) < BOTTOM) {
        newPage();
        row(columns, widths, headers, Style.SMALL_BOLD, true);
      }
      row(columns, widths, rows.get(r), style, false);
    }
  }

  private float rowHeight(List<String> cells, float[] widths, Style style) {
    int lines = 1;
    for (int i = 0; i < cells.size(); i++) {
      lines = Math.max(lines, wrap(cells.get(i), style, widths[i] - 2 * CELL_PAD).size());
    }
    return lines * lineHeight(style) + 2 * CELL_PAD;
  }

  private void row(List<Column> columns, float[] widths, List<String> cells, Style style, boolean header) {
    float height = rowHeight(cells, widths, style);
    try {
      if (header) {
        cs.setNonStrokingColor(0.92f, 0.92f, 0.92f);
        cs.addRect(LEFT, y - height, WIDTH, height);
        cs.fill();
        cs.setNonStrokingColor(0f, 0f, 0f);
      }
      cs.setStrokingColor(0.6f, 0.6f, 0.6f);
      cs.setLineWidth(0.4f);
      cs.moveTo(LEFT, y - height);
      cs.lineTo(RIGHT, y - height);
      cs.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    float x = LEFT;
    for (int i = 0; i < cells.size(); i++) {
      float lineY = y - CELL_PAD;
      for (String line : wrap(cells.get(i), style, widths[i] - 2 * CELL_PAD)) {
        lineY -= lineHeight(style);
        float at = columns.get(i).right() ? x + widths[i] - CELL_PAD - width(line, style) : x + CELL_PAD;
        draw(line, at, lineY + style.size() * 0.3f, style);
      }
      x += widths[i];
    }
    y -= height;
  }

  /** The text cut into lines no wider than {@code width}; explicit line breaks are kept. */
  List<String> wrap(String text, Style style, float width) {
    List<String> lines = new ArrayList<>();
    for (String raw : printable(text).split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : raw.split(" ")) {
        String candidate = line.length() == 0 ? word : line + " " + word;
        if (width(candidate, style) <= width) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        String rest = word;
        while (width(rest, style) > width) {
          int cut = rest.length() - 1;
          while (cut > 1 && width(rest.substring(0, cut), style) > width) {
            cut--;
          }
          lines.add(rest.substring(0, cut));
          rest = rest.substring(cut);
        }
        line.append(rest);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** Text with tabs and control characters made spaces and characters the font lacks made "?". */
  private String printable(String text) {
    StringBuilder out = new StringBuilder();
    (text == null ? "" : text).replace("\r\n", "\n").codePoints().forEach(cp -> {
      if (cp == '\n') {
        out.append('\n');
      } else if (Character.isISOControl(cp)) {
        out.append(' ');
      } else if (drawable.computeIfAbsent(cp, this::inFonts)) {
        out.appendCodePoint(cp);
      } else {
        out.append('?');
      }
    });
    return out.toString();
  }

  private boolean inFonts(int cp) {
    String s = new String(Character.toChars(cp));
    try {
      regular.encode(s);
      bold.encode(s);
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  /** The text's width: the sum of its characters' advances ({@link LetterFonts#advance}). */
  private float width(String text, Style style) {
    PDType0Font font = style.bold() ? bold : regular;
    float units = 0;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      units += LetterFonts.advance(font, style.bold(), text.codePointAt(i));
    }
    return units / 1000 * style.size();
  }

  private void draw(String text, float x, float baseline, Style style) {
    if (text.isEmpty()) {
      return;
    }
    try {
      cs.beginText();
      cs.setFont(style.bold() ? bold : regular, style.size());
      cs.newLineAtOffset(x, baseline);
      cs.showText(text);
      cs.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Draws the footers ("page n / N") and returns the PDF file. */
  byte[] finish(String pageWord) {
    try {
      cs.close();
      cs = null;
      int count = doc.getNumberOfPages();
      for (int i = 0; i < count; i++) {
        try (PDPageContentStream footerStream = new PDPageContentStream(doc, doc.getPage(i),
            PDPageContentStream.AppendMode.APPEND, true, true)) {
          cs = footerStream;
          Style style = Style.SMALL;
          String number = pageWord + " " + (i + 1) + " / " + count;
          footerStream.setStrokingColor(0.6f, 0.6f, 0.6f);
          footerStream.setLineWidth(0.4f);
          footerStream.moveTo(LEFT, 52);
          footerStream.lineTo(RIGHT, 52);
          footerStream.stroke();
          List<String> footerLines = wrap(footer, style, WIDTH - width(number, style) - 20);
          for (int line = 0; line < Math.min(2, footerLines.size()); line++) {
            draw(footerLines.get(line), LEFT, 40 - line * lineHeight(style), style);
          }
          draw(number, RIGHT - width(number, style), 40, style);
        }
      }
      cs = null;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the PDF", e);
    }
  }

  @Override
  public void close() {
    try {
      if (cs != null) {
        cs.close();
      }
      doc.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
