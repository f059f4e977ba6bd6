// Offline schema check of the rendered manifests: every built-in Kubernetes object is validated against the JSON
// schema that the npm package `kubernetes-models` bundles (Kubernetes 1.27 API). Custom resources (CloudNativePG's
// Cluster, the Open Liberty Operator's OpenLibertyApplication) have no bundled schema and are reported as skipped.
//
//   cd infra/kubernetes/validate && npm ci
//   kubectl kustomize ../overlays/example | node validate.mjs
//
// Exit status 1 when an object does not match its schema.
import { parseAllDocuments } from "yaml";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const docs = parseAllDocuments(Buffer.concat(chunks).toString("utf8")).map((d) => d.toJS()).filter(Boolean);

let failed = 0;
for (const obj of docs) {
  const { apiVersion, kind } = obj;
  const name = `${apiVersion} ${kind} ${obj.metadata?.name}`;
  const module = apiVersion.includes("/") ? `kubernetes-models/${apiVersion}` : `kubernetes-models/${apiVersion}`;
  let Model;
  try {
    Model = (await import(module))[kind];
  } catch {
    Model = undefined;
  }
  if (!Model) {
    console.log(`SKIPPED  ${name} (no bundled schema: custom resource)`);
    continue;
  }
  try {
    new Model(obj).validate();
    console.log(`OK       ${name}`);
  } catch (e) {
    failed++;
    console.log(`INVALID  ${name}\n${e.message}`);
  }
}
console.log(`${docs.length} objects, ${failed} invalid`);
process.exit(failed ? 1 : 0);
