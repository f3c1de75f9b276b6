package org.ecgridkit.sessionlog.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON reader the zeep test relies on: it must not misread what Python's json module writes. */
class JsonTest {

    @Test
    void readsWhatPythonsJsonDumpWrites() {
        Object parsed = Json.parse(" [{\"address\": \"http://127.0.0.1:1/x\", \"error\": null, "
                + "\"records\": [{\"SessionID\": \"A\\\"\\\\\\u00e9\\n\", \"UserID\": -12345, \"naive\": []}]}, "
                + "{\"ok\": true, \"no\": false, \"n\": 1.5e3}] ");
        assertThat(parsed).isEqualTo(List.of(
                mapOf(
                        "address", "http://127.0.0.1:1/x",
                        "error", null,
                        "records", List.of(mapOf("SessionID", "A\"\\\u00e9\n", "UserID", new BigDecimal("-12345"),
                                "naive", List.of()))),
                Map.of("ok", true, "no", false, "n", new BigDecimal("1.5e3"))));
    }

    @Test
    void emptyContainers() {
        assertThat(Json.parse("[]")).isEqualTo(List.of());
        assertThat(Json.parse("{ }")).isEqualTo(Map.of());
    }

    @Test
    void malformedTextFailsWithItsOffset() {
        assertThatThrownBy(() -> Json.parse("[1, 2")).hasMessageContaining("offset 5");
        assertThatThrownBy(() -> Json.parse("{\"a\" 1}")).hasMessageContaining("expected ':'");
        assertThatThrownBy(() -> Json.parse("[1] x")).hasMessageContaining("trailing text");
        assertThatThrownBy(() -> Json.parse("\"open")).hasMessageContaining("unterminated string");
    }

    /** Map.of refuses null values, which JSON objects have. */
    private static Map<String, Object> mapOf(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
