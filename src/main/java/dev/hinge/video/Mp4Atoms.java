package dev.hinge.video;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The top-level boxes of an MP4/MOV file, read far enough to tell why FFmpeg could not open it. */
final class Mp4Atoms {
  private Mp4Atoms() {}

  /**
   * Whether {@code file} starts as an MP4 ({@code ftyp} first) yet has no whole {@code moov} box at
   * the top level: a recording or a copy cut short before or inside its index.
   */
  static boolean isMp4WithoutIndex(Path file) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      long pos = 0;
      boolean first = true;
      ByteBuffer head = ByteBuffer.allocate(16);
      while (pos + 8 <= size) {
        head.clear();
        ch.read(head, pos);
        head.flip();
        if (head.remaining() < 8) {
          return !first;
        }
        long box = Integer.toUnsignedLong(head.getInt(0));
        String type = new String(head.array(), 4, 4, StandardCharsets.ISO_8859_1);
        if (first && !type.equals("ftyp")) {
          return false;
        }
        first = false;
        if (box == 1 && head.remaining() >= 16) {
          box = head.getLong(8);
        } else if (box == 0) {
          box = size - pos;
        }
        if (box < 8) {
          return true;
        }
        if (type.equals("moov")) {
          // an index that the file ends inside of is no index
          return pos + box > size;
        }
        pos += box;
      }
      return !first;
    } catch (IOException e) {
      return false;
    }
  }
}
