package org.caravan.api.contract;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocAnnotationsUtils;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;

import java.lang.reflect.Type;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rules every operation of the OpenAPI document follows, whoever wrote its controller, so that a client generated
 * from the document has a typed method for each: an operation whose {@code @ApiResponse}s name no success (springdoc
 * then leaves out the response it would infer) gets its success response from the handler's return type; and the
 * records of the dataset and plan formats carry the descriptions of the published JSON Schemas.
 */
@Configuration
public class OpenApiContract {

    /** The 400 of a spreadsheet import: a problem detail whose issues are placed at sheet, row and column. */
    public static final String SHEETS_PROBLEM = "SheetsProblem";
    public static final String SHEETS_PROBLEM_REF = "#/components/schemas/" + SHEETS_PROBLEM;

    static {
        // Local times (at an airport, in the event's zone) carry no offset, but springdoc documents a LocalDateTime
        // as "date-time", which is RFC 3339 and requires one: a generated client then reads 2026-03-23T00:00 as an
        // OffsetDateTime and fails on the flagship dataset. They are plain strings of their ISO 8601 local form.
        SpringDocUtils.getConfig().replaceWithSchema(LocalDateTime.class, new StringSchema()
                .pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?$")
                .example("2026-03-23T22:00"));
    }

    /** Component schemas met while inferring success responses, added to the document's components. */
    private final Components inferred = new Components();

    @Bean
    OperationCustomizer successResponses() {
        return (operation, handler) -> {
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            operation.setResponses(responses);
            if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                addSuccess(operation, responses, handler);
            }
            return operation;
        };
    }

    private void addSuccess(Operation operation, ApiResponses responses, HandlerMethod handler) {
        MethodParameter returned = handler.getReturnType();
        ResolvableType type = ResolvableType.forMethodParameter(returned);
        if (ResponseEntity.class.isAssignableFrom(type.toClass()) || Optional.class.isAssignableFrom(type.toClass())) {
            type = type.getGeneric(0);
        }
        ResponseStatus declared = handler.getMethodAnnotation(ResponseStatus.class);
        HttpStatus status = declared == null ? HttpStatus.OK : declared.code() == HttpStatus.INTERNAL_SERVER_ERROR
                ? declared.value() : declared.code();
        Class<?> body = type.toClass();
        if (body == void.class || body == Void.class) {
            responses.addApiResponse(status == HttpStatus.OK ? "204" : String.valueOf(status.value()),
                    new ApiResponse().description(status == HttpStatus.OK ? "No Content" : status.getReasonPhrase()));
            return;
        }
        Type javaType = type.getType();
        Schema<?> schema;
        synchronized (inferred) {
            schema = SpringDocAnnotationsUtils.extractSchema(inferred, javaType, null, new java.lang.annotation.Annotation[0],
                    SpecVersion.V31);
        }
        String[] produces = producesOf(handler);
        Content content = new Content();
        for (String media : produces) {
            content.addMediaType(media, new MediaType().schema(schema));
        }
        responses.addApiResponse(String.valueOf(status.value()), new ApiResponse().description(status.getReasonPhrase())
                .content(content));
    }

    private static String[] producesOf(HandlerMethod handler) {
        for (Class<? extends java.lang.annotation.Annotation> mapping : List.of(
                org.springframework.web.bind.annotation.GetMapping.class,
                org.springframework.web.bind.annotation.PostMapping.class,
                org.springframework.web.bind.annotation.PutMapping.class,
                org.springframework.web.bind.annotation.PatchMapping.class,
                org.springframework.web.bind.annotation.DeleteMapping.class,
                org.springframework.web.bind.annotation.RequestMapping.class)) {
            var annotation = handler.getMethodAnnotation(mapping);
            if (annotation != null) {
                String[] produces = (String[]) org.springframework.core.annotation.AnnotationUtils.getValue(annotation, "produces");
                if (produces != null && produces.length > 0) {
                    return produces;
                }
            }
        }
        return new String[] {org.springframework.http.MediaType.APPLICATION_JSON_VALUE};
    }

    @Bean
    OpenApiCustomizer inferredSchemasAndFormatDescriptions() {
        Map<String, FormatSchemas.Described> described = FormatSchemas.descriptions();
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components);
            synchronized (inferred) {
                if (inferred.getSchemas() != null) {
                    inferred.getSchemas().forEach((name, schema) -> {
                        if (components.getSchemas() == null || !components.getSchemas().containsKey(name)) {
                            components.addSchemas(name, schema);
                        }
                    });
                }
            }
            components.addSchemas(PROBLEM, problemSchema());
            if (openApi.getPaths() != null) {
                openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                        problemResponses(openApi, operation)));
            }
            components.getSchemas().forEach((name, schema) -> {
                FormatSchemas.Described format = described.get(name);
                if (format != null) {
                    describe(schema, format);
                }
            });
            ChangesSchemas.addTo(components);
            components.addSchemas(SHEETS_PROBLEM, sheetsProblemSchema());
        };
    }

    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    /** RFC 9457 problem details as Caravan writes them (see docs/SERVICE.md, Problem types). */
    private static Schema<?> problemSchema() {
        Schema<?> issue = typed("object")
                .addProperty("path", typed("string").description("Where: a JSON path ($.participants[3].gender), $ for the whole request, or a parameter name"))
                .addProperty("message", typed("string").description("What is wrong, in the planner's words"));
        return typed("object").description("An RFC 9457 problem detail; type names its kind (GET /problems lists them)")
                .addProperty("type", typed("string").format("uri-reference").description("The kind of problem, e.g. /problems/invalid-dataset"))
                .addProperty("title", typed("string").description("Fixed per type"))
                .addProperty("status", typed("integer").format("int32").description("The HTTP status"))
                .addProperty("detail", typed("string").description("This occurrence, in words"))
                .addProperty("instance", typed("string").format("uri-reference").description("The request's path"))
                .addProperty("issues", typed("array").items(issue).description("For a 400: every problem, each with its path"))
                .addProperty("issuesLeftOut", typed("integer").format("int32").description("Issues beyond the 200 listed"))
                .addProperty("field", typed("string").description("For a 404: the path variable or field that named the missing object"))
                .addProperty("reference", typed("string").description("For a 500: what the service log files the error under"));
    }

    /**
     * A problem detail as a spreadsheet import answers it (its 400, see SheetProblems): the problem's fields, its issues
     * placed where the planner finds them in their files, and the import's notes and counts. A 400 of the request
     * itself (no file part) has issues with a path only, which this schema also describes.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> sheetsProblemSchema() {
        Schema<?> problem = problemSchema();
        Map<String, Schema> properties = new java.util.LinkedHashMap<>(problem.getProperties());
        Schema<?> issue = new Schema<>().$ref("#/components/schemas/SheetIssue");
        properties.put("issues", typed("array").items(issue).description("Every problem, at its sheet (a workbook "
                + "sheet's or a CSV file's name), row (as the spreadsheet numbers it) and column (as headed); a problem "
                + "of the dataset as a whole has no row or column, one in a part no sheet gave has its JSON path"));
        properties.put("notes", typed("array").items(issue).description("What the planner should know besides "
                + "(ignored columns, ids given to rows without one), placed the same way"));
        properties.put("counts", typed("array").items(new Schema<>().$ref("#/components/schemas/Count"))
                .description("For each part of the dataset a sheet gave: the records it would have added, updated, "
                        + "left unchanged and kept without a row"));
        return typed("object").properties(properties).description("An RFC 9457 problem detail of a spreadsheet "
                + "import: nothing was imported");
    }

    /** A schema of one JSON type, written as OpenAPI 3.0 ({@code type}) and 3.1 ({@code types}) documents want it. */
    private static Schema<?> typed(String type) {
        return new Schema<>().type(type).types(java.util.Set.of(type));
    }

    /** What a success body without a schema is: text for text/*, bytes for files (PDF, XLSX, ZIP, CSV downloads...). */
    private static Schema<?> bodyOf(String media) {
        return media.startsWith("text/") ? typed("string")
                : media.contains("json") ? typed("object") : typed("string").format("binary");
    }

    /**
     * Error responses name the problem schema, success bodies documented without a schema get the one their media
     * type implies, and an operation that needs a token documents the 401 it answers without one.
     */
    private static void problemResponses(io.swagger.v3.oas.models.OpenAPI openApi, Operation operation) {
        ApiResponses responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        boolean secured = operation.getSecurity() == null ? openApi.getSecurity() != null && !openApi.getSecurity().isEmpty()
                : !operation.getSecurity().isEmpty();
        if (secured && !responses.containsKey("401")) {
            responses.addApiResponse("401", new ApiResponse().description("No credentials, or a token unknown or revoked")
                    .content(new Content().addMediaType(PROBLEM_JSON, new MediaType())));
        }
        responses.forEach((code, response) -> {
            if (code.startsWith("2") && response.getContent() != null) {
                response.getContent().forEach((media, type) -> {
                    if (type.getSchema() == null) {
                        type.setSchema(bodyOf(media));
                    }
                });
            }
            if (code.startsWith("4") || code.startsWith("5")) {
                Content content = response.getContent() == null ? new Content() : response.getContent();
                response.setContent(content);
                MediaType problem = content.computeIfAbsent(PROBLEM_JSON, media -> new MediaType());
                if (problem.getSchema() == null) {
                    problem.setSchema(new Schema<>().$ref("#/components/schemas/" + PROBLEM));
                }
            }
        });
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void describe(Schema schema, FormatSchemas.Described format) {
        if (schema.getDescription() == null && !format.description().isBlank()) {
            schema.setDescription(format.description());
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        properties.replaceAll((field, property) -> {
            String description = format.fields().get(field);
            if (description == null || description.isBlank() || property.getDescription() != null) {
                return property;
            }
            if (property.get$ref() != null) {
                // In OpenAPI 3.0 a $ref's siblings are ignored: the description goes beside it in an allOf.
                return new Schema<>().allOf(List.of(new Schema<>().$ref(property.get$ref()))).description(description);
            }
            property.setDescription(description);
            return property;
        });
    }
}
