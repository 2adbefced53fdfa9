#!/usr/bin/env python3
"""The recipes under deploy/ checked without Kubernetes, Slurm or a container engine (issue 15).

    scripts/check-deploy.py path/to/routinepress

Every YAML file under deploy/ is parsed (PyYAML), and each recipe is checked for what it must
say: the Indexed Job runs `routinepress batch --shard-from-env --shards N --resume` with N its
completions, the merge Job names every shard's report, the Deployment's probes ask /healthz on
the port `serve --port` listens on and the Service sends there, the Slurm array has as many
tasks as shards, the GNU parallel line one N throughout, and the Containerfile installs the
libraries the binary links. Every option a recipe gives must be in the binary's --help.
Then each recipe's command is run with the binary, as its engine would run it (the volumes
folders here, the index in the environment) on Examples/*.json, and the files and the merged
report compared with one plain run's. Prints one line per check and `N passed, M failed`.
"""
import atexit, json, os, re, shlex, shutil, signal, socket, subprocess, sys, tempfile, time, urllib.request

try:
    import yaml
except ImportError:
    sys.exit("PyYAML is missing: python3 -m pip install pyyaml (make scale-test does)")

if len(sys.argv) != 2 or not os.access(sys.argv[1], os.X_OK):
    sys.exit("usage: scripts/check-deploy.py path/to/routinepress")
ROOT = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
DEPLOY = os.path.join(ROOT, "deploy")
EXAMPLES = sorted(f for f in os.listdir(os.path.join(ROOT, "Examples")) if f.endswith(".json"))
DAY = "1764547200"  # SOURCE_DATE_EPOCH for the runs here, where a recipe does not set its own

# Copies of the program and of the folders it reads (found through ROUTINEPRESS_HOME, as in the
# image), so that a build or an edit meanwhile cannot change them between the runs.
work = tempfile.mkdtemp(prefix="check-deploy.")
atexit.register(shutil.rmtree, work, True)
BIN = os.path.join(work, "routinepress")
shutil.copy(sys.argv[1], BIN)
for folder in ("Layouts", "Fonts", "Web"):
    shutil.copytree(os.path.join(ROOT, folder), os.path.join(work, "resources", folder))
os.environ["ROUTINEPRESS_HOME"] = os.path.join(work, "resources")

passed = failed = 0


def check(ok, text):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok    {text}")
    else:
        failed += 1
        print(f"FAIL  {text}")
    return ok


def rel(path):
    return os.path.relpath(path, ROOT)


def help_options(command):
    """The options `routinepress COMMAND --help` lists, long and short."""
    text = subprocess.run([BIN, command, "--help"], capture_output=True, text=True).stdout
    found = set()
    for m in re.finditer(r"^  (?:(-\w), )?(--[a-z][\w-]*)", text, re.M):
        found.update(x for x in m.groups() if x)
    return found


OPTIONS = {c: help_options(c) for c in ("batch", "serve")}
check(len(OPTIONS["batch"]) > 10 and "--shard-from-env" in OPTIONS["batch"] and "--host" in OPTIONS["serve"],
      f"{os.path.basename(BIN)} batch --help and serve --help list their options ({len(OPTIONS['batch'])} and {len(OPTIONS['serve'])})")


def options_exist(where, argv):
    """Every option in a `routinepress batch|serve ...` command line is one the binary has."""
    command = argv[1]
    used = [a.split("=")[0] for a in argv[2:] if a.startswith("-") and a != "-"]
    unknown = sorted(set(used) - OPTIONS[command])
    check(not unknown, f"{where}: every option of `routinepress {command}` is in its --help ({', '.join(sorted(set(used)))})"
          + (f"; unknown: {', '.join(unknown)}" if unknown else ""))


def value(argv, option):
    """The value after `option`, or None."""
    for i, a in enumerate(argv[:-1]):
        if a == option:
            return argv[i + 1]
    return None


def expand(text, env):
    """Kubernetes' $(VAR) in command and args: only variables the container declares; $$ is $."""
    return re.sub(r"\$\$|\$\(([A-Za-z_][A-Za-z0-9_]*)\)",
                  lambda m: "$" if m.group(0) == "$$" else env.get(m.group(1), m.group(0)), text)


def run(argv, env=None, cwd=None, timeout=300):
    return subprocess.run(argv, env={**os.environ, "SOURCE_DATE_EPOCH": DAY, **(env or {})}, cwd=cwd,
                          capture_output=True, text=True, timeout=timeout)


def tree(folder):
    """Every file of an output folder but the manifests', by name, with its bytes."""
    out = {}
    for name in sorted(os.listdir(folder)):
        if name != ".routinepress":
            with open(os.path.join(folder, name), "rb") as f:
                out[name] = f.read()
    return out


plans = os.path.join(work, "plans")
os.makedirs(plans)
for name in EXAMPLES:
    shutil.copy(os.path.join(ROOT, "Examples", name), plans)
references = {}


def reference(inputs):
    """One plain run of the same inputs (the report names them as given): its files and report."""
    key = tuple(inputs)
    if key not in references:
        folder = os.path.join(work, f"reference-{len(references)}")
        r = run([BIN, "batch", *inputs, "-o", folder, "-q", "--report", folder + ".json"])
        check(r.returncode == 0, f"reference: one plain run of {', '.join(rel(i) if i.startswith(ROOT) else os.path.relpath(i, work) for i in inputs)} "
              f"(exit {r.returncode}) {r.stderr.strip()[:200]}")
        try:
            with open(folder + ".json", "rb") as f:
                references[key] = (tree(folder), f.read())
        except OSError:
            references[key] = ({}, b"")
    return references[key]


def same_as_reference(where, inputs, folder, report):
    files_expected, report_expected = reference(inputs)
    try:
        files = tree(folder)
    except OSError as e:
        return check(False, f"{where}: the outputs are there ({e})")
    check(sorted(files) == sorted(files_expected) and files == files_expected,
          f"{where}: the {len(files)} files are those of one plain run, byte for byte"
          + ("" if sorted(files) == sorted(files_expected) else f" (names differ: {sorted(set(files) ^ set(files_expected))[:5]})"))
    try:
        with open(report, "rb") as f:
            merged = f.read()
    except OSError as e:
        return check(False, f"{where}: the merged report is there ({e})")
    check(merged == report_expected, f"{where}: the merged report is that of one plain run, byte for byte")


# --- The YAML files --------------------------------------------------------------------------
documents = []  # (file, document)
for folder, _, names in os.walk(DEPLOY):
    for name in sorted(names):
        if name.endswith((".yaml", ".yml")):
            path = os.path.join(folder, name)
            try:
                with open(path) as f:
                    docs = [d for d in yaml.safe_load_all(f) if d is not None]
                check(bool(docs), f"{rel(path)}: parses as YAML ({', '.join(d.get('kind', '?') for d in docs)})")
                documents += [(path, d) for d in docs]
            except yaml.YAMLError as e:
                check(False, f"{rel(path)}: parses as YAML: {e}")
check(any(d.get("kind") == "Job" for _, d in documents) and any(d.get("kind") == "Deployment" for _, d in documents),
      "deploy/ holds a Job and a Deployment")


def pod_spec(doc):
    return (((doc.get("spec") or {}).get("template") or {}).get("spec")) or {}


def routinepress_container(spec):
    for c in spec.get("containers") or []:
        argv = [str(a) for a in (c.get("command") or []) + (c.get("args") or [])]
        if argv[:1] == ["routinepress"]:
            return c, argv
    return None, []


def container_env(c):
    return {e["name"]: e for e in c.get("env") or []}


def mounts(spec, c):
    """mountPath -> (claim name or volume name, read-only)."""
    volumes = {v["name"]: v for v in spec.get("volumes") or []}
    out = {}
    for m in c.get("volumeMounts") or []:
        v = volumes.get(m["name"], {})
        claim = (v.get("persistentVolumeClaim") or {}).get("claimName", m["name"])
        ro = bool(m.get("readOnly")) or bool((v.get("persistentVolumeClaim") or {}).get("readOnly"))
        out[m["mountPath"].rstrip("/")] = (claim, ro)
    return out


def under(path, mount_table):
    """The mount a path lies under, or None."""
    best = None
    for mp in mount_table:
        if path == mp or path.startswith(mp + "/"):
            if best is None or len(mp) > len(best):
                best = mp
    return best


def sandboxed(argv, mount_table, sandbox):
    """A command line with each volume's mount path turned into a folder here, one per claim."""
    out = []
    for a in argv:
        mp = under(a, mount_table) if a.startswith("/") else None
        out.append(os.path.join(sandbox, mount_table[mp][0]) + a[len(mp):] if mp else a)
    return out


batch_jobs = [(p, d) for p, d in documents if d.get("kind") == "Job" and "--merge-reports" not in routinepress_container(pod_spec(d))[1]]
merge_jobs = [(p, d) for p, d in documents if d.get("kind") == "Job" and "--merge-reports" in routinepress_container(pod_spec(d))[1]]
check(len(batch_jobs) == 1 and len(merge_jobs) == 1, f"one batch Job and one merge Job ({len(batch_jobs)} and {len(merge_jobs)})")

# --- The Indexed Job -------------------------------------------------------------------------
job_report_pattern = None
for path, job in batch_jobs:
    where = rel(path)
    spec = job.get("spec") or {}
    pspec = pod_spec(job)
    c, argv = routinepress_container(pspec)
    if not check(c is not None and argv[1:2] == ["batch"], f"{where}: the container runs `routinepress batch` ({' '.join(argv[:2])})"):
        continue
    completions, parallelism = spec.get("completions"), spec.get("parallelism", 1)
    check(spec.get("completionMode") == "Indexed", f"{where}: completionMode Indexed ({spec.get('completionMode')})")
    check("--shard-from-env" in argv, f"{where}: --shard-from-env")
    check(value(argv, "--shards") == str(completions), f"{where}: --shards {value(argv, '--shards')} equals completions {completions}")
    check("--resume" in argv, f"{where}: --resume, so a restarted pod keeps what it finished")
    check(isinstance(parallelism, int) and isinstance(completions, int) and 1 <= parallelism <= completions,
          f"{where}: parallelism {parallelism} <= completions {completions}")
    restart = pspec.get("restartPolicy")
    check(restart in ("OnFailure", "Never"), f"{where}: restartPolicy {restart}")
    check("backoffLimit" in spec or "backoffLimitPerIndex" in spec, f"{where}: a backoff limit")
    if "podFailurePolicy" in spec or "backoffLimitPerIndex" in spec:
        check(restart == "Never", f"{where}: podFailurePolicy and backoffLimitPerIndex need restartPolicy Never")
    check("--merge" not in argv, f"{where}: no --merge (a shard holds part of the batch)")
    env = container_env(c)
    index = env.get("JOB_COMPLETION_INDEX", {})
    check("batch.kubernetes.io/job-completion-index" in str(((index.get("valueFrom") or {}).get("fieldRef") or {}).get("fieldPath")),
          f"{where}: JOB_COMPLETION_INDEX declared from the pod's job-completion-index annotation")
    report = value(argv, "--report") or ""
    check("$(JOB_COMPLETION_INDEX)" in report, f"{where}: --report {report}: one report per index")
    job_report_pattern = report
    cpu = str(((c.get("resources") or {}).get("requests") or {}).get("cpu", ""))
    check(value(argv, "--jobs") is not None and value(argv, "--jobs") == cpu,
          f"{where}: --jobs {value(argv, '--jobs')} equals the cores requested ({cpu})")
    options_exist(where, argv)
    table = mounts(pspec, c)
    inputs = [a for a in argv[2:] if a.startswith("/") and argv[argv.index(a) - 1] not in ("-o", "--output", "--report", "--layout", "--catalog", "--fonts", "--resources")]
    check(inputs and all(under(i, table) and table[under(i, table)][1] for i in inputs), f"{where}: the plans {inputs} are on a read-only volume")
    output = value(argv, "-o") or value(argv, "--output") or ""
    check(under(output, table) and not table[under(output, table)][1], f"{where}: -o {output} is on a writable volume")
    check(under(report, table) and not table[under(report, table)][1], f"{where}: --report is on a writable volume")
    made = set()
    for ic in pspec.get("initContainers") or []:
        cmd = [str(a) for a in (ic.get("command") or []) + (ic.get("args") or [])]
        if cmd[:2] == ["mkdir", "-p"]:
            made.update(p.rstrip("/") for p in cmd[2:])
    check(os.path.dirname(report) in made, f"{where}: an init container makes the report folder {os.path.dirname(report)} first")

    # As the job controller runs it: every index, here one after another, into one folder.
    sandbox = os.path.join(work, "k8s")
    for mp, (claim, ro) in table.items():
        os.makedirs(os.path.join(sandbox, claim), exist_ok=True)
        if ro:
            for name in EXAMPLES:
                shutil.copy(os.path.join(plans, name), os.path.join(sandbox, claim))
    for ic in pspec.get("initContainers") or []:
        ic_table = mounts(pspec, ic)
        r = run(sandboxed([str(a) for a in (ic.get("command") or []) + (ic.get("args") or [])], ic_table, sandbox))
        check(r.returncode == 0, f"{where}: init container {ic.get('name')} runs here (exit {r.returncode})")
    statuses = []
    for i in range(completions):
        variables = {"JOB_COMPLETION_INDEX": str(i)}
        variables.update({k: str(e["value"]) for k, e in env.items() if "value" in e})
        line = [BIN] + sandboxed([expand(a, variables) for a in argv[1:]], table, sandbox)
        statuses.append(run(line, env=variables).returncode)
    check(all(s == 0 for s in statuses), f"{where}: the {completions} indexes run here, into one folder (exit codes {statuses})")

# --- The merge Job ---------------------------------------------------------------------------
for path, job in merge_jobs:
    where = rel(path)
    pspec = pod_spec(job)
    c, argv = routinepress_container(pspec)
    check(argv[1:3] == ["batch", "--merge-reports"], f"{where}: runs `routinepress batch --merge-reports`")
    options_exist(where, argv)
    completions = (batch_jobs[0][1].get("spec") or {}).get("completions") if batch_jobs else None
    named = [a for a in argv[3:] if a.endswith(".json") and a != value(argv, "--report")]
    expected = [expand(job_report_pattern or "", {"JOB_COMPLETION_INDEX": str(i)}) for i in range(completions or 0)]
    check(named == expected, f"{where}: names the {completions} shards' reports the batch Job writes ({len(named)} named)")
    check(not any("*" in a for a in argv), f"{where}: no * in the arguments (no shell expands it)")
    table = mounts(pspec, c)
    batch_table = mounts(pod_spec(batch_jobs[0][1]), routinepress_container(pod_spec(batch_jobs[0][1]))[0]) if batch_jobs else {}
    check(named and all(under(n, table) and batch_table.get(under(n, table), (None,))[0] == table[under(n, table)][0] for n in named),
          f"{where}: reads the reports from the batch Job's volume")
    merged = value(argv, "--report") or ""
    r = run([BIN] + sandboxed(argv[1:], table, os.path.join(work, "k8s")))
    check(r.returncode == 0, f"{where}: runs here after the batch Job (exit {r.returncode}) {r.stderr.strip()[:200]}")
    if batch_jobs:
        bc, bargv = routinepress_container(pod_spec(batch_jobs[0][1]))
        sandbox = os.path.join(work, "k8s")
        out = sandboxed([value(bargv, "-o") or value(bargv, "--output")], batch_table, sandbox)[0]
        inputs = [a for a in sandboxed(bargv, batch_table, sandbox) if a.startswith(sandbox) and a != out and "$(" not in a]
        same_as_reference("deploy/k8s (batch, then merge)", inputs, out, sandboxed([merged], table, sandbox)[0])

# --- The server ------------------------------------------------------------------------------
deployments = [(p, d) for p, d in documents if d.get("kind") == "Deployment"]
services = [(p, d) for p, d in documents if d.get("kind") == "Service"]
for path, dep in deployments:
    where = rel(path)
    pspec = pod_spec(dep)
    c, argv = routinepress_container(pspec)
    if not check(c is not None and argv[1:2] == ["serve"], f"{where}: the container runs `routinepress serve`"):
        continue
    options_exist(where, argv)
    port = int(value(argv, "--port") or 8080)
    check(value(argv, "--host") == "0.0.0.0", f"{where}: --host {value(argv, '--host')} (the probes and the Service reach it)")
    ports = {p.get("name"): p["containerPort"] for p in c.get("ports") or []}
    check(port in ports.values(), f"{where}: containerPort {sorted(ports.values())} is serve's --port {port}")

    def resolve(p):
        return ports.get(p) if isinstance(p, str) and not p.isdigit() else int(p)
    for probe in ("readinessProbe", "livenessProbe"):
        get = (c.get(probe) or {}).get("httpGet") or {}
        check(get.get("path") == "/healthz" and resolve(get.get("port")) == port,
              f"{where}: {probe} asks {get.get('path')} on port {get.get('port')} (serve listens on {port})")
    check((dep.get("spec") or {}).get("replicas", 1) >= 2, f"{where}: replicas {(dep.get('spec') or {}).get('replicas')}")
    check(not pspec.get("volumes") and not c.get("volumeMounts"), f"{where}: no volume (the server keeps nothing)")
    labels = ((dep.get("spec") or {}).get("template") or {}).get("metadata", {}).get("labels") or {}
    fronting = [s for _, s in services if (s.get("spec") or {}).get("selector") and
                all(labels.get(k) == v for k, v in s["spec"]["selector"].items())]
    if check(len(fronting) == 1, f"{where}: one Service selects its pods ({len(fronting)})"):
        sspec = fronting[0]["spec"]
        check(sspec.get("type", "ClusterIP") == "ClusterIP", f"{where}: the Service is ClusterIP ({sspec.get('type', 'ClusterIP')})")
        targets = [resolve(p.get("targetPort", p.get("port"))) for p in sspec.get("ports") or []]
        check(targets and all(t == port for t in targets), f"{where}: the Service sends to port {targets} (serve's {port})")

    # As the kubelet's probes see it: the Deployment's command, on a free port of this machine only.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        free = s.getsockname()[1]
    line = [BIN] + [("127.0.0.1" if a == "0.0.0.0" else str(free) if a == str(port) else a) for a in argv[1:]]
    server = subprocess.Popen(line, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    answer = None
    for _ in range(150):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{free}/healthz", timeout=1) as r:
                answer = (r.status, json.load(r))
            break
        except OSError:
            if server.poll() is not None:
                break
            time.sleep(0.1)
    check(answer is not None and answer[0] == 200 and answer[1].get("status") == "ok",
          f"{where}: GET /healthz answers 200 {{\"status\": \"ok\"}} ({answer})")
    server.send_signal(signal.SIGTERM)
    try:
        code = server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
        code = "none: killed"
    check(code == 0, f"{where}: SIGTERM stops the server cleanly (exit {code})")

# --- Slurm -----------------------------------------------------------------------------------
for folder, _, names in os.walk(DEPLOY):
    for name in sorted(n for n in names if n.endswith(".sbatch")):
        path = os.path.join(folder, name)
        where = rel(path)
        text = open(path).read()
        directives = dict(re.findall(r"^#SBATCH\s+(--[\w-]+)=(\S+)", text, re.M))
        array = directives.get("--array", "")
        m = re.fullmatch(r"(\d+)-(\d+)(?:%\d+)?", array)
        if not check(m is not None, f"{where}: #SBATCH --array={array} is a range"):
            continue
        low, high = int(m.group(1)), int(m.group(2))
        tasks = high - low + 1
        joined = re.sub(r"\\\n\s*", " ", text)
        lines = [l for l in joined.splitlines() if re.match(r"\s*(exec\s+)?routinepress batch ", l)]
        if not check(len(lines) == 1, f"{where}: one `routinepress batch` line ({len(lines)})"):
            continue
        argv = shlex.split(re.sub(r"^\s*exec\s+", "", lines[0]))
        check("--shard-from-env" in argv and value(argv, "--shards") == str(tasks),
              f"{where}: --shard-from-env --shards {value(argv, '--shards')} for the {tasks} tasks of --array={array}")
        check("--resume" in argv, f"{where}: --resume")
        check(value(argv, "--jobs") == "$SLURM_CPUS_PER_TASK" and "--cpus-per-task" in directives,
              f"{where}: --jobs {value(argv, '--jobs')} with --cpus-per-task={directives.get('--cpus-per-task')}")
        check("$SLURM_ARRAY_TASK_ID" in (value(argv, "--report") or ""), f"{where}: one report per task ({value(argv, '--report')})")
        options_exist(where, argv)
        merge = re.search(r'--wrap\s+"(routinepress batch --merge-reports [^"]*)"', text)
        if check(merge is not None, f"{where}: says how to merge the reports after the array"):
            options_exist(f"{where} (merge)", shlex.split(merge.group(1)))

        # As Slurm runs it: each task with its index; then a lone retry of one task, as `sbatch --array=3` gives.
        sandbox = os.path.join(work, "slurm")
        bindir = os.path.join(sandbox, "bin")
        os.makedirs(bindir)
        os.symlink(BIN, os.path.join(bindir, "routinepress"))
        env = {"PATH": bindir + os.pathsep + os.environ["PATH"], "PLANS": plans, "OUT": os.path.join(sandbox, "out"),
               "SLURM_ARRAY_TASK_MIN": str(low), "SLURM_ARRAY_TASK_MAX": str(high),
               "SLURM_CPUS_PER_TASK": directives.get("--cpus-per-task", "1")}
        statuses = [run(["bash", path], env={**env, "SLURM_ARRAY_TASK_ID": str(t)}).returncode for t in range(low, high + 1)]
        check(all(s == 0 for s in statuses), f"{where}: the {tasks} tasks run here (exit codes {statuses})")
        retry = low + min(3, tasks - 1)
        r = run(["bash", path], env={**env, "SLURM_ARRAY_TASK_ID": str(retry), "SLURM_ARRAY_TASK_MIN": str(retry), "SLURM_ARRAY_TASK_MAX": str(retry)})
        try:
            shard = json.load(open(os.path.join(sandbox, "out", "reports", f"shard-{retry}.json"))).get("shard")
        except (OSError, ValueError):
            shard = None
        check(r.returncode == 0 and shard == f"{retry - low + 1}/{tasks}",
              f"{where}: task {retry} run again alone (sbatch --array={retry}) is still shard {retry - low + 1}/{tasks} ({shard})")
        if merge:
            command = merge.group(1).replace("/shared/out", os.path.join(sandbox, "out"))
            r = run(["sh", "-c", command], env={"PATH": env["PATH"]})
            check(r.returncode == 0, f"{where}: the merge line runs here (exit {r.returncode}) {r.stderr.strip()[:200]}")
            same_as_reference(where, [plans], os.path.join(sandbox, "out", "sheets"), os.path.join(sandbox, "out", "report.json"))

# --- GNU parallel ----------------------------------------------------------------------------
path = os.path.join(DEPLOY, "parallel.sh")
if check(os.path.exists(path), "deploy/parallel.sh is there"):
    where = rel(path)
    text = open(path).read()
    joined = re.sub(r"\\\n\s*", " ", text)
    for line in [l for l in joined.splitlines() if re.match(r"\s*#?\s*parallel ", l)]:
        argv = shlex.split(line.lstrip("# "), posix=True) if "$(" not in line else line.lstrip("# ").split()
        j = value(argv, "-j")
        shard = value(argv, "--shard") or ""
        seq = re.search(r"\$\(seq 1 \"?([^\")]+)\"?\)", line)
        n_shard = shard.replace('"', "").split("/", 1)[1] if "/" in shard else None
        check(shard.startswith("{}/") and j is not None and seq is not None and j.strip('"') == n_shard == seq.group(1),
              f"{where}: one N in `-j {j}`, `--shard {shard}` and `seq 1 {seq.group(1) if seq else '?'}`")
        check("--resume" in argv and value(argv, "--jobs") == "1", f"{where}: --resume --jobs 1 ({'example' if line.lstrip().startswith('#') else 'script'})")
        rp = argv.index("routinepress")
        options_exist(where, argv[rp:])
    for line in re.findall(r"routinepress batch --merge-reports[^\n|]*", text):
        options_exist(f"{where} (merge)", shlex.split(line.replace('"$out"', "out").replace('"$n"', "N").replace('"', "")))
    if shutil.which("parallel"):
        sandbox = os.path.join(work, "parallel")
        bindir = os.path.join(sandbox, "bin")
        os.makedirs(bindir)
        os.symlink(BIN, os.path.join(bindir, "routinepress"))
        r = run(["bash", path, plans, os.path.join(sandbox, "out"), "3"], env={"PATH": bindir + os.pathsep + os.environ["PATH"]})
        check(r.returncode == 0, f"{where}: runs here with GNU parallel and N = 3 (exit {r.returncode}) {r.stderr.strip()[-200:] if r.returncode else ''}")
        same_as_reference(where, [plans], os.path.join(sandbox, "out", "sheets"), os.path.join(sandbox, "out", "report.json"))
    else:
        print(f"skip  {where}: not run, GNU parallel is not installed (apt-get install parallel)")

# --- The Containerfile -----------------------------------------------------------------------
path = os.path.join(DEPLOY, "Containerfile")
if check(os.path.exists(path), "deploy/Containerfile is there"):
    where = rel(path)
    text = re.sub(r"\\\n", " ", open(path).read())
    stages = re.split(r"^FROM\s+", text, flags=re.M)[1:]
    final = stages[-1] if stages else ""
    check(final.split()[0] == "debian:bookworm-slim", f"{where}: the last stage is debian:bookworm-slim ({final.split()[0] if final else None})")
    check(re.search(r"^ENTRYPOINT\s+\[\"routinepress\"\]", final, re.M) is not None, f"{where}: ENTRYPOINT [\"routinepress\"]")
    check(re.search(r"swift build -c release --product routinepress", text) is not None and "--static-swift-stdlib" in text,
          f"{where}: builds the release binary with Swift's libraries inside it")
    installed = set()
    for m in re.finditer(r"apt-get install ([^&\n]*)", final):
        installed.update(w for w in m.group(1).split() if not w.startswith("-"))
    makefile = open(os.path.join(ROOT, "Makefile")).read()
    deb = re.search(r"^DEB_PACKAGES := (.*?)(?<!\\)\n", makefile.replace("\\\n", " "), re.M | re.S)
    deb = deb.group(1).split() if deb else []
    fonts = [p for p in deb if p.startswith("fonts-")]
    check(fonts and all(f in installed for f in fonts), f"{where}: the faces of the Makefile: {', '.join(fonts)}")
    home = re.search(r"^ENV ROUTINEPRESS_HOME=(\S+)", final, re.M)
    copied = dict((d, s) for s, d in re.findall(r"^COPY\s+(?!--)(\S+)\s+(\S+)", final, re.M))
    need = ["Layouts", "Fonts", "Web"]
    check(home is not None and all(copied.get(f"{home.group(1)}/{f}") == f for f in need),
          f"{where}: Layouts/, Fonts/ and Web/ copied into ROUTINEPRESS_HOME ({home.group(1) if home else None})")
    # The libraries the binary links, each from a Debian package the last stage installs
    # (Swift's own are linked in with --static-swift-stdlib; libc6 is in every Debian image).
    readelf = subprocess.run(["readelf", "-d", BIN], capture_output=True, text=True).stdout if shutil.which("readelf") else ""
    needed = re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", readelf)
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    swift = re.compile(r"^lib(swift|Foundation|_Foundation|dispatch|BlocksRuntime)")
    missing, packages = [], set()
    for lib in needed:
        if swift.match(lib):
            continue
        m = re.search(rf"^\s+{re.escape(lib)} \(libc6,x86-64[^)]*\) => (\S+)", cache, re.M)
        if not m:
            missing.append(f"{lib} (not found here)")
            continue
        owner = subprocess.run(["dpkg", "-S", os.path.realpath(m.group(1))], capture_output=True, text=True).stdout.split(":")[0]
        if not owner:
            owner = subprocess.run(["dpkg", "-S", m.group(1)], capture_output=True, text=True).stdout.split(":")[0]
        packages.add(owner)
        if owner != "libc6" and owner not in installed:
            missing.append(f"{lib} ({owner})")
    check(needed and not missing, f"{where}: installs the package of every library the binary links ({', '.join(sorted(packages)) or 'readelf found none'})"
          + (f"; missing: {', '.join(missing)}" if missing else ""))

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
