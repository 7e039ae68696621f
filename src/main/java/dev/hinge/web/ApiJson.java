package dev.hinge.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.hinge.core.HingeException;
import java.lang.reflect.Type;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The API's JSON, both ways, as Javalin's JSON mapper. Request bodies are read strictly: an unknown
 * field, a field given twice, a string where a number belongs (or a number where text belongs), a
 * fraction where a whole number belongs, an integer that does not fit, an object where text
 * belongs, trailing text, nesting deeper than {@link #MAX_DEPTH}: a 400 naming the field and the
 * value as sent ({@code reps: 4294967301 is not a whole number that fits}). Nothing is converted or
 * dropped; ranges and formats are the use cases' ({@code dev.hinge.app}).
 */
final class ApiJson implements io.javalin.json.JsonMapper {
  /** JSON nested deeper than this is refused before it is bound. */
  static final int MAX_DEPTH = 32;

  static final ObjectMapper MAPPER = strict();

  private static ObjectMapper strict() {
    ObjectMapper m =
        JsonMapper.builder()
            .enable(
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    m.getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
    for (LogicalType t :
        new LogicalType[] {
          LogicalType.Textual, LogicalType.Integer, LogicalType.Float, LogicalType.Boolean
        }) {
      m.coercionConfigFor(t)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    // a whole number is a number: 100 for a load in kg
    m.coercionConfigFor(LogicalType.Float)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
    return m;
  }

  @Override
  public String toJsonString(Object obj, Type type) {
    try {
      return MAPPER.writeValueAsString(obj);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + type + " as JSON", e);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T fromJsonString(String json, Type targetType) {
    try {
      T value = (T) MAPPER.readValue(json, MAPPER.constructType(targetType));
      if (value == null) {
        throw HingeException.invalidInput("the request body must be a JSON object, found null");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw invalid(e);
    }
  }

  /** A one-line message naming the field and the value as sent. */
  static HingeException invalid(JsonProcessingException e) {
    String field = field(e);
    String value = shown(e);
    String message;
    if (e instanceof UnrecognizedPropertyException u) {
      TreeSet<String> known = new TreeSet<>();
      u.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
      message =
          "unknown field '"
              + RequestGuard.printable(u.getPropertyName())
              + "' (known: "
              + String.join(", ", known)
              + ")";
    } else if (e instanceof StreamConstraintsException) {
      message = "the request body is nested deeper than " + MAX_DEPTH + " levels";
    } else if (e.getOriginalMessage().startsWith("Duplicate field")) {
      message = quotedName(e.getOriginalMessage()) + ": given twice";
    } else if (e instanceof JsonMappingException m && field.isEmpty()) {
      message = "the request body must be a JSON object, found " + value;
    } else if (e instanceof JsonMappingException m) {
      message = field + ": " + value + " is not " + expected(m, e.getOriginalMessage());
    } else {
      message =
          "the request body is not valid JSON: "
              + RequestGuard.printable(e.getOriginalMessage().split("\n", 2)[0])
              + (e.getLocation() == null
                  ? ""
                  : " (line "
                      + e.getLocation().getLineNr()
                      + ", column "
                      + e.getLocation().getColumnNr()
                      + ")");
    }
    return HingeException.invalidInput(message);
  }

  private static String field(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException m)) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : m.getPath()) {
      if (r.getFieldName() != null) {
        b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return RequestGuard.printable(b.toString());
  }

  /** The value the parser stood on when it failed, as sent. */
  private static String shown(JsonProcessingException e) {
    if (!(e.getProcessor() instanceof JsonParser p)) {
      return "a value";
    }
    JsonToken t = p.currentToken();
    if (t == null) {
      return "nothing";
    }
    try {
      return switch (t) {
        case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
        case START_ARRAY, END_ARRAY -> "a list";
        case VALUE_STRING -> "\"" + RequestGuard.printable(p.getText()) + "\"";
        case VALUE_NULL -> "null";
        default -> RequestGuard.printable(p.getText());
      };
    } catch (java.io.IOException io) {
      return "a value";
    }
  }

  private static String expected(JsonMappingException m, String original) {
    String type =
        m instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mi
                && mi.getTargetType() != null
            ? mi.getTargetType().getSimpleName()
            : "";
    if (original.startsWith("Numeric value") && original.contains("out of range")) {
      return "a whole number that fits";
    }
    return switch (type) {
      case "Long", "long", "Integer", "int" -> "a whole number";
      case "Double", "double", "Float", "float" -> "a number";
      case "String" -> "text";
      case "Boolean", "boolean" -> "true or false";
      default -> type.isEmpty() ? "what this field takes" : "a " + type.toLowerCase(Locale.ROOT);
    };
  }

  private static String quotedName(String duplicateMessage) {
    int a = duplicateMessage.indexOf('\'');
    int b = duplicateMessage.lastIndexOf('\'');
    return a >= 0 && b > a
        ? RequestGuard.printable(duplicateMessage.substring(a + 1, b))
        : "a field";
  }
}
