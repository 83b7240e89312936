package space.consortium.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import space.consortium.support.ApiContract;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document (issue 14): titled and versioned from the build, with a bearer-token scheme that every write
 * operation requires (Swagger UI's Authorize button), and a typed schema for every request body and every 200/201
 * answer (a {@code $ref} to a named schema or a concrete type, never a bare object or a description string).
 */
class OpenApiDocumentTests extends ApiContract {

    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    /**
     * Operations whose request or answer another helper is typing right now; the integrator removes each line when
     * the branch named is merged.
     */
    private static final Set<String> KNOWN_EXCEPTIONS = Set.of();

    @Test
    void titleAndVersionComeFromTheBuild() {
        JsonNode info = read("/v3/api-docs").path("info");

        assertThat(info.path("title").asString()).isEqualTo("Consortium API").isNotEqualTo("OpenAPI definition");
        // the version of pom.xml, through META-INF/build-info.properties
        assertThat(info.path("version").asString()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void everyWriteOperationRequiresTheBearerScheme() {
        JsonNode docs = read("/v3/api-docs");
        JsonNode scheme = docs.at("/components/securitySchemes/bearer");
        assertThat(scheme.path("type").asString()).isEqualTo("http");
        assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");

        List<String> writes = new ArrayList<>();
        List<String> unsecured = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : docs.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (WRITES.contains(op.getKey())) {
                    writes.add(op.getKey() + " " + path.getKey());
                    boolean secured = false;
                    for (JsonNode requirement : op.getValue().path("security").values()) {
                        secured |= requirement.has("bearer");
                    }
                    if (!secured) {
                        unsecured.add(op.getKey().toUpperCase() + " " + path.getKey());
                    }
                }
            }
        }
        assertThat(writes).contains("put /api/partners/{id}", "post /api/contributions");
        assertThat(unsecured).as("write operations without the bearer scheme").isEmpty();
        assertThat(docs.at("/paths/~1api~1partners~1{id}/get/security").isMissingNode()).as("reads are open").isTrue();
    }

    @Test
    void everyRequestBodyAndEveryAnswerHasATypedSchema() {
        JsonNode docs = read("/v3/api-docs");
        List<String> offenders = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, JsonNode> path : docs.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                for (Map.Entry<String, JsonNode> content : op.getValue().at("/requestBody/content").properties()) {
                    checked++;
                    if (!typed(docs, content.getValue().path("schema")) && !KNOWN_EXCEPTIONS.contains(name + " request")) {
                        offenders.add(name + " request (" + content.getKey() + "): " + content.getValue().path("schema"));
                    }
                }
                for (String status : List.of("200", "201")) {
                    for (Map.Entry<String, JsonNode> content : op.getValue().at("/responses/" + status + "/content")
                            .properties()) {
                        checked++;
                        if (!typed(docs, content.getValue().path("schema"))
                                && !KNOWN_EXCEPTIONS.contains(name + " " + status)) {
                            offenders.add(name + " " + status + " (" + content.getKey() + "): "
                                    + content.getValue().path("schema"));
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
        // a project's GET body is flat (the fields PUT takes, then the read-only lists), and so is its schema
        assertThat(docs.at("/components/schemas/ProjectDetail/properties").propertyNames())
                .contains("id", "name", "cost", "version", "participants", "contributions", "shareTables");
        assertThat(docs.at("/components/schemas/ContributionRequest/properties/value/$ref").asString())
                .endsWith("/MoneyRequest");
        assertThat(offenders).as("operations whose request body or answer has no typed schema").isEmpty();
    }

    /** A schema is typed when it names a component, or is a concrete type whose parts are typed. */
    private static boolean typed(JsonNode docs, JsonNode schema) {
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asString();
            JsonNode target = docs.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1));
            return !target.isMissingNode() && (target.has("properties") || target.has("allOf") || target.has("oneOf")
                    || target.has("enum") || (target.has("type") && !"object".equals(target.path("type").asString())));
        }
        for (String combination : List.of("oneOf", "anyOf", "allOf")) {
            if (schema.has(combination)) {
                for (JsonNode part : schema.path(combination).values()) {
                    if (!typed(docs, part)) {
                        return false;
                    }
                }
                return true;
            }
        }
        String type = schema.path("type").asString("");
        return switch (type) {
            case "string", "number", "integer", "boolean" -> true;
            case "array" -> typed(docs, schema.path("items"));
            case "object" -> schema.has("properties")
                    || (schema.path("additionalProperties").isObject() && typed(docs, schema.path("additionalProperties")));
            default -> false;
        };
    }
}
