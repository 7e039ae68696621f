package dev.hinge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TerminalQrTest {
  static final Pattern CELL = Pattern.compile("\u001b\\[(30|97);(40|107)m▀");

  /**
   * The terminal lines read back as an image, as a camera would see the screen: each half block is
   * two modules, its foreground above its background, each drawn as 4×4 pixels.
   */
  static String scan(String terminal) throws Exception {
    String[] lines = terminal.split("\n");
    int cols = -1;
    boolean[][] dark = new boolean[lines.length * 2][];
    for (int l = 0; l < lines.length; l++) {
      Matcher m = CELL.matcher(lines[l]);
      java.util.List<boolean[]> cells = new java.util.ArrayList<>();
      while (m.find()) {
        cells.add(new boolean[] {m.group(1).equals("30"), m.group(2).equals("40")});
      }
      if (cols < 0) {
        cols = cells.size();
      }
      assertThat(cells).as("line %d", l).hasSize(cols);
      dark[2 * l] = new boolean[cols];
      dark[2 * l + 1] = new boolean[cols];
      for (int x = 0; x < cols; x++) {
        dark[2 * l][x] = cells.get(x)[0];
        dark[2 * l + 1][x] = cells.get(x)[1];
      }
    }
    int px = 4;
    int w = cols * px;
    int h = dark.length * px;
    int[] rgb = new int[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        rgb[y * w + x] = dark[y / px][x / px] ? 0xff000000 : 0xffffffff;
      }
    }
    return new QRCodeReader()
        .decode(
            new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, rgb))),
            Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
        .getText();
  }

  @Test
  void thePairingLinkScansBackFromTheTerminal() throws Exception {
    String link = "http://192.168.1.23:7070/pair?code=Zm9vYmFyYmF6cXV4cXV1eA";
    assertThat(scan(TerminalQr.render(link))).isEqualTo(link);
  }

  @Test
  void anIpv6LinkScansBackToo() throws Exception {
    String link = "http://[2001:db8::5]:65535/pair?code=_-_-abcdefghijklmnopqr";
    assertThat(scan(TerminalQr.render(link))).isEqualTo(link);
  }

  @Test
  void theCodeHasItsQuietZoneAndFitsAnEightyColumnTerminal() {
    String link = "http://192.168.100.200:65535/pair?code=Zm9vYmFyYmF6cXV4cXV1eA";
    var m = TerminalQr.modules(link);
    for (int i = 0; i < m.getWidth(); i++) {
      for (int q = 0; q < TerminalQr.QUIET; q++) {
        assertThat(m.get(i, q) || m.get(q, i)).isFalse();
        assertThat(m.get(i, m.getHeight() - 1 - q) || m.get(m.getWidth() - 1 - q, i)).isFalse();
      }
    }
    String[] lines = TerminalQr.render(link).split("\n");
    assertThat(lines[0].chars().filter(c -> c == '▀').count()).isLessThanOrEqualTo(80);
    assertThat(lines).hasSizeLessThanOrEqualTo(25);
    assertThat(lines).allSatisfy(l -> assertThat(l).endsWith("\u001b[0m"));
  }
}
