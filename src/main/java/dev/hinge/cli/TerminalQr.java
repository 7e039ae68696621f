package dev.hinge.cli;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code drawn in a terminal (ZXing encodes it): two rows of modules per line with the upper
 * half block {@code ▀}, its foreground the upper module and its background the lower one, in ANSI
 * black and white, so that it scans on dark and light terminals alike. A quiet zone of {@link
 * #QUIET} modules surrounds it, as the standard asks.
 */
final class TerminalQr {
  static final int QUIET = 2;
  private static final String RESET = "\u001b[0m";

  private TerminalQr() {}

  /** The modules of {@code text}'s QR code, the quiet zone included: true is dark. */
  static BitMatrix modules(String text) {
    try {
      return new QRCodeWriter()
          .encode(
              text,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.MARGIN,
                  QUIET,
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.CHARACTER_SET,
                  "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot draw a QR code of " + text.length() + " chars", e);
    }
  }

  /** The QR code of {@code text} as terminal lines, each ending with a newline. */
  static String render(String text) {
    BitMatrix m = modules(text);
    StringBuilder out = new StringBuilder();
    for (int y = 0; y < m.getHeight(); y += 2) {
      for (int x = 0; x < m.getWidth(); x++) {
        boolean top = m.get(x, y);
        boolean bottom = y + 1 < m.getHeight() && m.get(x, y + 1);
        // foreground 30 black / 97 white, background 40 black / 107 white
        out.append("\u001b[")
            .append(top ? "30" : "97")
            .append(';')
            .append(bottom ? "40" : "107")
            .append("m▀");
      }
      out.append(RESET).append('\n');
    }
    return out.toString();
  }
}
