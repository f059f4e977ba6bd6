package id.balai.platform.interfaces;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Declares every variable of a path's template on each of its operations, as OpenAPI requires. A resource reads the
 * regency of its {@code /t/{tenant}/...} path from the request's tenant context, not from a method parameter, so the
 * scanner would otherwise leave {@code tenant} out of operations that have another path parameter. Path parameters
 * come first, by name, as the scanner orders them. Run by the build's OpenAPI step ({@code server/pom.xml}).
 */
public class OpenApiPathParameters implements OASFilter {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openApi.getPaths().getPathItems().entrySet()) {
            List<String> variables = new ArrayList<>();
            Matcher m = VARIABLE.matcher(path.getKey());
            while (m.find()) {
                variables.add(m.group(1));
            }
            if (variables.isEmpty() || path.getValue().getOperations() == null) {
                continue;
            }
            for (Operation operation : path.getValue().getOperations().values()) {
                declare(operation, variables);
            }
        }
    }

    private static void declare(Operation operation, List<String> variables) {
        List<Parameter> params = operation.getParameters() == null ? List.of() : operation.getParameters();
        Set<String> declared = params.stream().filter(p -> p.getIn() == Parameter.In.PATH).map(Parameter::getName)
                .collect(Collectors.toSet());
        if (declared.containsAll(variables)) {
            return;
        }
        List<Parameter> inPath = new ArrayList<>(params.stream().filter(p -> p.getIn() == Parameter.In.PATH).toList());
        for (String v : variables) {
            if (!declared.contains(v)) {
                inPath.add(OASFactory.createParameter().name(v).in(Parameter.In.PATH).required(true)
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
            }
        }
        inPath.sort(Comparator.comparing(Parameter::getName));
        List<Parameter> all = new ArrayList<>(inPath);
        params.stream().filter(p -> p.getIn() != Parameter.In.PATH).forEach(all::add);
        operation.setParameters(all);
    }
}
