package vn.congso.dossier.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import vn.congso.catalog.Procedure;
import vn.congso.dossier.internal.form.FormDefinition;
import vn.congso.shared.ApiException;

/** Parsed form definitions per procedure version (versions never change, so the cache never goes stale). */
@Component
class Forms {

    private final JsonMapper json;
    private final Map<Long, FormDefinition> byVersion = new ConcurrentHashMap<>();

    Forms(JsonMapper json) {
        this.json = json;
    }

    FormDefinition of(Procedure procedure) {
        if (procedure.formDefinition() == null) {
            throw ApiException.conflict("application.no-form", procedure.code());
        }
        return byVersion.computeIfAbsent(procedure.versionId(), id -> FormDefinition.parse(json.readTree(procedure.formDefinition())));
    }
}
