package vn.congso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import vn.congso.support.CongsoTest;
import vn.congso.support.Http;
import vn.congso.support.SampleFiles;
import vn.congso.support.TestAccounts;

/**
 * Every demo procedure that can be applied for online accepts an application that answers only what its form
 * requires: optional groups left blank (the father on a birth registration, a postal address when the result is
 * collected at the desk) are absent, not groups with every field missing. Checked through the API (JSON with only
 * the required answers) and through the question pages (the browser posts every input, the optional ones blank).
 */
@CongsoTest
class DemoProceduresTest {

    private static final String COMMUNE = "24133";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    Http citizen;

    @BeforeEach
    void setUp() {
        TestAccounts.TestAccount me = new TestAccounts(jdbc, encoder).citizen("Lê Thị Thu Hà");
        citizen = new Http(port).basic(me.login(), me.password());
    }

    static Stream<JsonNode> onlineProcedures() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String file : List.of("demo/procedures.json", "demo/procedures-1-civil.json", "demo/procedures-2-economic.json")) {
            try (InputStream in = new ClassPathResource(file).getInputStream()) {
                for (JsonNode p : ApplicationFixtures.JSON.readTree(in).path("procedures")) {
                    if (!"NONE".equals(p.path("onlineType").asString()) && p.path("form").isObject()) {
                        out.add(p);
                    }
                }
            }
        }
        assertThat(out).as("demo procedures open online").hasSizeGreaterThan(30);
        return out.stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("onlineProcedures")
    void onlyTheRequiredAnswersAreEnoughThroughTheApiAndThroughTheQuestionPages(JsonNode procedure) {
        String code = procedure.path("code").asString();
        JsonNode form = procedure.path("form");
        String id = start(code, procedure.path("level").asString());
        JsonNode data = minimal(form.path("schema"), "");

        Http.Response put = citizen.send("PUT", "/api/v1/drafts/" + id, "application/json",
                ApplicationFixtures.JSON.writeValueAsBytes(Map.of("data", data)), Map.of());
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(problems(id)).as(code + " by the API with only the required answers " + data)
                .allMatch(p -> p.startsWith("component-"));

        Map<String, String> answers = new LinkedHashMap<>();
        flatten(data, "", answers);
        for (JsonNode page : form.path("ui").path("pages")) {
            // the browser posts every input of the page; those not required are left blank
            Map<String, String> posted = new LinkedHashMap<>(answers);
            for (JsonNode f : page.path("fields")) {
                String path = f.asString();
                String type = schemaAt(form.path("schema"), path).path("type").asString("string");
                if ("object".equals(type) && answers.keySet().stream().noneMatch(k -> k.startsWith(path + "."))) {
                    posted.put(path + ".street", "");
                    posted.put(path + ".commune", "");
                } else if (!"array".equals(type) && !"boolean".equals(type) && !"object".equals(type)) {
                    posted.putIfAbsent(path, "");
                }
            }
            posted.put("action", "continue");
            Http.Response r = citizen.post("/ho-so/nhap/" + id + "/" + page.path("id").asString(), "application/x-www-form-urlencoded",
                    form(posted));
            assertThat(r.status()).as(code + " page " + page.path("id").asString() + " refused: " + errorSummary(r)).isEqualTo(302);
        }
        attachMandatoryDocuments(procedure, id);
        assertThat(problems(id)).as(code + " after the pages").isEmpty();
        Http.Response submitted = citizen.post("/ho-so/nhap/" + id + "/cam-ket", "application/x-www-form-urlencoded",
                form(Map.of("declared", "true")));
        assertThat(submitted.status()).isEqualTo(302);
        assertThat(submitted.header("Location")).as(code).matches(".*/ho-so/[^/]+/da-nop$");
    }

    private String start(String code, String level) {
        Http.Response r = citizen.postJson("/api/v1/drafts", Map.of("procedureCode", code, "restart", true));
        assertThat(r.status()).as(code + " " + r).isEqualTo(201);
        String id = r.json().get("id").asString();
        if ("COMMUNE".equals(level)) {
            Http.Response where = citizen.send("PUT", "/api/v1/drafts/" + id + "/commune", "application/json",
                    ("{\"commune\":\"" + COMMUNE + "\"}").getBytes(), Map.of());
            assertThat(where.status()).as(where.toString()).isEqualTo(200);
        }
        return id;
    }

    private void attachMandatoryDocuments(JsonNode procedure, String id) {
        for (JsonNode c : procedure.path("components")) {
            if (c.path("mandatory").asBoolean()) {
                Http.Response r = citizen.multipart("/api/v1/drafts/" + id + "/files?component=" + c.path("code").asString(), "file",
                        "giay-to.pdf", "application/pdf", SampleFiles.pdf("Giay to"), Map.of(), Map.of());
                assertThat(r.status()).as(r.toString()).isEqualTo(201);
            }
        }
    }

    private List<String> problems(String id) {
        List<String> out = new ArrayList<>();
        citizen.get("/api/v1/drafts/" + id + "/problems").json().forEach(p -> out.add(p.get("field").asString() + ": " + p.get("message").asString()));
        return out;
    }

    /** The smallest answer the schema accepts: only required properties, the first option, the minimum. */
    static JsonNode minimal(JsonNode schema, String path) {
        String type = schema.path("type").asString("string");
        switch (type) {
            case "object" -> {
                ObjectNode o = NODES.objectNode();
                for (JsonNode r : schema.path("required")) {
                    String name = r.asString();
                    o.set(name, minimal(schema.path("properties").path(name), path.isEmpty() ? name : path + "." + name));
                }
                return o;
            }
            case "array" -> {
                ArrayNode a = NODES.arrayNode();
                int n = Math.max(1, schema.path("minItems").asInt(0));
                for (int i = 0; i < n; i++) {
                    a.add(minimal(schema.path("items"), path + "[" + i + "]"));
                }
                return a;
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            case "integer", "number" -> {
                long min = schema.has("minimum") ? schema.path("minimum").asLong() : 1;
                if (schema.has("exclusiveMinimum")) {
                    min = schema.path("exclusiveMinimum").asLong() + 1;
                }
                return NODES.numberNode(Math.max(min, 1));
            }
            default -> {
                if (schema.has("enum")) {
                    return schema.path("enum").get(0);
                }
                if (schema.has("const")) {
                    return schema.path("const");
                }
                String format = schema.path("format").asString("");
                if (format.equals("date")) {
                    return NODES.stringNode("2020-03-25");
                }
                if (format.equals("email")) {
                    return NODES.stringNode("thu.ha@example.vn");
                }
                String pattern = schema.path("pattern").asString("");
                String value = switch (pattern) {
                    case "" -> "Nội dung khai";
                    case "^[0-9]{5}$" -> COMMUNE;
                    case "^[0-9]{12}$" -> "066190004321";
                    case "^(0|\\+84)[0-9]{9,10}$" -> "0912345678";
                    case "^[0-9]{10}(-[0-9]{3})?$", "^[0-9]{10}$" -> "6000123456";
                    case "^[0-9]{6,20}$" -> "1234567890";
                    case "^[0-9]{4}$" -> "2020";
                    case "^([01][0-9]|2[0-3]):[0-5][0-9]$" -> "08:30";
                    case "^[A-Z0-9]{6,12}$" -> "AB123456";
                    default -> throw new IllegalStateException("no sample for pattern " + pattern + " at " + path);
                };
                int min = schema.path("minLength").asInt(0);
                while (value.length() < min) {
                    value = value + " thêm";
                }
                return NODES.stringNode(value);
            }
        }
    }

    /** What a browser posts for the data: dotted names, addresses as .street and .commune, items as [i]. */
    private static void flatten(JsonNode node, String path, Map<String, String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                flatten(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), path + "[" + i + "]", out);
            }
        } else {
            out.put(path, node.asString());
        }
    }

    private static JsonNode schemaAt(JsonNode schema, String path) {
        JsonNode node = schema;
        for (String part : path.split("\\.")) {
            node = node.path("properties").path(part.replace("[]", ""));
            if (part.endsWith("[]")) {
                node = node.path("items");
            }
        }
        return node;
    }

    private static byte[] form(Map<String, String> values) {
        StringBuilder b = new StringBuilder();
        values.forEach((k, v) -> b.append(b.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String errorSummary(Http.Response r) {
        String body = r.body();
        int at = body.indexOf("error-summary");
        return at < 0 ? "status " + r.status() : body.substring(at, Math.min(body.length(), at + 1500)).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }
}
