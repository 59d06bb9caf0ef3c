"""Rewrite the JSON schemas kubeconform validates deploy/k8s against (tests/deploy/test_manifests.py).

    .venv/bin/python deploy/k8s/schemas/update.py

Offline at test time, so the schemas live in this directory, one file per kind in kubeconform's naming
(`{{ .ResourceKind }}{{ .KindSuffix }}.json`: kind, first part of the API group, version, lower case, e.g.
`deployment-apps-v1.json`, `cluster-postgresql-v1.json`), each standalone (no reference outside the file)
and strict (an object rejects fields its schema does not name), as kubeconform's `-strict` expects.

Sources (README.md beside this file says which versions and why):
- Kubernetes: the schemas bundled in the kubernetes-validate package (already a test dependency), made
  standalone by copying the definitions a kind uses into the file;
- the operators' CustomResourceDefinitions from their published Go modules (fetched with `go mod download`
  through the Go module proxy): each served version's `openAPIV3Schema`, converted the way kubeconform's
  openapi2jsonschema.py does (strict objects unless `x-kubernetes-preserve-unknown-fields`, int-or-string).
Only the kinds the manifests use (and their close relatives) are written; add a kind to the lists below.
"""

from __future__ import annotations

import copy
import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
KUBERNETES_VERSION = "1.33.0"
KUBERNETES_KINDS = [
    "configmap-v1", "secret-v1", "service-v1", "serviceaccount-v1", "namespace-v1",
    "deployment-apps-v1", "statefulset-apps-v1", "job-batch-v1", "cronjob-batch-v1",
    "ingress-networking-v1", "networkpolicy-networking-v1", "horizontalpodautoscaler-autoscaling-v2",
    "poddisruptionbudget-policy-v1", "persistentvolumeclaim-v1",
]
# Go module, version, directory of CRDs inside it, CRD files.
OPERATORS = [
    ("github.com/cloudnative-pg/cloudnative-pg", "v1.27.0", "config/crd/bases",
     ["postgresql.cnpg.io_clusters.yaml", "postgresql.cnpg.io_databases.yaml",
      "postgresql.cnpg.io_scheduledbackups.yaml", "postgresql.cnpg.io_backups.yaml"]),
    ("github.com/prometheus-operator/prometheus-operator", "v0.85.0", "example/prometheus-operator-crd",
     ["monitoring.coreos.com_prometheusrules.yaml", "monitoring.coreos.com_podmonitors.yaml",
      "monitoring.coreos.com_servicemonitors.yaml"]),
]

Schema = dict[str, Any]


def inline(node: Any, definitions: dict[str, Schema], used: dict[str, Schema]) -> Any:
    """node with every reference to a definition made local ("#/$defs/..."), the definitions it
    reaches (transitively) added to used."""
    if isinstance(node, list):
        return [inline(v, definitions, used) for v in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and "#/$defs/" in ref:
        target = ref.split("#/$defs/", 1)[1]
        if target not in used:
            used[target] = {}  # a recursive definition stops here
            used[target] = inline(copy.deepcopy(definitions[target]), definitions, used)
        node = {**node, "$ref": f"#/$defs/{target}"}
    return {k: inline(v, definitions, used) for k, v in node.items()}


def kubernetes_schemas() -> dict[str, Schema]:
    import kubernetes_validate

    base = Path(kubernetes_validate.__file__).parent / "kubernetes-json-schema" / f"v{KUBERNETES_VERSION}-local-strict"
    definitions = json.loads((base / "_definitions.json").read_text())["$defs"]
    out = {}
    for name in KUBERNETES_KINDS:
        schema = json.loads((base / f"{name}.json").read_text())
        used: dict[str, Schema] = {}
        schema = inline(schema, definitions, used)
        schema.pop("$id", None)  # the local copy's address on kubernetes-validate's server
        schema["$defs"] = dict(sorted(used.items()))
        out[f"{name}.json"] = schema
    return out


def strict(node: Any) -> Any:
    """openapi2jsonschema's strict conversion of one CRD schema node."""
    if isinstance(node, list):
        return [strict(v) for v in node]
    if not isinstance(node, dict):
        return node
    node = {k: ({name: strict(s) for name, s in v.items()} if k in ("properties", "patternProperties")
                and isinstance(v, dict) else strict(v)) for k, v in node.items()}
    if node.pop("x-kubernetes-int-or-string", False):
        for key in ("type", "format"):
            node.pop(key, None)
        node["oneOf"] = [{"type": "string"}, {"type": "integer"}]
    if ("properties" in node and "additionalProperties" not in node
            and not node.get("x-kubernetes-preserve-unknown-fields")):
        node["additionalProperties"] = False
    return node


def operator_schemas() -> dict[str, Schema]:
    out = {}
    for module, version, directory, files in OPERATORS:
        go = shutil.which("go") or "go"
        info = json.loads(subprocess.run([go, "mod", "download", "-json", f"{module}@{version}"],  # noqa: S603
                                         check=True, capture_output=True, text=True,
                                         env={**os.environ, "GOFLAGS": "-mod=mod"}).stdout)
        for file in files:
            crd = yaml.safe_load((Path(info["Dir"]) / directory / file).read_text())
            group, kind = crd["spec"]["group"], crd["spec"]["names"]["kind"]
            for served in crd["spec"]["versions"]:
                if not served.get("served", True):
                    continue
                schema = strict(copy.deepcopy(served["schema"]["openAPIV3Schema"]))
                schema.setdefault("properties", {})
                schema["properties"]["apiVersion"] = {"type": "string", "enum": [f"{group}/{served['name']}"]}
                schema["properties"]["kind"] = {"type": "string", "enum": [kind]}
                schema["required"] = sorted(set(schema.get("required", [])) | {"apiVersion", "kind"})
                schema["description"] = (f"{kind} {group}/{served['name']} from {module} {version} "
                                         f"{directory}/{file}. " + schema.get("description", ""))
                out[f"{kind.lower()}-{group.split('.')[0]}-{served['name']}.json"] = schema
    return out


def without_descriptions(node: Any) -> Any:
    """Descriptions are most of the bytes and validate nothing (a field named `description` stays)."""
    if isinstance(node, list):
        return [without_descriptions(v) for v in node]
    if not isinstance(node, dict):
        return node
    return {k: ({name: without_descriptions(s) for name, s in v.items()}
                if k in ("properties", "patternProperties", "$defs") and isinstance(v, dict)
                else without_descriptions(v))
            for k, v in node.items() if k != "description" or not isinstance(v, str)}


def main() -> None:
    schemas = {name: without_descriptions(schema)
               for name, schema in {**kubernetes_schemas(), **operator_schemas()}.items()}
    for old in HERE.glob("*.json"):
        old.unlink()
    for name, schema in sorted(schemas.items()):
        (HERE / name).write_text(json.dumps(schema, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    kv = importlib.metadata.version("kubernetes-validate")
    print(f"{len(schemas)} schemas (Kubernetes {KUBERNETES_VERSION} from kubernetes-validate {kv}; "
          + ", ".join(f"{m.rsplit('/', 1)[1]} {v}" for m, v, _, _ in OPERATORS) + ")", file=sys.stderr)


if __name__ == "__main__":
    main()
