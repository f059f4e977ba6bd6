package id.balai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The web app's API types are generated from the server's OpenAPI document (issue 20 item 5): this test makes them
 * again from the document this build made, with the web app's script (webapp/scripts/api-types.mjs, openapi-typescript),
 * and fails when the committed file differs. To bring them in step: build the server, then {@code npm run api:types} in webapp/.
 */
class ApiTypesDriftTest {
    private static final Path DOCUMENT = Path.of("target/classes/META-INF/openapi.json");
    private static final Path WEBAPP = Path.of("../webapp").toAbsolutePath().normalize();
    private static final Path COMMITTED = WEBAPP.resolve("src/api/generated/balai-api.ts");

    @Test
    void theWebAppsApiTypesAreTheOnesTheDocumentGives() throws IOException, InterruptedException {
        assertThat(WEBAPP.resolve("node_modules/openapi-typescript")).as("installed by the web app's build (npm ci)")
                .isDirectory();
        Path fresh = Path.of("target/balai-api.ts").toAbsolutePath();
        Path log = Path.of("target/api-types.log").toAbsolutePath();
        Process p = new ProcessBuilder(List.of(node(), "scripts/api-types.mjs", DOCUMENT.toAbsolutePath().toString(),
                fresh.toString())).directory(WEBAPP.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("openapi-typescript finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.readString(COMMITTED))
                .as("webapp/src/api/generated/balai-api.ts is out of step with the server's OpenAPI document: "
                        + "run `npm run api:types` in webapp/ after building the server, and commit it")
                .isEqualTo(Files.readString(fresh));
    }

    /** The machine's Node.js, or the one the web app's build installed beside it. */
    private static String node() {
        Path local = WEBAPP.resolve("target/node-install/node/node");
        return Files.isExecutable(local) ? local.toString() : "node";
    }
}
