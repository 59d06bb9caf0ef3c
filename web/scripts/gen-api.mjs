// Generates the API's TypeScript types from the services' OpenAPI documents (openapi-typescript):
// openapi/<service>.json -> src/api/<service>.ts. `npm run build` runs it first (`npm run gen:api`).
//
// The documents come from the services' code: `../.venv/bin/python ../scripts/openapi_dump.py` (or
// `npm run api:refresh`, which does both). tests/web/test_api_types_current.py fails when either the
// committed documents or these files differ from what the code gives.
//
//   node scripts/gen-api.mjs [--in openapi] [--out src/api]
import { readdir, mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";

const { values } = parseArgs({ options: { in: { type: "string", default: "openapi" }, out: { type: "string", default: "src/api" } } });
const src = resolve(values.in);
const out = resolve(values.out);

const header = (service) =>
  `// GENERATED from openapi/${service}.json by scripts/gen-api.mjs (openapi-typescript): do not edit.\n` +
  `// Refresh: cd web && npm run api:refresh (the document from the service's code, then these types).\n\n`;

const names = (await readdir(src)).filter((f) => f.endsWith(".json")).sort();
if (names.length === 0) throw new Error(`no OpenAPI documents in ${src}`);
await mkdir(out, { recursive: true });
for (const file of names) {
  const service = basename(file, ".json");
  const doc = JSON.parse(await readFile(join(src, file), "utf8"));
  // defaultNonNullable: false — a field is required only if the document says so. A field with a default
  // may be left out of a request (the service fills it in), and a response type never promises more
  // than the document does.
  const ast = await openapiTS(doc, { silent: true, defaultNonNullable: false });
  await writeFile(join(out, `${service}.ts`), header(service) + astToString(ast));
  console.log(`${join(values.out, `${service}.ts`)} <- ${join(values.in, file)}`);
}
