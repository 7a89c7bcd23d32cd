package org.sunshine.bench.gold;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One document being written: its text and its gold annotation (what must be masked, what must be
 * kept), serialised in the format of the shared development corpus.
 */
final class Gold {

  private final StringBuilder text = new StringBuilder();
  private final List<Map<String, Object>> mask = new ArrayList<>();
  private final Map<String, String> keep = new LinkedHashMap<>();
  boolean publishable = true;
  String type = "generated";

  Gold append(Object s) {
    text.append(s);
    return this;
  }

  /** A paragraph of its own, indented as documents indent them. */
  Gold line(String s) {
    text.append("　　").append(s).append('\n');
    return this;
  }

  String text() {
    return text.toString();
  }

  String mask(String category, String value, String role) {
    return mask(category, value, role, List.of());
  }

  /** An item that must not survive; {@code parts} are the named components of an address. */
  String mask(String category, String value, String role, List<String> parts) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("text", value);
    item.put("category", category);
    item.put("role", role);
    if (!parts.isEmpty()) {
      item.put("parts", parts);
    }
    mask.add(item);
    return value;
  }

  String keep(String category, String value) {
    keep.put(value, category);
    return value;
  }

  String json(String id, String layout, String body) {
    String squeezed = body.replaceAll("\\s+", "");
    StringBuilder j = new StringBuilder("{\"id\": \"" + id + "\", \"type\": " + quote(type) + ", ");
    j.append("\"publishable\": ").append(publishable);
    j.append(", \"reason\": \"\", \"layout\": \"").append(layout).append("\",\n \"mask\": [");
    for (int i = 0; i < mask.size(); i++) {
      Map<String, Object> m = mask.get(i);
      j.append(i == 0 ? "\n  " : ",\n  ");
      j.append("{\"text\": ").append(quote((String) m.get("text")));
      j.append(", \"category\": ").append(quote((String) m.get("category")));
      j.append(", \"role\": ").append(quote((String) m.get("role")));
      if (m.containsKey("parts")) {
        @SuppressWarnings("unchecked")
        List<String> parts = (List<String>) m.get("parts");
        j.append(", \"parts\": [");
        for (int p = 0; p < parts.size(); p++) {
          j.append(p == 0 ? "" : ", ").append(quote(parts.get(p)));
        }
        j.append("]");
      }
      j.append("}");
    }
    j.append("],\n \"keep\": [");
    int i = 0;
    for (Map.Entry<String, String> k : keep.entrySet()) {
      int count = count(squeezed, k.getKey().replaceAll("\\s+", ""));
      if (count == 0) {
        continue; // an item the layout split with a footer: not checkable as one string
      }
      j.append(i++ == 0 ? "\n  " : ",\n  ");
      j.append("{\"text\": ").append(quote(k.getKey()));
      j.append(", \"category\": ").append(quote(k.getValue()));
      j.append(", \"count\": ").append(count).append("}");
    }
    return j.append("],\n \"soft_mask\": [], \"same_surname_groups\": []}\n").toString();
  }

  private static int count(String text, String s) {
    int n = 0;
    for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + s.length())) {
      n++;
    }
    return n;
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
