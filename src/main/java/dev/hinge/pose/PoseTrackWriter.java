package dev.hinge.pose;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.hinge.video.CameraRoll;
import dev.hinge.video.CameraShift;
import dev.hinge.video.VideoDamage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Streams a {@code hinge.posetrack/1} document frame by frame, so memory stays flat however long
 * the video is. Call {@link #frame} for each frame in order, then {@link #finish} with the video's
 * description (known only once decoding has ended). Pixels are written with 4 decimals, world
 * metres with 5: far below the model's own noise, and files stay small.
 */
public final class PoseTrackWriter implements AutoCloseable {
  private static final JsonFactory JSON = new JsonFactory();
  private final JsonGenerator gen;
  private boolean finished;

  public PoseTrackWriter(OutputStream out, ModelInfo model) {
    try {
      this.gen = JSON.createGenerator(out, JsonEncoding.UTF8);
      gen.writeStartObject();
      gen.writeStringField("format", PoseTrack.FORMAT);
      gen.writeObjectFieldStart("model");
      gen.writeStringField("name", model.name());
      gen.writeStringField("sha256", model.sha256());
      gen.writeEndObject();
      gen.writeArrayFieldStart("frames");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a whole track. */
  public static void write(PoseTrack track, OutputStream out) {
    try (PoseTrackWriter w = new PoseTrackWriter(out, track.model())) {
      for (PoseFrame f : track.frames()) {
        w.frame(f);
      }
      w.finish(track.video());
    }
  }

  public void frame(PoseFrame f) {
    try {
      gen.writeRaw('\n');
      gen.writeStartObject();
      gen.writeNumberField("i", f.index());
      gen.writeFieldName("tMs");
      number(f.tMs(), 3);
      gen.writeFieldName("presence");
      number(f.presence(), 4);
      gen.writeFieldName("image");
      if (f.hasPose()) {
        gen.writeStartArray();
        for (Landmark l : f.image()) {
          gen.writeStartArray();
          number(l.x(), 4);
          number(l.y(), 4);
          number(l.z(), 4);
          number(l.visibility(), 4);
          number(l.presence(), 4);
          gen.writeEndArray();
        }
        gen.writeEndArray();
      } else {
        gen.writeNull();
      }
      gen.writeFieldName("world");
      if (f.hasWorld()) {
        gen.writeStartArray();
        for (WorldLandmark l : f.world()) {
          gen.writeStartArray();
          number(l.x(), 5);
          number(l.y(), 5);
          number(l.z(), 5);
          number(l.visibility(), 4);
          gen.writeEndArray();
        }
        gen.writeEndArray();
      } else {
        gen.writeNull();
      }
      if (f.back().isPresent()) {
        BackShape b = f.back().get();
        gen.writeObjectFieldStart("back");
        gen.writeFieldName("bendDeg");
        number(b.bendDeg(), 2);
        gen.writeFieldName("coverage");
        number(b.coverage(), 3);
        gen.writeEndObject();
      }
      if (!f.camera().equals(CameraShift.NONE)) {
        gen.writeFieldName("camera");
        gen.writeStartArray();
        number(f.camera().dxPx(), 2);
        number(f.camera().dyPx(), 2);
        gen.writeEndArray();
      }
      gen.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void finish(VideoInfo video) {
    try {
      gen.writeEndArray();
      gen.writeObjectFieldStart("video");
      gen.writeStringField("name", video.name());
      gen.writeNumberField("width", video.width());
      gen.writeNumberField("height", video.height());
      gen.writeFieldName("fps");
      number(video.fps(), 3);
      gen.writeNumberField("rotation", video.rotation());
      gen.writeFieldName("durationMs");
      number(video.durationMs(), 3);
      if (video.damage().isPresent()) {
        VideoDamage d = video.damage().get();
        gen.writeObjectFieldStart("damage");
        gen.writeNumberField("framesWithErrors", d.framesWithErrors());
        if (d.framesWithErrors() > 0) {
          gen.writeFieldName("firstErrorMs");
          number(d.firstErrorMs(), 3);
          gen.writeFieldName("lastErrorMs");
          number(d.lastErrorMs(), 3);
        }
        gen.writeNumberField("framesMissing", d.framesMissing());
        if (d.endedAtMs().isPresent()) {
          gen.writeFieldName("endedAtMs");
          number(d.endedAtMs().getAsDouble(), 3);
          gen.writeFieldName("expectedEndMs");
          number(d.expectedEndMs(), 3);
        }
        gen.writeEndObject();
      }
      if (!video.sceneCutsMs().isEmpty()) {
        gen.writeArrayFieldStart("sceneCutsMs");
        for (double t : video.sceneCutsMs()) {
          number(t, 3);
        }
        gen.writeEndArray();
      }
      if (video.roll().isPresent()) {
        CameraRoll.Estimate r = video.roll().get();
        gen.writeObjectFieldStart("roll");
        gen.writeFieldName("deg");
        number(r.rollDeg(), 2);
        gen.writeFieldName("strength");
        number(r.strength(), 2);
        gen.writeNumberField("samples", r.samples());
        gen.writeNumberField("columns", r.columns());
        gen.writeFieldName("spreadDeg");
        number(r.spreadDeg(), 2);
        gen.writeEndObject();
      }
      gen.writeEndObject();
      gen.writeEndObject();
      gen.writeRaw('\n');
      gen.flush();
      finished = true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void number(double v, int decimals) throws IOException {
    if (!Double.isFinite(v)) {
      gen.writeNull();
      return;
    }
    gen.writeNumber(
        BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros());
  }

  /** Flushes; a writer closed before {@link #finish} leaves an incomplete document. */
  @Override
  public void close() {
    try {
      if (!finished) {
        gen.flush();
      }
      gen.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
