"""deploy/k8s: every kustomization builds, and every resource it renders is valid Kubernetes.

kustomize and kubeconform (pinned in scripts/stack/lib.sh, built into the cache by install_kustomize and
install_kubeconform) render and validate the base, the single-cluster overlay, the base with every optional
component and the monitoring kustomization. kubeconform validates each resource offline, in strict mode
(unknown fields are errors), against the schemas kept in deploy/k8s/schemas: Kubernetes 1.33 and the
CloudNativePG and Prometheus Operator CRDs (deploy/k8s/schemas/update.py rewrites them). No Strimzi schema is
published where this project can fetch it, so Kafka and KafkaNodePool are checked field by field below.
Nothing here touches the network or a cluster."""

from __future__ import annotations

import copy
import importlib
import importlib.util
import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from common.config import ServiceSettings

ROOT = Path(__file__).resolve().parents[2]
K8S = ROOT / "deploy" / "k8s"
SCHEMAS = K8S / "schemas"
# Kinds without a schema in deploy/k8s/schemas (see its README.md): checked by test_custom_resources_*.
NO_SCHEMA_KINDS = {"Kafka", "KafkaNodePool", "KafkaUser"}
SERVICES = sorted(p.parent.name for p in (ROOT / "services").glob("*/alembic.ini"))

Resource = dict[str, Any]


# ---------------------------------------------------------------- building


def pinned_tool(name: str, variable: str) -> str:
    """The Go tool scripts/stack/lib.sh builds into the cache at the version it pins (or $NAME, or PATH)."""
    if os.environ.get(name.upper()):
        return os.environ[name.upper()]
    version = re.search(rf'{variable}="\$\{{{variable}:-(v[0-9.]+)\}}"',
                        (ROOT / "scripts" / "stack" / "lib.sh").read_text())
    assert version, f"scripts/stack/lib.sh no longer pins {variable}"
    cache = Path(os.environ.get("CBCCVC_CACHE")
                 or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "cbccvc")
    pinned = cache / "bin" / f"{name}-{version.group(1)}"
    if pinned.exists():
        return str(pinned)
    found = shutil.which(name)
    if not found:
        pytest.fail(f"{name} {version.group(1)} is not installed: run `scripts/stack.sh install` "
                    f"(install_{name} builds it into {pinned.parent})")
    return found


def kustomize_binary() -> str:
    return pinned_tool("kustomize", "KUSTOMIZE_VERSION")


def build(directory: Path) -> list[Resource]:
    out = subprocess.run([kustomize_binary(), "build", str(directory)], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, f"kustomize build {directory} failed:\n{out.stderr}"
    return [d for d in yaml.safe_load_all(out.stdout) if d]


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Resource]]:
    # Components cannot be built alone: a throwaway kustomization adds all of them to the base.
    # kustomize accepts only relative paths to other kustomizations.
    every = tmp_path_factory.mktemp("every-component")
    rel = Path(os.path.relpath(K8S, every))
    components = sorted(p.parent.name for p in (K8S / "components").glob("*/kustomization.yaml"))
    (every / "kustomization.yaml").write_text(yaml.safe_dump({
        "resources": [str(rel / "base")],
        "components": [str(rel / "components" / c) for c in components],
    }))
    return {
        "base": build(K8S / "base"),
        "single-cluster": build(K8S / "overlays" / "single-cluster"),
        "base+components": build(every),
        "monitoring": build(K8S / "monitoring"),
    }


@pytest.fixture(scope="module")
def overlay(builds: dict[str, list[Resource]]) -> list[Resource]:
    return builds["single-cluster"]


def find(resources: list[Resource], kind: str, name: str | None = None) -> list[Resource]:
    return [r for r in resources if r["kind"] == kind and (name is None or r["metadata"]["name"] == name)]


def one(resources: list[Resource], kind: str, name: str) -> Resource:
    found = find(resources, kind, name)
    assert len(found) == 1, f"expected one {kind}/{name}, found {len(found)}"
    return found[0]


def workloads(resources: list[Resource]) -> Iterator[tuple[Resource, Resource]]:
    """(resource, pod spec) of every Deployment, StatefulSet and Job."""
    for r in resources:
        if r["kind"] in ("Deployment", "StatefulSet", "Job"):
            yield r, r["spec"]["template"]["spec"]


def config_data(resources: list[Resource]) -> dict[str, str]:
    [config] = [c for c in find(resources, "ConfigMap") if c["metadata"]["name"].startswith("cbccvc-config")]
    return dict(config["data"])


# ---------------------------------------------------------------- schemas


def kubeconform(resources: list[Resource]) -> list[dict[str, Any]]:
    """kubeconform -strict on the resources, offline against deploy/k8s/schemas: one result per resource."""
    out = subprocess.run(
        [pinned_tool("kubeconform", "KUBECONFORM_VERSION"), "-strict", "-output", "json", "-verbose",
         "-skip", ",".join(sorted(NO_SCHEMA_KINDS)),
         "-schema-location", str(SCHEMAS / "{{ .ResourceKind }}{{ .KindSuffix }}.json"), "-"],
        input=yaml.safe_dump_all(resources), capture_output=True, text=True, timeout=120)
    assert out.returncode in (0, 1), out.stderr
    results = json.loads(out.stdout)["resources"]
    assert len(results) == len(resources), out.stdout
    return results


def problems(results: list[dict[str, Any]]) -> list[str]:
    return [f"{r['kind']}/{r['name']}: {r['status']} {r.get('msg', '')}"
            for r in results if r["status"] not in ("statusValid", "statusSkipped")]


@pytest.mark.parametrize("name", ["base", "single-cluster", "base+components", "monitoring"])
def test_every_resource_is_valid_for_kubernetes_and_its_operator(
        builds: dict[str, list[Resource]], name: str) -> None:
    resources = builds[name]
    assert len(resources) > (1 if name == "monitoring" else 40)
    results = kubeconform(resources)
    assert not problems(results), "\n".join(problems(results))
    skipped = {r["kind"] for r in results if r["status"] == "statusSkipped"}
    assert skipped <= NO_SCHEMA_KINDS


def test_strict_validation_catches_a_misspelt_field(overlay: list[Resource]) -> None:
    broken = copy.deepcopy(one(overlay, "Deployment", "org"))
    broken["spec"]["template"]["spec"]["containers"][0]["readinesProbe"] = {"httpGet": {"path": "/", "port": 1}}
    [result] = kubeconform([broken])
    assert result["status"] == "statusInvalid" and "readinesProbe" in result["msg"], result


def test_operator_resources_are_validated_against_their_crds(overlay: list[Resource]) -> None:
    # A misspelt field deep in a CloudNativePG Cluster, a wrong type in its ScheduledBackup and an
    # unknown kind all fail: the operators' schemas are really consulted, and nothing passes unchecked.
    cluster = copy.deepcopy(one(overlay, "Cluster", "cbccvc-pg"))
    cluster["spec"]["backup"]["barmanObjectStore"]["wal"]["compresion"] = "gzip"
    backup = copy.deepcopy(find(overlay, "ScheduledBackup")[0])
    backup["spec"]["immediate"] = "yes"
    unknown = {"apiVersion": "postgresql.cnpg.io/v1", "kind": "Pooler", "metadata": {"name": "p"}, "spec": {}}
    results = {r["kind"]: r for r in kubeconform([cluster, backup, unknown])}  # in any order
    assert {k: r["status"] for k, r in results.items()} == {
        "Cluster": "statusInvalid", "ScheduledBackup": "statusInvalid", "Pooler": "statusError"}, results
    assert "compresion" in results["Cluster"]["msg"] and "immediate" in results["ScheduledBackup"]["msg"]
    assert "could not find schema" in results["Pooler"]["msg"]
    assert problems(kubeconform([one(overlay, "Cluster", "cbccvc-pg")])) == []


def test_schemas_in_the_repository_are_standalone_and_strict() -> None:
    # kubeconform reads only this directory: no reference may leave a file, and every object a schema
    # describes field by field rejects other fields (the manifests' typos would otherwise pass).
    files = sorted(SCHEMAS.glob("*.json"))
    assert {"deployment-apps-v1.json", "cluster-postgresql-v1.json", "prometheusrule-monitoring-v1.json"} <= \
        {f.name for f in files}
    for f in files:
        text = f.read_text()
        refs = set(re.findall(r'"\$ref": ?"([^"]*)"', text))
        assert all(ref.startswith("#/") for ref in refs), f"{f.name}: {refs}"
        schema = json.loads(text)
        assert schema["properties"]["kind"]["enum"] and schema["additionalProperties"] is False, f.name


# ---------------------------------------------------------------- custom resources


@pytest.mark.parametrize("name", ["base", "single-cluster"])
def test_custom_resources_kafka_is_strimzi_kraft(builds: dict[str, list[Resource]], name: str) -> None:
    resources = builds[name]
    [kafka] = find(resources, "Kafka")
    assert kafka["apiVersion"] == "kafka.strimzi.io/v1beta2"
    assert "zookeeper" not in kafka["spec"], "KRaft only: no ZooKeeper"
    spec = kafka["spec"]["kafka"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", spec["version"])
    [plain] = [lst for lst in spec["listeners"] if lst["name"] == "plain"]
    assert plain["type"] == "internal" and isinstance(plain["port"], int) and plain["tls"] is False
    assert "entityOperator" in kafka["spec"]

    pools = find(resources, "KafkaNodePool")
    assert pools
    brokers = 0
    roles: set[str] = set()
    for pool in pools:
        assert pool["apiVersion"] == "kafka.strimzi.io/v1beta2"
        assert pool["metadata"]["labels"]["strimzi.io/cluster"] == kafka["metadata"]["name"]
        assert set(pool["spec"]["roles"]) <= {"controller", "broker"}
        assert isinstance(pool["spec"]["replicas"], int) and pool["spec"]["replicas"] >= 1
        assert pool["spec"]["storage"]["type"] in ("jbod", "persistent-claim", "ephemeral")
        roles |= set(pool["spec"]["roles"])
        brokers += pool["spec"]["replicas"] if "broker" in pool["spec"]["roles"] else 0
    assert roles == {"controller", "broker"}, "KRaft needs controllers and brokers"
    config = spec["config"]
    for key in ("default.replication.factor", "offsets.topic.replication.factor",
                "transaction.state.log.replication.factor"):
        assert 1 <= config[key] <= brokers, f"{key}={config[key]} with {brokers} brokers"
    assert config["min.insync.replicas"] <= config["default.replication.factor"]
    assert config["transaction.state.log.min.isr"] <= config["transaction.state.log.replication.factor"]

    # The services' bootstrap address is the Service Strimzi creates for this cluster and listener.
    assert config_data(resources)["CBCCVC_KAFKA_BOOTSTRAP"] == \
        f"{kafka['metadata']['name']}-kafka-bootstrap:{plain['port']}"


@pytest.mark.parametrize("name", ["base", "single-cluster"])
def test_custom_resources_postgres_is_cloudnativepg(builds: dict[str, list[Resource]], name: str) -> None:
    resources = builds[name]
    [cluster] = find(resources, "Cluster")
    assert cluster["apiVersion"] == "postgresql.cnpg.io/v1"
    spec = cluster["spec"]
    assert isinstance(spec["instances"], int) and spec["instances"] >= 1
    assert re.fullmatch(r"\d+[GM]i", spec["storage"]["size"])
    initdb = spec["bootstrap"]["initdb"]
    assert (initdb["database"], initdb["owner"], initdb["secret"]["name"]) == ("keycloak", "keycloak", "keycloak-db")
    roles = {r["name"]: r for r in spec["managed"]["roles"]}
    databases = {d["spec"]["name"]: d for d in find(resources, "Database")}
    for svc in SERVICES:
        assert roles[svc]["login"] is True and roles[svc]["ensure"] == "present"
        assert roles[svc]["passwordSecret"]["name"] == f"{svc}-db"
        # The service runs as a role of its own that owns nothing (issue 15.3); neither is a superuser.
        app = roles[f"{svc}_app"]
        assert (app["login"], app["ensure"], app["passwordSecret"]["name"]) == (True, "present", f"{svc}-db-app")
        assert not roles[svc].get("superuser") and not app.get("superuser")
        db = databases[svc]
        assert db["apiVersion"] == "postgresql.cnpg.io/v1"
        assert db["spec"]["cluster"]["name"] == cluster["metadata"]["name"]
        assert db["spec"]["owner"] == svc



@pytest.mark.parametrize("name", ["base", "single-cluster"])
def test_postgres_is_backed_up_continuously_to_object_storage_every_night(
        builds: dict[str, list[Resource]], name: str) -> None:
    resources = builds[name]
    [cluster] = find(resources, "Cluster")
    backup = cluster["spec"]["backup"]
    assert re.fullmatch(r"\d+[dwm]", backup["retentionPolicy"])
    store = backup["barmanObjectStore"]
    assert store["destinationPath"].startswith("s3://") and store["endpointURL"].startswith("https://")
    assert "minio" not in store["endpointURL"], "backups go to a store that is not the live one"
    creds = store["s3Credentials"]
    assert {creds["accessKeyId"]["name"], creds["secretAccessKey"]["name"]} == {"cbccvc-backup-s3"}
    assert set(store["wal"]) <= {"compression", "maxParallel", "encryption"}
    assert set(store["data"]) <= {"compression", "jobs", "encryption", "immediateCheckpoint"}
    [scheduled] = find(resources, "ScheduledBackup")
    assert scheduled["apiVersion"] == "postgresql.cnpg.io/v1"
    spec = scheduled["spec"]
    assert set(spec) <= {"schedule", "immediate", "backupOwnerReference", "method", "cluster", "suspend", "target"}
    assert spec["cluster"]["name"] == cluster["metadata"]["name"] and spec["method"] == "barmanObjectStore"
    assert len(spec["schedule"].split()) == 6, "CloudNativePG's schedule has a seconds field"


@pytest.mark.parametrize("name", ["base", "single-cluster", "base+components"])
def test_every_deployment_has_one_disruption_budget_that_never_blocks_a_drain(
        builds: dict[str, list[Resource]], name: str) -> None:
    resources = builds[name]
    budgets = find(resources, "PodDisruptionBudget")
    for d in find(resources, "Deployment"):
        labels = d["spec"]["template"]["metadata"]["labels"]
        mine = [b for b in budgets if b["spec"]["selector"]["matchLabels"].items() <= labels.items()]
        assert len(mine) == 1, f"Deployment/{d['metadata']['name']}: {len(mine)} disruption budgets"
        assert mine[0]["spec"] == {**mine[0]["spec"], "maxUnavailable": 1}
    for b in budgets:
        wanted = b["spec"]["selector"]["matchLabels"].items()
        selected = [d for d in find(resources, "Deployment")
                    if wanted <= d["spec"]["template"]["metadata"]["labels"].items()]
        assert len(selected) == 1, f"PodDisruptionBudget/{b['metadata']['name']} selects {len(selected)} Deployments"


# ---------------------------------------------------------------- workloads


@pytest.mark.parametrize("name", ["base", "single-cluster"])
def test_every_workload_is_locked_down_and_sized(builds: dict[str, list[Resource]], name: str) -> None:
    problems = []
    for r, pod in workloads(builds[name]):
        where = f"{r['kind']}/{r['metadata']['name']}"
        pod_sc = pod.get("securityContext", {})
        if pod.get("automountServiceAccountToken") is not False:
            problems.append(f"{where}: mounts a service account token it does not use")
        for c in pod["containers"]:
            sc = c.get("securityContext", {})
            if not (sc.get("runAsNonRoot", pod_sc.get("runAsNonRoot")) is True
                    and sc.get("runAsUser", pod_sc.get("runAsUser", 1)) != 0):
                problems.append(f"{where}/{c['name']}: may run as root")
            if sc.get("readOnlyRootFilesystem") is not True:
                problems.append(f"{where}/{c['name']}: writable root filesystem")
            if sc.get("allowPrivilegeEscalation") is not False or sc.get("capabilities", {}).get("drop") != ["ALL"]:
                problems.append(f"{where}/{c['name']}: privilege escalation or capabilities left")
            res = c.get("resources", {})
            for part in ("requests", "limits"):
                if not {"cpu", "memory"} <= set(res.get(part, {})):
                    problems.append(f"{where}/{c['name']}: no cpu and memory {part}")
            if r["kind"] != "Job" and not (c.get("livenessProbe") and c.get("readinessProbe")):
                problems.append(f"{where}/{c['name']}: needs liveness and readiness probes")
            # Pinned by version (issue 15.3): a tag that names a release, or a digest; never latest or none.
            image = c["image"]
            tag = image.rsplit("/", 1)[-1].partition(":")[2] if "@" not in image else "digest"
            if not tag or tag == "latest":
                problems.append(f"{where}/{c['name']}: image {image} is not pinned to a version")
    assert not problems, "\n".join(problems)


def test_every_service_has_api_service_and_migration_job(overlay: list[Resource]) -> None:
    assert SERVICES == ["identity", "notify", "org", "personnel", "reporting", "transfer"]
    for svc in SERVICES:
        deployment = one(overlay, "Deployment", svc)
        pod = deployment["spec"]["template"]["spec"]
        [api] = pod["containers"]
        assert api["image"].startswith(f"ghcr.io/cbccvc/{svc}:")
        assert api["command"] == ["uvicorn", f"{svc}.main:app", "--host", "0.0.0.0", "--port", "8000",
                                  "--root-path", f"/api/{svc}", "--no-proxy-headers"]
        assert api["ports"] == [{"name": "http", "containerPort": 8000}]
        assert api["readinessProbe"]["httpGet"] == {"path": "/health/ready", "port": "http"}
        assert api["livenessProbe"]["httpGet"] == {"path": "/health/live", "port": "http"}
        assert {"name": f"{svc.upper()}_RUN_WORKER", "value": "true"} in api["env"]
        assert {"name": "tmp", "mountPath": "/tmp"} in api["volumeMounts"]
        assert pod["serviceAccountName"] == svc
        one(overlay, "ServiceAccount", svc)

        service = one(overlay, "Service", svc)
        labels = deployment["spec"]["template"]["metadata"]["labels"]
        assert service["spec"]["selector"].items() <= labels.items()
        assert deployment["spec"]["selector"]["matchLabels"].items() <= labels.items()
        assert service["spec"]["ports"] == [{"name": "http", "port": 8000, "targetPort": "http"}]

        job = one(overlay, "Job", f"{svc}-migrate")
        [migrate] = job["spec"]["template"]["spec"]["containers"]
        assert migrate["command"] == ["alembic", "upgrade", "heads"]
        assert migrate["workingDir"] == f"/app/services/{svc}"
        assert migrate["image"] == api["image"]
        assert (ROOT / "services" / svc / "alembic.ini").exists()


# ---------------------------------------------------------------- settings and secrets


def expanded_env(container: Resource, config: dict[str, str], secrets: dict[tuple[str, str], str]) -> dict[str, str]:
    """The environment the container gets, with $(VAR) expanded as the kubelet does (earlier vars only)."""
    env = dict(config) if container.get("envFrom") else {}
    for var in container.get("env", []):
        if "value" in var:
            env[var["name"]] = re.sub(r"\$\((\w+)\)", lambda m: env.get(m.group(1), m.group(0)), var["value"])
        else:
            ref = var["valueFrom"]["secretKeyRef"]
            env[var["name"]] = secrets[(ref["name"], ref["key"])]
    return env


def settings_class(svc: str) -> type[ServiceSettings]:
    module = importlib.import_module(f"{svc}.config")
    [cls] = [v for v in vars(module).values()
             if isinstance(v, type) and issubclass(v, ServiceSettings) and v is not ServiceSettings]
    return cls


@pytest.fixture(scope="module")
def secrets_made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, str]]:
    """Runs make-secrets.sh against a fake kubectl that records what it would create."""
    bin_dir = tmp_path_factory.mktemp("fake-kubectl")
    log = bin_dir / "calls.log"
    kubectl = bin_dir / "kubectl"
    kubectl.write_text('#!/bin/sh\nprintf "%s\\n" "$*" >> "' + str(log) + '"\n'
                       '[ "$1 $2" = "-n cbccvc" ] && [ "$3" = get ] && exit 1\n'
                       '[ "$1" = get ] && exit 0\nexit 0\n')
    kubectl.chmod(0o755)
    script = K8S / "overlays" / "single-cluster" / "make-secrets.sh"
    out = subprocess.run([str(script)], env={**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"},
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    made: dict[str, dict[str, str]] = {}
    for line in log.read_text().splitlines():
        words = line.split()
        if words[2:5] == ["create", "secret", "generic"]:
            name = words[5]
            made[name] = dict(w.removeprefix("--from-literal=").split("=", 1)
                              for w in words[6:] if w.startswith("--from-literal="))
            made[name]["__type__"] = next(w.split("=", 1)[1] for w in words if w.startswith("--type="))
    return made


def test_make_secrets_creates_every_secret_the_manifests_use(
        overlay: list[Resource], secrets_made: dict[str, dict[str, str]]) -> None:
    used: set[tuple[str, str]] = set()
    for _, pod in workloads(overlay):
        for c in pod["containers"]:
            for var in c.get("env", []):
                if "valueFrom" in var:
                    ref = var["valueFrom"]["secretKeyRef"]
                    used.add((ref["name"], ref["key"]))
    [cluster] = find(overlay, "Cluster")
    for name in [r["passwordSecret"]["name"] for r in cluster["spec"]["managed"]["roles"]] + \
            [cluster["spec"]["bootstrap"]["initdb"]["secret"]["name"]]:
        # CloudNativePG reads basic-auth Secrets whose username is the role.
        assert secrets_made[name]["__type__"] == "kubernetes.io/basic-auth"
        used |= {(name, "username"), (name, "password")}
    creds = cluster["spec"]["backup"]["barmanObjectStore"]["s3Credentials"]
    used |= {(ref["name"], ref["key"]) for ref in creds.values()}
    made = {(name, key) for name, keys in secrets_made.items() for key in keys if key != "__type__"}
    # Strimzi's User Operator makes each KafkaUser's Secret (its password), not make-secrets.sh.
    made |= {(u["metadata"]["name"], "password") for u in find(overlay, "KafkaUser")}
    assert used == made
    for svc in SERVICES:
        assert secrets_made[f"{svc}-db"]["username"] == svc
        assert re.fullmatch(r"[0-9a-f]{48}", secrets_made[f"{svc}-db"]["password"])
        assert secrets_made[f"{svc}-db-app"]["username"] == f"{svc}_app"
    values = [v for keys in secrets_made.values() for k, v in keys.items() if k in ("password", "secret-key")]
    assert len(set(values)) == len(values), "every password is drawn separately"


def test_services_start_in_production_with_the_rendered_environment(
        overlay: list[Resource], secrets_made: dict[str, dict[str, str]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The settings refuse development secrets outside development; build each service's settings from
    # exactly the environment its api and migration containers get, and check where they point.
    config = config_data(overlay)
    secrets = {(name, key): value for name, keys in secrets_made.items() for key, value in keys.items()}
    secrets |= {(u["metadata"]["name"], "password"): f"scram-{u['metadata']['name']}"
                for u in find(overlay, "KafkaUser")}
    [cluster] = find(overlay, "Cluster")
    for svc in SERVICES:
        for kind, name in (("Deployment", svc), ("Job", f"{svc}-migrate")):
            [container] = one(overlay, kind, name)["spec"]["template"]["spec"]["containers"]
            env = expanded_env(container, config, secrets)
            for key in list(os.environ):
                if key.startswith(("CBCCVC_", f"{svc.upper()}_")):
                    monkeypatch.delenv(key)
            for key, value in env.items():
                monkeypatch.setenv(key, value)
            settings = settings_class(svc)()
            assert settings.environment == "production"
            # The migration Job as the owner, granting the service's role; the service as that role.
            role, secret = (svc, f"{svc}-db") if kind == "Job" else (f"{svc}_app", f"{svc}-db-app")
            password = secrets_made[secret]["password"]
            assert settings.database_url == \
                f"postgresql+asyncpg://{role}:{password}@{cluster['metadata']['name']}-rw:5432/{svc}"
            assert env.get("CBCCVC_DB_APP_ROLE") == (f"{svc}_app" if kind == "Job" else None)
            if kind == "Deployment":  # Kafka as the service's own SCRAM user (kafka-users.yaml)
                from common.kafka_auth import KafkaAuth

                assert KafkaAuth().options() == {
                    "security_protocol": "SASL_PLAINTEXT", "sasl_mechanism": "SCRAM-SHA-512",
                    "sasl_plain_username": f"{svc}-kafka", "sasl_plain_password": f"scram-{svc}-kafka"}
            assert settings.redis_url == f"redis://:{secrets_made['cbccvc-redis']['password']}@redis:6379/0"
            assert settings.services_client_secret == secrets_made["cbccvc-keycloak-clients"]["services-secret"]
            assert settings.s3_secret_key == secrets_made["cbccvc-s3"]["secret-key"]
            assert settings.s3_endpoint == f"minio:{one(overlay, 'Service', 'minio')['spec']['ports'][0]['port']}"
            assert settings.keycloak_internal_url == \
                f"http://keycloak:{one(overlay, 'Service', 'keycloak')['spec']['ports'][0]['port']}/auth"
            monkeypatch.undo()


# ---------------------------------------------------------------- routing


def nginx_config(resources: list[Resource]) -> dict[str, str]:
    [cm] = [c for c in find(resources, "ConfigMap") if c["metadata"]["name"].startswith("gateway-nginx")]
    return dict(cm["data"])


def test_kafka_users_are_derived_from_the_code_and_each_writes_only_its_own_topics(
        overlay: list[Resource]) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("kafka_users", K8S / "kafka_users.py")
    assert spec and spec.loader
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    assert (K8S / "base" / "infra" / "kafka-users.yaml").read_text() == generator.render(), \
        "a subscription changed; run `.venv/bin/python deploy/k8s/kafka_users.py` and commit"
    [kafka] = find(overlay, "Kafka")
    assert kafka["spec"]["kafka"]["authorization"]["type"] == "simple"
    assert all(lst["authentication"]["type"] == "scram-sha-512" for lst in kafka["spec"]["kafka"]["listeners"])
    users = {u["metadata"]["name"]: u for u in find(overlay, "KafkaUser")}
    assert set(users) == {f"{svc}-kafka" for svc in SERVICES}
    for svc in SERVICES:
        rules = users[f"{svc}-kafka"]["spec"]["authorization"]["acls"]
        writes = [(r["resource"]["name"], r["resource"]["patternType"]) for r in rules
                  if r["resource"]["type"] == "topic" and "Write" in r["operations"]]
        for name, pattern in writes:
            own = name.startswith(f"{svc}.") or name.endswith(".dlq")
            replay = svc == "identity" and pattern == "literal"  # the operations screen replays dead letters
            assert own or replay, f"{svc} may write {name}"
        reads = {r["resource"]["name"] for r in rules if r["resource"]["type"] == "topic" and "Read" in r["operations"]}
        assert set(generator.consumed_topics(svc)) <= reads
        if svc != "identity":
            assert reads == set(generator.consumed_topics(svc)), f"{svc} reads more than it subscribes to"


def test_derived_files_are_current() -> None:
    stale = [str(path.relative_to(ROOT)) for path, text in from_stack().derived_files().items()
             if not path.exists() or path.read_text(encoding="utf-8") != text]
    assert not stale, f"stack/ changed; run `python deploy/k8s/from_stack.py` and commit: {stale}"


def test_gateway_routes_every_service_keycloak_and_the_web_client(overlay: list[Resource]) -> None:
    conf = nginx_config(overlay)
    # The API routes are the local stack's file, byte for byte: a route added there is added here.
    assert conf["api-routes.conf"] == (ROOT / "stack" / "nginx" / "api-routes.conf").read_text()
    main = conf["nginx.conf"]
    for svc in SERVICES:
        port = one(overlay, "Service", svc)["spec"]["ports"][0]["port"]
        assert re.search(rf"location /api/{svc}/ \{{[^}}]*proxy_pass http://{svc}_svc/;", conf["api-routes.conf"])
        assert re.search(rf"upstream {svc}_svc\s+\{{ server {svc}:{port};", main)
    kc_port = one(overlay, "Service", "keycloak")["spec"]["ports"][0]["port"]
    assert re.search(rf"upstream keycloak\s+\{{ server keycloak:{kc_port};", main)
    assert re.search(r"location /auth/ \{\s*proxy_pass http://keycloak;", main)
    assert re.search(r"location /auth/admin/ \{ return 404; \}", main)
    assert re.search(r"location / \{\s*root /usr/share/nginx/html;\s*try_files \$uri /index.html;", main)
    assert "include api-routes.conf;" in main and "include proxy_params.conf;" in conf["api-routes.conf"]
    assert "X-Forwarded-Proto $forwarded_proto;" in conf["proxy_params.conf"]
    # One request id from the gateway through the services (the services read either header), and the
    # access log as JSON on the pod's standard output.
    assert "proxy_set_header X-Request-ID $req_id;" in conf["proxy_params.conf"]
    assert "proxy_set_header X-Correlation-ID $req_id;" in conf["proxy_params.conf"]
    assert "access_log /dev/stdout json;" in main and "log_format json escape=json" in main
    assert re.search(r'"request_id":"\$req_id"', main)
    for directive in ("gzip on;", "client_max_body_size 2m;", "limit_req_zone $binary_remote_addr zone=signin",
                      "limit_req_zone $binary_remote_addr zone=search", "real_ip_header X-Forwarded-For;",
                      "add_header Strict-Transport-Security", "add_header X-Frame-Options",
                      "add_header X-Content-Type-Options", "add_header Content-Security-Policy"):
        assert directive in main, directive

    gateway = one(overlay, "Deployment", "gateway")
    [nginx] = gateway["spec"]["template"]["spec"]["containers"]
    assert nginx["command"][:3] == ["nginx", "-c", "/etc/nginx/cbccvc/nginx.conf"]
    assert "listen 8080;" in main and nginx["ports"][0]["containerPort"] == 8080


def test_gateway_nginx_config_is_accepted_by_nginx(overlay: list[Resource], tmp_path: Path) -> None:
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if not nginx or not Path("/etc/nginx/mime.types").exists():
        pytest.skip("nginx is not installed (scripts/stack.sh installs it)")
    # Service names do not resolve outside the cluster, and /tmp is the pod's own.
    for name, text in nginx_config(overlay).items():
        text = re.sub(r"server [a-z-]+:(\d+);", r"server 127.0.0.1:\1;", text)
        (tmp_path / name).write_text(text.replace("/tmp/", f"{tmp_path}/"))
    out = subprocess.run([nginx, "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")],
                         capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr


def test_ingress_routes_every_api_path_over_tls(overlay: list[Resource]) -> None:
    [ingress] = find(overlay, "Ingress")
    [rule] = ingress["spec"]["rules"]
    paths = {p["path"]: p for p in rule["http"]["paths"]}
    assert set(paths) == {f"/api/{svc}/" for svc in SERVICES} | {"/auth/", "/"}
    gateway = one(overlay, "Service", "gateway")
    for p in paths.values():
        assert p["pathType"] == "Prefix"
        assert p["backend"]["service"]["name"] == "gateway"
        assert p["backend"]["service"]["port"]["name"] in {port["name"] for port in gateway["spec"]["ports"]}
    [tls] = ingress["spec"]["tls"]
    assert tls["hosts"] == [rule["host"]] and tls["secretName"]
    assert ingress["metadata"]["annotations"]["nginx.ingress.kubernetes.io/hsts"] == "true"
    # The larger body limit of the gateway (personnel documents) must fit through the Ingress.
    assert ingress["metadata"]["annotations"]["nginx.ingress.kubernetes.io/proxy-body-size"] == "25m"
    assert "client_max_body_size 25m;" in nginx_config(overlay)["api-routes.conf"]


@pytest.mark.parametrize("name", ["base", "single-cluster"])
def test_one_public_address_everywhere(builds: dict[str, list[Resource]], name: str) -> None:
    resources = builds[name]
    config = config_data(resources)
    [ingress] = find(resources, "Ingress")
    public = config["CBCCVC_PUBLIC_URL"]
    assert urlsplit(public).scheme == "https"
    assert urlsplit(public).hostname == ingress["spec"]["rules"][0]["host"]
    assert config["KC_HOSTNAME"] == f"{public}/auth"
    assert config["CBCCVC_KEYCLOAK_ISSUER"] == f"{public}/auth/realms/{config['CBCCVC_KEYCLOAK_REALM']}"
    # Signed document links name the public host the browser reaches (the gateway forwards /<bucket>/).
    assert config["CBCCVC_S3_PUBLIC_ENDPOINT"] == urlsplit(public).hostname
    assert config["CBCCVC_S3_PUBLIC_SECURE"] == "true"


# ---------------------------------------------------------------- Keycloak realm


def from_stack() -> Any:
    spec = importlib.util.spec_from_file_location("from_stack", K8S / "from_stack.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_production_realm_is_the_development_realm_without_demo_data(overlay: list[Resource]) -> None:
    module = from_stack()
    committed = (K8S / "base" / "infra" / "keycloak" / "cbccvc-realm.json").read_text(encoding="utf-8")
    realm = json.loads(committed)
    dev = json.loads((ROOT / "stack" / "keycloak" / "cbccvc-realm.json").read_text(encoding="utf-8"))
    assert realm["roles"] == dev["roles"] and realm["realm"] == "cbccvc"
    assert all("credentials" not in u and u.get("serviceAccountClientId") for u in realm["users"])
    assert not {c["clientId"] for c in realm["clients"]} & module.DEV_ONLY_CLIENTS
    text = json.dumps(realm)
    assert "127.0.0.1" not in text and "localhost" not in text and "dev-secret" not in text

    # Every ${VAR} placeholder is set in Keycloak's environment (lower-case ones are message keys).
    [realm_cm] = [c for c in find(overlay, "ConfigMap") if c["metadata"]["name"].startswith("keycloak-realm")]
    assert json.loads(realm_cm["data"]["cbccvc-realm.json"]) == realm
    [kc] = one(overlay, "Deployment", "keycloak")["spec"]["template"]["spec"]["containers"]
    kc_env = {v["name"] for v in kc["env"]} | set(config_data(overlay))
    placeholders = set(re.findall(r"\$\{([A-Z][A-Z0-9_]*)\}", committed))
    assert placeholders and placeholders <= kc_env
    assert kc["args"] == ["start", "--optimized", "--import-realm"]
    assert {"name": "realm", "mountPath": "/opt/keycloak/data/import", "readOnly": True} in kc["volumeMounts"]


# ---------------------------------------------------------------- optional components


def test_network_policies_select_real_pods(builds: dict[str, list[Resource]]) -> None:
    resources = builds["base+components"]
    pod_labels = [r["spec"]["template"]["metadata"]["labels"] for r, _ in workloads(resources)]
    [cluster] = find(resources, "Cluster")
    pod_labels.append({"cnpg.io/cluster": cluster["metadata"]["name"]})  # pods the operator creates
    policies = find(resources, "NetworkPolicy")
    assert {p["metadata"]["name"] for p in policies} >= {
        "gateway", "services", "keycloak", "postgres", "redis", "minio"}
    for policy in policies:
        wanted = policy["spec"]["podSelector"]["matchLabels"].items()
        assert any(wanted <= labels.items() for labels in pod_labels), policy["metadata"]["name"]
    [kafka] = find(resources, "Kafka")
    [peer] = kafka["spec"]["kafka"]["listeners"][0]["networkPolicyPeers"]
    for svc in SERVICES:
        labels = one(resources, "Deployment", svc)["spec"]["template"]["metadata"]["labels"]
        assert peer["podSelector"]["matchLabels"].items() <= labels.items()


def test_autoscalers_target_existing_deployments(builds: dict[str, list[Resource]]) -> None:
    resources = builds["base+components"]
    hpas = find(resources, "HorizontalPodAutoscaler")
    assert {h["spec"]["scaleTargetRef"]["name"] for h in hpas} == set(SERVICES) | {"gateway"}
    for h in hpas:
        one(resources, "Deployment", h["spec"]["scaleTargetRef"]["name"])
