package dev.hinge.pose;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.hinge.core.HingeException;
import dev.hinge.video.CameraRoll;
import dev.hinge.video.CameraShift;
import dev.hinge.video.VideoDamage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads a {@code hinge.posetrack/1} document with a streaming parser (a 10-minute track is read
 * without building a JSON tree). Unknown fields are ignored, as the contract says; everything the
 * contract fixes is checked, and a violation names the field, the frame and the value found.
 */
public final class PoseTrackReader {
  private static final JsonFactory JSON = new JsonFactory();

  private PoseTrackReader() {}

  public static PoseTrack read(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString());
    } catch (NoSuchFileException e) {
      throw new HingeException(dev.hinge.core.ErrorKind.NOT_FOUND, "pose track not found: " + path);
    } catch (IOException e) {
      throw HingeException.invalidInput(
          "cannot read pose track " + path + ": " + e.getMessage(), e);
    }
  }

  public static PoseTrack read(InputStream in, String source) {
    try (JsonParser p = JSON.createParser(in)) {
      return parse(p, source);
    } catch (JsonParseException e) {
      throw HingeException.invalidInput(
          "pose track "
              + source
              + " is not valid JSON: "
              + e.getOriginalMessage()
              + " at line "
              + e.getLocation().getLineNr(),
          e);
    } catch (IOException e) {
      throw HingeException.invalidInput(
          "cannot read pose track " + source + ": " + e.getMessage(), e);
    }
  }

  private static PoseTrack parse(JsonParser p, String src) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw bad(src, "a pose track must be a JSON object, found " + p.currentToken());
    }
    String format = null;
    VideoInfo video = null;
    ModelInfo model = new ModelInfo("unknown", "");
    List<PoseFrame> frames = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      switch (name) {
        case "format" -> format = t == JsonToken.VALUE_STRING ? p.getText() : String.valueOf(t);
        case "video" -> video = video(p, src);
        case "model" -> model = model(p, src);
        case "frames" -> frames = frames(p, src);
        default -> p.skipChildren();
      }
    }
    if (!PoseTrack.FORMAT.equals(format)) {
      throw bad(
          src, "unsupported track format '" + format + "' (expected " + PoseTrack.FORMAT + ")");
    }
    if (video == null) {
      throw bad(src, "missing field 'video'");
    }
    if (frames == null) {
      throw bad(src, "missing field 'frames'");
    }
    return new PoseTrack(video, model, frames);
  }

  private static VideoInfo video(JsonParser p, String src) throws IOException {
    expect(p, JsonToken.START_OBJECT, src, "video");
    String name = "";
    int width = -1;
    int height = -1;
    double fps = Double.NaN;
    int rotation = 0;
    double durationMs = Double.NaN;
    Optional<VideoDamage> damage = Optional.empty();
    List<Double> cuts = new ArrayList<>();
    Optional<CameraRoll.Estimate> roll = Optional.empty();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String f = p.currentName();
      p.nextToken();
      switch (f) {
        case "name" -> name = p.getValueAsString("");
        case "width" -> width = intValue(p, src, "video.width");
        case "height" -> height = intValue(p, src, "video.height");
        case "fps" -> fps = number(p, src, "video.fps");
        case "rotation" -> rotation = intValue(p, src, "video.rotation");
        case "durationMs" -> durationMs = number(p, src, "video.durationMs");
        case "damage" -> damage = Optional.of(damage(p, src));
        case "roll" -> roll = Optional.of(roll(p, src));
        case "sceneCutsMs" -> {
          expect(p, JsonToken.START_ARRAY, src, "video.sceneCutsMs");
          while (p.nextToken() != JsonToken.END_ARRAY) {
            cuts.add(number(p, src, "video.sceneCutsMs[]"));
          }
        }
        default -> p.skipChildren();
      }
    }
    if (width <= 0 || height <= 0) {
      throw bad(
          src, "video.width and video.height must be positive, found " + width + "×" + height);
    }
    if (!(fps > 0)) {
      throw bad(src, "video.fps must be positive, found " + fps);
    }
    return new VideoInfo(name, width, height, fps, rotation, durationMs, damage, cuts, roll);
  }

  private static VideoDamage damage(JsonParser p, String src) throws IOException {
    expect(p, JsonToken.START_OBJECT, src, "video.damage");
    int errors = 0;
    double first = Double.NaN;
    double last = Double.NaN;
    int missing = 0;
    OptionalDouble ended = OptionalDouble.empty();
    double expected = Double.NaN;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String f = p.currentName();
      p.nextToken();
      switch (f) {
        case "framesWithErrors" -> errors = intValue(p, src, "video.damage.framesWithErrors");
        case "firstErrorMs" -> first = number(p, src, "video.damage.firstErrorMs");
        case "lastErrorMs" -> last = number(p, src, "video.damage.lastErrorMs");
        case "framesMissing" -> missing = intValue(p, src, "video.damage.framesMissing");
        case "endedAtMs" -> ended = OptionalDouble.of(number(p, src, "video.damage.endedAtMs"));
        case "expectedEndMs" -> expected = number(p, src, "video.damage.expectedEndMs");
        default -> p.skipChildren();
      }
    }
    return new VideoDamage(errors, first, last, missing, ended, expected);
  }

  private static CameraRoll.Estimate roll(JsonParser p, String src) throws IOException {
    expect(p, JsonToken.START_OBJECT, src, "video.roll");
    double deg = Double.NaN;
    double strength = 0;
    int samples = 0;
    int columns = 0;
    double spread = Double.POSITIVE_INFINITY;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String f = p.currentName();
      p.nextToken();
      switch (f) {
        case "deg" -> deg = number(p, src, "video.roll.deg");
        case "strength" -> strength = number(p, src, "video.roll.strength");
        case "samples" -> samples = intValue(p, src, "video.roll.samples");
        case "columns" -> columns = intValue(p, src, "video.roll.columns");
        case "spreadDeg" -> spread = number(p, src, "video.roll.spreadDeg");
        default -> p.skipChildren();
      }
    }
    if (!Double.isFinite(deg)) {
      throw bad(src, "video.roll.deg must be a number, found " + deg);
    }
    return new CameraRoll.Estimate(deg, strength, samples, columns, spread);
  }

  private static ModelInfo model(JsonParser p, String src) throws IOException {
    expect(p, JsonToken.START_OBJECT, src, "model");
    String name = "unknown";
    String sha = "";
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String f = p.currentName();
      p.nextToken();
      switch (f) {
        case "name" -> name = p.getValueAsString("unknown");
        case "sha256" -> sha = p.getValueAsString("");
        default -> p.skipChildren();
      }
    }
    return new ModelInfo(name, sha);
  }

  private static List<PoseFrame> frames(JsonParser p, String src) throws IOException {
    expect(p, JsonToken.START_ARRAY, src, "frames");
    List<PoseFrame> frames = new ArrayList<>();
    double lastT = Double.NEGATIVE_INFINITY;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw bad(
            src, "frames[" + frames.size() + "] must be an object, found " + p.currentToken());
      }
      PoseFrame f = frame(p, src, frames.size());
      if (!(f.tMs() > lastT)) {
        throw bad(
            src,
            "frame timestamps must increase: frames["
                + frames.size()
                + "].tMs="
                + f.tMs()
                + " after "
                + lastT);
      }
      lastT = f.tMs();
      frames.add(f);
    }
    return frames;
  }

  private static PoseFrame frame(JsonParser p, String src, int pos) throws IOException {
    int index = pos;
    double tMs = Double.NaN;
    double presence = Double.NaN;
    List<Landmark> image = List.of();
    List<WorldLandmark> world = List.of();
    java.util.Optional<BackShape> back = java.util.Optional.empty();
    CameraShift camera = CameraShift.NONE;
    String where = "frames[" + pos + "]";
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String f = p.currentName();
      JsonToken t = p.nextToken();
      switch (f) {
        case "i" -> index = intValue(p, src, where + ".i");
        case "tMs" -> tMs = number(p, src, where + ".tMs");
        case "presence" ->
            presence = t == JsonToken.VALUE_NULL ? 0 : number(p, src, where + ".presence");
        case "image" ->
            image = t == JsonToken.VALUE_NULL ? List.of() : imageLandmarks(p, src, where);
        case "world" ->
            world = t == JsonToken.VALUE_NULL ? List.of() : worldLandmarks(p, src, where);
        case "back" ->
            back =
                t == JsonToken.VALUE_NULL
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(back(p, src, where));
        case "camera" ->
            camera = t == JsonToken.VALUE_NULL ? CameraShift.NONE : camera(p, src, where);
        default -> p.skipChildren();
      }
    }
    if (Double.isNaN(tMs)) {
      throw bad(src, where + ".tMs is missing");
    }
    if (Double.isNaN(presence)) {
      presence = image.isEmpty() ? 0.0 : 1.0;
    }
    if (image.isEmpty() && !world.isEmpty()) {
      throw bad(src, where + " has world landmarks but no image landmarks");
    }
    return new PoseFrame(index, tMs, presence, image, world, back, camera);
  }

  /** The optional camera shift: [dx, dy], pixels, both finite. */
  private static CameraShift camera(JsonParser p, String src, String where) throws IOException {
    double[] v = new double[5];
    int n = tuple(p, src, where + ".camera", v);
    if (n != 2 || !Double.isFinite(v[0]) || !Double.isFinite(v[1])) {
      throw bad(src, where + ".camera needs [dx, dy] in pixels, found " + n + " numbers");
    }
    return new CameraShift(v[0], v[1]);
  }

  /** The optional back measure: {"bendDeg": number or null, "coverage": number in [0, 1]}. */
  private static BackShape back(JsonParser p, String src, String where) throws IOException {
    expect(p, JsonToken.START_OBJECT, src, where + ".back");
    double bend = Double.NaN;
    double coverage = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String f = p.currentName();
      JsonToken t = p.nextToken();
      switch (f) {
        case "bendDeg" ->
            bend = t == JsonToken.VALUE_NULL ? Double.NaN : number(p, src, where + ".back.bendDeg");
        case "coverage" -> coverage = number(p, src, where + ".back.coverage");
        default -> p.skipChildren();
      }
    }
    if (!(coverage >= 0 && coverage <= 1)) {
      throw bad(src, where + ".back.coverage must be between 0 and 1, found " + coverage);
    }
    return new BackShape(bend, coverage);
  }

  private static List<Landmark> imageLandmarks(JsonParser p, String src, String where)
      throws IOException {
    expect(p, JsonToken.START_ARRAY, src, where + ".image");
    List<Landmark> out = new ArrayList<>(BodyLandmark.COUNT);
    double[] v = new double[5];
    while (p.nextToken() != JsonToken.END_ARRAY) {
      int n = tuple(p, src, where + ".image[" + out.size() + "]", v);
      if (n < 4) {
        throw bad(
            src,
            where
                + ".image["
                + out.size()
                + "] needs [x, y, z, visibility, presence], found "
                + n
                + " numbers");
      }
      out.add(new Landmark(v[0], v[1], v[2], v[3], n >= 5 ? v[4] : 1.0));
    }
    if (out.size() != BodyLandmark.COUNT) {
      throw bad(
          src,
          where + ".image must have " + BodyLandmark.COUNT + " landmarks, found " + out.size());
    }
    return out;
  }

  private static List<WorldLandmark> worldLandmarks(JsonParser p, String src, String where)
      throws IOException {
    expect(p, JsonToken.START_ARRAY, src, where + ".world");
    List<WorldLandmark> out = new ArrayList<>(BodyLandmark.COUNT);
    double[] v = new double[5];
    while (p.nextToken() != JsonToken.END_ARRAY) {
      int n = tuple(p, src, where + ".world[" + out.size() + "]", v);
      if (n < 3) {
        throw bad(
            src,
            where
                + ".world["
                + out.size()
                + "] needs [x, y, z, visibility], found "
                + n
                + " numbers");
      }
      out.add(new WorldLandmark(v[0], v[1], v[2], n >= 4 ? v[3] : 1.0));
    }
    if (out.size() != BodyLandmark.COUNT) {
      throw bad(
          src,
          where + ".world must have " + BodyLandmark.COUNT + " landmarks, found " + out.size());
    }
    return out;
  }

  /** Reads a numeric array of up to 5 values into v; returns how many were read. */
  private static int tuple(JsonParser p, String src, String where, double[] v) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw bad(src, where + " must be an array of numbers, found " + p.currentToken());
    }
    int n = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      double d = number(p, src, where + "[" + n + "]");
      if (n < v.length) {
        v[n] = d;
      }
      n++;
    }
    return Math.min(n, v.length);
  }

  private static double number(JsonParser p, String src, String field) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
      throw bad(src, field + " must be a number, found " + describe(p));
    }
    double d = p.getDoubleValue();
    if (!Double.isFinite(d)) {
      throw bad(src, field + " must be finite, found " + d);
    }
    return d;
  }

  private static int intValue(JsonParser p, String src, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      double d = number(p, src, field);
      if (d != Math.rint(d)) {
        throw bad(src, field + " must be an integer, found " + d);
      }
      return (int) d;
    }
    return p.getIntValue();
  }

  private static void expect(JsonParser p, JsonToken t, String src, String field)
      throws IOException {
    if (p.currentToken() != t) {
      throw bad(
          src,
          field
              + " must be "
              + (t == JsonToken.START_OBJECT ? "an object" : "an array")
              + ", found "
              + describe(p));
    }
  }

  private static String describe(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "end of input";
    }
    return switch (t) {
      case VALUE_STRING -> "\"" + p.getText() + "\"";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> p.getText();
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      default -> t.toString();
    };
  }

  private static HingeException bad(String src, String message) {
    return HingeException.invalidInput("invalid pose track " + src + ": " + message);
  }
}
