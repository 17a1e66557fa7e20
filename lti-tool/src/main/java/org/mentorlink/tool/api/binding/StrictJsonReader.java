package org.mentorlink.tool.api.binding;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.mentorlink.tool.infrastructure.web.HttpProblem;

/**
 * Reads every JSON request body the API takes (a record) with {@link StrictJson}, in place of
 * JSON-B's lenient binding: at most {@link #MAX_BYTES} of UTF-8, then strictly typed. An empty body
 * reads as null (resources that need one say so).
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Priority(Priorities.USER)
public class StrictJsonReader implements MessageBodyReader<Record> {
  /** The largest body read: the longest texts (session notes) are 20,000 characters. */
  public static final int MAX_BYTES = 1024 * 1024;

  @Inject Clock clock;

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord() && isJson(mediaType);
  }

  static boolean isJson(MediaType t) {
    return t != null
        && t.getType().equalsIgnoreCase("application")
        && (t.getSubtype().equalsIgnoreCase("json")
            || t.getSubtype().toLowerCase().endsWith("+json"));
  }

  @Override
  public Record readFrom(
      Class<Record> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    String charset = mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
      throw new HttpProblem(
          415, "UNSUPPORTED_MEDIA_TYPE", "JSON is read as UTF-8: send charset=utf-8 or none.");
    }
    byte[] bytes = entityStream.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new HttpProblem(
          413, "REQUEST_TOO_LARGE", "The request body is larger than " + MAX_BYTES + " bytes.");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw StrictJson.malformed("it is not UTF-8");
    }
    @SuppressWarnings("unchecked")
    Class<? extends Record> t = type;
    return StrictJson.read(text, t, clock == null ? java.time.Instant.now() : clock.instant());
  }
}
