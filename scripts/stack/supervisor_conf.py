"""Prints the supervisord configuration of the local stack from the environment set by lib.sh.

Written in Python rather than a template because the service programs repeat per service."""

import os

env = os.environ
root, log, run = env["ROOT"], env["LOG_DIR"], env["RUN_DIR"]
services = ["identity", "personnel", "org", "transfer", "reporting", "notify"]
# Worker processes per service API (<SERVICE>_API_WORKERS overrides). Personnel answers most of the requests
# and spends its time in Python (ORM, validation, JSON): one process is one core at most, and every request
# waits behind the others in its event loop (bench/load_officers.py, 200 officers on 2 busy cores, back to
# back: one process 24 requests/s, 89 errors, search p95 26 s; two, with the cheaper approvals and record
# reads of the same change, 57 requests/s, 0 errors, search p95 3.8 s).
# Each worker runs the background tasks too, which stay correct that way: the outbox relay publishes under an
# advisory lock, the consumers of one group share the partitions, the import jobs are claimed under a lease;
# /metrics sums the workers (common.http.metrics_registry). notify keeps one: its chat hub is in memory.
API_WORKERS = {"personnel": 2}


# Observers run at a lower CPU priority (nice 10, inherited by every thread): on a small machine a scrape,
# a rule evaluation or a scheduled backup waits for the officers' requests, never the other way round.
OBSERVER_NICE = 10


def program(name: str, command: str, *, autostart: bool = False, extra: str = "", nice: int = 0) -> str:
    if nice:
        command = f"nice -n {nice} {command}"
    return (
        f"[program:{name}]\ncommand={command}\nautostart={'true' if autostart else 'false'}\n"
        f"autorestart=unexpected\nstartsecs=2\nredirect_stderr=true\n"
        f"stdout_logfile={log}/{name}.log\nstdout_logfile_maxbytes=20MB\nstdout_logfile_backups=2\n"
        f"{extra}\n"
    )


out = [
    f"""[unix_http_server]
file={run}/supervisor.sock
[supervisord]
logfile={log}/supervisord.log
pidfile={run}/supervisord.pid
childlogdir={log}
{'user=root' if os.geteuid() == 0 else ''}
[rpcinterface:supervisor]
supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface
[supervisorctl]
serverurl=unix://{run}/supervisor.sock
"""
]
out.append(program(
    "postgres", f"{env['PGBIN']}/postgres -D {env['PGDATA']}",
    extra=f"{env['PG_USER_LINE']}\nstopsignal=INT\nstopwaitsecs=30",
))
out.append(program(
    "redis",
    f"redis-server --bind 127.0.0.1 --port {env['REDIS_PORT']} --save \"\" --appendonly no "
    f"--dir {env['DATA_DIR']}",
))
out.append(program("s3", f"{root}/scripts/stack/run-s3.sh", extra="stopwaitsecs=10"))
# Mailpit: a real SMTP server for the local stack (notify's e-mails), with an HTTP API to read them.
out.append(program(
    "mailpit",
    f"{env['MAILPIT_BIN']} --smtp 127.0.0.1:{env['MAILPIT_SMTP_PORT']} --listen 127.0.0.1:{env['MAILPIT_HTTP_PORT']} "
    f"--database {env['DATA_DIR']}/mailpit.db --max 5000 --disable-version-check",
))
out.append(program("kafka", f"{root}/scripts/stack/run-kafka.sh", extra="stopwaitsecs=40"))
out.append(program(
    "keycloak", f"{root}/scripts/stack/run-keycloak.sh",
    extra="stopasgroup=true\nkillasgroup=true\nstopwaitsecs=40",
))
nginx_prefix = f"{env['STACK_DIR']}/nginx"
out.append(program(
    "gateway",
    f"nginx -p {nginx_prefix} -c conf/nginx.conf -e logs/error.log -g \"daemon off;\"",
))
# Monitoring (Debian packages; scripts/stack/monitoring_conf.py writes prometheus.yml). Started by lib.sh's
# start_monitoring after the services, so the first scrape finds them up.
conf, data = env["CONF_DIR"], env["DATA_DIR"]
out.append(program(
    "prometheus",
    f"prometheus --config.file={conf}/prometheus.yml --storage.tsdb.path={data}/prometheus "
    f"--storage.tsdb.retention.time=15d --web.listen-address=127.0.0.1:{env['PROMETHEUS_PORT']} --web.enable-lifecycle",
    nice=OBSERVER_NICE, extra="stopwaitsecs=20",
))
out.append(program(
    "alertmanager",
    f"prometheus-alertmanager --config.file={root}/deploy/alertmanager/alertmanager.yml "
    f"--storage.path={data}/alertmanager --web.listen-address=127.0.0.1:{env['ALERTMANAGER_PORT']} "
    f"--cluster.listen-address=",
    nice=OBSERVER_NICE,
))
out.append(program(
    "node-exporter",
    f"prometheus-node-exporter --web.listen-address=127.0.0.1:{env['NODE_EXPORTER_PORT']} "
    "--collector.disable-defaults --collector.filesystem --collector.cpu --collector.meminfo --collector.loadavg",
    nice=OBSERVER_NICE,
))
out.append(program(
    "postgres-exporter",
    f"prometheus-postgres-exporter --web.listen-address=127.0.0.1:{env['POSTGRES_EXPORTER_PORT']}",
    nice=OBSERVER_NICE,
    extra=f'environment=DATA_SOURCE_NAME="postgresql://postgres@127.0.0.1:{env["PG_PORT"]}/postgres?sslmode=disable"',
))
out.append(program(
    "redis-exporter",
    f"prometheus-redis-exporter --redis.addr=redis://127.0.0.1:{env['REDIS_PORT']} "
    f"--web.listen-address=127.0.0.1:{env['REDIS_EXPORTER_PORT']}",
    nice=OBSERVER_NICE,
))
ops_env = {k: env[k] for k in ("PG_PORT", "KAFKA_PORT", "S3_PORT", "OPS_EXPORTER_PORT")}
ops_env["BACKUP_DIR"] = env["BACKUP_DIR"]
out.append(program(
    "ops-exporter", f"{env['VENV']}/bin/python {root}/scripts/stack/ops_exporter.py", nice=OBSERVER_NICE,
    extra="environment=" + ",".join(f'{k}="{v}"' for k, v in ops_env.items()),
))
out.append(program(
    "backup-scheduler", f"{env['VENV']}/bin/python {root}/scripts/stack/backup_scheduler.py", nice=OBSERVER_NICE,
    extra="environment=" + ",".join(f'{k}="{v}"' for k, v in {
        "BACKUP_DIR": env["BACKUP_DIR"], "CBCCVC_BACKUP_DIR": env["BACKUP_DIR"],
        **{k: env[k] for k in ("CBCCVC_BACKUP_SCHEDULE", "CBCCVC_BACKUP_AT", "CBCCVC_BACKUP_FULL_DAY") if k in env},
    }.items()),
))
# Everything a service needs to find the stack, from stack/stack.env (so a moved port moves everywhere).
shared_env = {
    "CBCCVC_ENVIRONMENT": "development",
    "PYTHONUNBUFFERED": "1",
    "CBCCVC_KAFKA_BOOTSTRAP": f"127.0.0.1:{env['KAFKA_PORT']}",
    "CBCCVC_REDIS_URL": f"redis://127.0.0.1:{env['REDIS_PORT']}/0",
    "CBCCVC_KEYCLOAK_INTERNAL_URL": f"http://127.0.0.1:{env['KEYCLOAK_PORT']}/auth",
    "CBCCVC_KEYCLOAK_ISSUER": f"http://127.0.0.1:{env['GATEWAY_PORT']}/auth/realms/{env['KEYCLOAK_REALM']}",
    "CBCCVC_KEYCLOAK_REALM": env["KEYCLOAK_REALM"],
    "CBCCVC_SERVICES_CLIENT_SECRET": env["KEYCLOAK_SERVICES_SECRET"],
    "CBCCVC_S3_ENDPOINT": f"127.0.0.1:{env['S3_PORT']}",
    # Download links are signed for the gateway, which passes /<bucket>/ to the store (as in production).
    "CBCCVC_S3_PUBLIC_ENDPOINT": f"127.0.0.1:{env['GATEWAY_PORT']}",
    "CBCCVC_S3_ACCESS_KEY": env["S3_ACCESS_KEY"],
    "CBCCVC_S3_SECRET_KEY": env["S3_SECRET_KEY"],
}
for s in services:
    port = env[f"{s.upper()}_PORT"]
    # Each service as its own role, owning nothing (scripts/stack/db_roles.sql), never as the superuser.
    database_url = f"postgresql+asyncpg://{s}_app@127.0.0.1:{env['PG_PORT']}/{s}"
    service_env = {**shared_env, f"{s.upper()}_DATABASE_URL": database_url}
    if s == "notify":  # its e-mails go to the stack's Mailpit (a relay in production: deploy/k8s)
        service_env |= {"NOTIFY_SMTP_HOST": "127.0.0.1", "NOTIFY_SMTP_PORT": env["MAILPIT_SMTP_PORT"]}
    workers = int(env.get(f"{s.upper()}_API_WORKERS") or API_WORKERS.get(s, 1))
    uvicorn = (f"{env['VENV']}/bin/uvicorn {s}.main:app --host 127.0.0.1 --port {port} "
               f"--root-path /api/{s} --no-access-log --no-proxy-headers")
    command = uvicorn
    if workers > 1:
        # The workers' metric files, emptied at each start (prometheus_client's multiprocess mode).
        metrics_dir = f"{run}/metrics-{s}"
        service_env["PROMETHEUS_MULTIPROC_DIR"] = metrics_dir
        service_env["CBCCVC_API_WORKERS"] = str(workers)  # each worker dies with its master (common.processes)
        command = f"sh -c 'rm -rf {metrics_dir} && mkdir -p {metrics_dir} && exec {uvicorn} --workers {workers}'"
    common_env = "environment=" + ",".join(f'{k}="{v}"' for k, v in service_env.items())
    out.append(program(
        s, command,
        extra=f"directory={root}/services/{s}\n{common_env}\nstopwaitsecs=15"
              + ("\nstopasgroup=true\nkillasgroup=true" if workers > 1 else ""),
    ))
print("\n".join(out))
