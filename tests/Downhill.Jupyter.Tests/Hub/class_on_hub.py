"""A class on one JupyterHub: starts Debian's jupyterhub (DummyAuthenticator, SimpleLocalProcessSpawner,
configurable-http-proxy, everything on 127.0.0.1) in a folder of its own, then N students at once each get
their server, open a lesson and run every code cell with the `downhill` kernel through the hub's REST and
WebSocket API, as JupyterLab does. Prints what it saw as JSON on stdout (the C# caller judges it): the class's
wall time, each student's times and error outputs, memory (PSS, RSS) and CPU of every kernel while the whole
class is still running (at the lesson's end, and again after each student pressed Tab once, which loads the kernel's
completion), and the processes that outlived the hub's shutdown (there should be none).

Every wait has a deadline and, when it gives up, says what it was waiting for. Whatever happens, the hub and
everything it started are stopped before the script ends.

Usage: class_on_hub.py --kernels JUPYTER_PATH --kit REPOSITORY --lesson notebooks/03-learning-rates.ipynb
                       --students 10 --work EMPTY_FOLDER [--timeout SECONDS]
"""
import argparse
import asyncio
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import uuid

from tornado.httpclient import AsyncHTTPClient, HTTPClientError, HTTPRequest
from tornado.websocket import websocket_connect

JUPYTERHUB = "/usr/bin/jupyterhub"
PROXY = "/usr/bin/configurable-http-proxy"
# Debian's node does not search Debian's module folder by itself; configurable-http-proxy needs it.
NODE_MODULES = "/usr/share/nodejs"
# Every process of the class (hub, proxy, servers, kernels) carries this variable, so none can be missed at the end.
MARKER = "DOWNHILL_CLASS_RUN"


class Deadline:
    """The time left for the whole class run; every wait takes the smaller of its own limit and this."""

    def __init__(self, seconds):
        self.end = time.monotonic() + seconds

    def left(self, limit):
        return max(0.1, min(limit, self.end - time.monotonic()))


async def waited(what, awaitable, seconds):
    try:
        return await asyncio.wait_for(awaitable, seconds)
    except asyncio.TimeoutError:
        raise TimeoutError(f"gave up after {seconds:.0f} s waiting for {what}") from None


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def hub_config(work, kit, kernels, run_id, token, port):
    """jupyterhub_config.py: one folder, loopback only, a service token the students' browsers stand in for."""
    settings = {
        "kit": kit,
        "bind_url": f"http://127.0.0.1:{port}",
        "hub_port": free_port(),
        "proxy_api": f"http://127.0.0.1:{free_port()}",
        "home": os.path.join(work, "home", "{username}"),
        "db": "sqlite:///" + os.path.join(work, "hub.sqlite"),
        "secret": os.path.join(work, "cookie_secret"),
        "proxy_pid": os.path.join(work, "proxy.pid"),
        "environment": {"JUPYTER_PATH": kernels, MARKER: run_id},
        "token": token,
        # CI machines often run as root, where the notebook server refuses to start without this.
        "args": ["--allow-root"] if os.geteuid() == 0 else [],
    }
    return f"""
s = {json.dumps(settings)}
c.JupyterHub.bind_url = s["bind_url"]
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = s["hub_port"]
c.JupyterHub.db_url = s["db"]
c.JupyterHub.cookie_secret_file = s["secret"]
c.ConfigurableHTTPProxy.command = ["{PROXY}"]
c.ConfigurableHTTPProxy.api_url = s["proxy_api"]
c.ConfigurableHTTPProxy.pid_file = s["proxy_pid"]
c.JupyterHub.authenticator_class = "jupyterhub.auth.DummyAuthenticator"
c.JupyterHub.spawner_class = "jupyterhub.spawner.SimpleLocalProcessSpawner"
c.SimpleLocalProcessSpawner.home_dir_template = s["home"]
c.Spawner.ip = "127.0.0.1"
c.Spawner.environment = s["environment"]
c.Spawner.args = s["args"]
c.Spawner.start_timeout = 180
c.Spawner.http_timeout = 180
c.JupyterHub.cleanup_servers = True

# What an instructor hands out, given to each student as their server starts (docs/classroom.md): the notebooks and
# the data side by side, as the notebooks expect (../data); a student's own copy is never overwritten.
import os, shutil
def give_the_kit(spawner):
    for folder in ("notebooks", "data"):
        target = os.path.join(spawner.home_dir, folder)
        if not os.path.exists(target):
            shutil.copytree(os.path.join(s["kit"], folder), target)
c.Spawner.pre_spawn_hook = give_the_kit
c.JupyterHub.services = [{{"name": "class-driver", "api_token": s["token"]}}]
c.JupyterHub.load_roles = [{{"name": "class-driver", "services": ["class-driver"],
    "scopes": ["admin:users", "admin:servers", "access:servers"]}}]
"""


class Hub:
    def __init__(self, url, token):
        self.url = url
        self.http = AsyncHTTPClient()
        self.headers = {"Authorization": f"token {token}"}

    async def call(self, method, path, body=None, seconds=60):
        request = HTTPRequest(self.url + path, method=method, headers=self.headers,
                              body=None if body is None else json.dumps(body),
                              allow_nonstandard_methods=True, request_timeout=seconds)
        response = await self.http.fetch(request)
        return json.loads(response.body) if response.body else None


async def wait_for_hub(hub, process, log, seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if process.poll() is not None:
            raise RuntimeError(f"jupyterhub exited ({process.returncode}) before it answered; its log:\n{tail(log)}")
        try:
            await hub.call("GET", "/hub/api/", seconds=5)
            return
        except (OSError, HTTPClientError):
            await asyncio.sleep(0.2)
    raise TimeoutError(f"gave up after {seconds} s waiting for JupyterHub to answer at {hub.url}/hub/api/; its log:\n{tail(log)}")


def tail(path, lines=40):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return "".join(f.readlines()[-lines:])
    except OSError:
        return "(no log)"


def message(msg_type, content, session):
    return {
        "header": {"msg_id": uuid.uuid4().hex, "msg_type": msg_type, "username": "student", "session": session,
                   "date": "", "version": "5.3"},
        "parent_header": {}, "metadata": {}, "content": content, "channel": "shell", "buffers": [],
    }


async def request(socket_, msg_type, content, session, what, seconds):
    """Sends a shell request; returns its reply and the iopub messages it caused, once the kernel is idle again."""
    sent = message(msg_type, content, session)
    socket_.write_message(json.dumps(sent))
    msg_id = sent["header"]["msg_id"]
    reply, outputs, idle = None, [], False

    async def receive():
        nonlocal reply, idle
        while reply is None or not idle:
            raw = await socket_.read_message()
            if raw is None:
                raise ConnectionError(f"the kernel's WebSocket closed while waiting for {what}")
            msg = json.loads(raw)
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            if msg["channel"] == "shell":
                reply = msg["content"]
            elif msg["msg_type"] == "status":
                idle = msg["content"]["execution_state"] == "idle"
            elif msg["channel"] == "iopub":
                outputs.append(msg)

    await waited(what, receive(), seconds)
    return reply, outputs


class Student:
    """One student: their server, the lesson open in a kernel, every code cell run; then one Tab (a completion)."""

    def __init__(self, name, hub, started):
        self.name, self.hub, self.started = name, hub, started
        self.base = f"/user/{name}"
        self.seen = {"name": name, "errors": [], "cells": 0, "cells_in_lesson": 0}
        self.socket = None
        self.kernel_id = None
        self.session = uuid.uuid4().hex

    def at(self, moment):
        self.seen[moment] = round(time.monotonic() - self.started, 2)

    async def run_lesson(self, lesson, deadline):
        hub, name = self.hub, self.name
        await hub.call("POST", f"/hub/api/users/{name}")
        await hub.call("POST", f"/hub/api/users/{name}/server")

        async def server_ready():
            while not ((await hub.call("GET", f"/hub/api/users/{name}"))["servers"].get("", {}).get("ready")):
                await asyncio.sleep(0.25)

        await waited(f"{name}'s server to be ready", server_ready(), deadline.left(180))
        self.at("server_ready_seconds")

        notebook = await hub.call("GET", f"{self.base}/api/contents/{lesson}?type=notebook&content=1")
        cells = [c["source"] for c in notebook["content"]["cells"] if c["cell_type"] == "code"]
        self.seen["cells_in_lesson"] = len(cells)
        opened = await hub.call("POST", f"{self.base}/api/sessions",
                                {"path": lesson, "type": "notebook", "name": os.path.basename(lesson), "kernel": {"name": "downhill"}})
        self.kernel_id = opened["kernel"]["id"]
        url = hub.url.replace("http", "ws", 1) + f"{self.base}/api/kernels/{self.kernel_id}/channels?session_id={self.session}"
        self.socket = await waited(f"{name}'s kernel WebSocket to open",
                                   websocket_connect(HTTPRequest(url, headers=hub.headers)), deadline.left(60))
        await request(self.socket, "kernel_info_request", {}, self.session, f"{name}'s kernel_info_reply", deadline.left(120))
        self.at("kernel_ready_seconds")
        for number, code in enumerate(cells, 1):
            content = {"code": code, "silent": False, "store_history": True, "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}
            reply, outputs = await request(self.socket, "execute_request", content, self.session,
                                           f"{name}'s cell {number} of {len(cells)} to finish", deadline.left(300))
            self.seen["cells"] += 1
            for out in outputs:
                if out["msg_type"] == "error":
                    self.seen["errors"].append(f"cell {number}: {out['content']['ename']}: {out['content']['evalue']}")
            if reply.get("status") != "ok":
                self.seen["errors"].append(f"cell {number}: execute_reply status {reply.get('status')}")
        self.at("done_seconds")

    async def press_tab(self, deadline):
        """What Tab after `Math.Sq` asks the kernel; the first one pays for loading Roslyn's completion service."""
        began = time.monotonic()
        reply, _ = await request(self.socket, "complete_request", {"code": "Math.Sq", "cursor_pos": 7}, self.session,
                                 f"{self.name}'s complete_reply", deadline.left(120))
        self.seen["tab_seconds"] = round(time.monotonic() - began, 2)
        if "Sqrt" not in reply.get("matches", []):
            self.seen["errors"].append(f"Tab after Math.Sq offered {reply.get('matches')}, not Sqrt")

    async def leave(self, deadline):
        if self.socket is not None:
            self.socket.close()
        if self.kernel_id is not None:
            await self.hub.call("DELETE", f"{self.base}/api/kernels/{self.kernel_id}", seconds=deadline.left(30))


async def each(students, step, what):
    """Runs a step for every student at once; a student whose step fails keeps the error and drops out of later steps."""
    results = await asyncio.gather(*(step(s) for s in students), return_exceptions=True)
    for s, result in zip(students, results):
        if isinstance(result, BaseException):
            s.seen["errors"].append(f"{what}: {type(result).__name__}: {result}")
    return [s for s, result in zip(students, results) if not isinstance(result, BaseException)]


def processes_marked(run_id):
    """Every live process carrying this run's marker: pid and command line."""
    found = []
    entry = f"{MARKER}={run_id}".encode()
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/environ", "rb") as f:
                if entry not in f.read().split(b"\0"):
                    continue
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                found.append((int(pid), f.read().replace(b"\0", b" ").decode(errors="replace").strip()))
        except OSError:
            continue  # gone meanwhile
    return found


def memory_and_cpu(pid):
    """PSS and RSS in MB from smaps_rollup (PSS splits shared pages among their users), CPU seconds from stat."""
    sizes = {}
    with open(f"/proc/{pid}/smaps_rollup") as f:
        for line in f:
            parts = line.split()
            if parts[0] in ("Rss:", "Pss:"):
                sizes[parts[0][:-1].lower()] = int(parts[1]) / 1024
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return {"pid": pid, "pss_mb": round(sizes["pss"], 1), "rss_mb": round(sizes["rss"], 1), "cpu_seconds": round(cpu, 2)}


def measure(run_id):
    kernels, servers = [], []
    for pid, command in processes_marked(run_id):
        try:
            if " kernel start " in f" {command} ":
                kernels.append(memory_and_cpu(pid))
            elif "jupyterhub-singleuser" in command:
                servers.append(memory_and_cpu(pid))
        except OSError:
            continue
    return kernels, servers


async def run_class(args, run_id, hub, deadline):
    started = time.monotonic()
    students = [Student(f"student{i + 1:02d}", hub, started) for i in range(args.students)]
    present = await each(students, lambda s: s.run_lesson(args.lesson, deadline), "running the lesson")
    class_seconds = time.monotonic() - started
    kernels, servers = measure(run_id)  # every kernel is still running: the class's memory at the lesson's end
    present = await each(present, lambda s: s.press_tab(deadline), "pressing Tab")
    kernels_after_tab, _ = measure(run_id)
    await each(students, lambda s: s.leave(deadline), "shutting the kernel down")
    return {"class_seconds": round(class_seconds, 2), "students": [s.seen for s in students],
            "kernels": kernels, "servers": servers, "kernels_after_tab": kernels_after_tab}


def stop(process, run_id, seconds=30):
    """Stops the hub (which stops the proxy and every server, and they their kernels); kills what outlives it."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(seconds)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)
    end = time.monotonic() + 10
    while processes_marked(run_id) and time.monotonic() < end:
        time.sleep(0.2)
    leftovers = processes_marked(run_id)
    for pid, _ in leftovers:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    return [f"{pid}: {command}" for pid, command in leftovers]


async def main_async(args):
    deadline = Deadline(args.timeout)
    work = os.path.abspath(args.work)
    run_id = uuid.uuid4().hex
    token = secrets.token_hex(32)
    port = free_port()
    os.makedirs(os.path.join(work, "home"))
    config = os.path.join(work, "jupyterhub_config.py")
    with open(config, "w") as f:
        f.write(hub_config(work, os.path.abspath(args.kit), os.path.abspath(args.kernels), run_id, token, port))
    log = os.path.join(work, "jupyterhub.log")
    env = dict(os.environ, NODE_PATH=NODE_MODULES, **{MARKER: run_id})
    AsyncHTTPClient.configure(None, max_clients=4 * args.students + 10)
    with open(log, "w") as log_file:
        process = subprocess.Popen([JUPYTERHUB, "-f", config], cwd=work, env=env, stdout=log_file, stderr=subprocess.STDOUT)
    report = {"students": [], "kernels": [], "servers": [], "kernels_after_tab": []}
    try:
        hub = Hub(f"http://127.0.0.1:{port}", token)
        await wait_for_hub(hub, process, log, deadline.left(60))
        report = await run_class(args, run_id, hub, deadline)
    except Exception as e:
        report["failure"] = f"{type(e).__name__}: {e}"
    finally:
        report["leftovers"] = stop(process, run_id)
    if report.get("failure") or any(s["errors"] for s in report["students"]):
        report["hub_log_tail"] = tail(log)
    return report


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kernels", required=True, help="a JUPYTER_PATH folder holding kernels/downhill")
    parser.add_argument("--kit", required=True, help="the repository: its notebooks/ and data/ go to every student")
    parser.add_argument("--lesson", default="notebooks/03-learning-rates.ipynb")
    parser.add_argument("--students", type=int, default=10)
    parser.add_argument("--work", required=True, help="an empty folder for the hub's files and the students' homes")
    parser.add_argument("--timeout", type=float, default=600, help="seconds for the whole class")
    args = parser.parse_args()
    report = asyncio.run(main_async(args))
    json.dump(report, sys.stdout, indent=1)
    sys.exit(1 if report.get("failure") else 0)


if __name__ == "__main__":
    main()
