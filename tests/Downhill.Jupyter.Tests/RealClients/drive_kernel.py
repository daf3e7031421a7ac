"""Drives the downhill kernel through jupyter_client, as JupyterLab and VS Code do, and prints
what it saw as JSON on stdout. The C# test makes the assertions; this script only observes.
Needs JUPYTER_PATH pointing at a folder with kernels/downhill/kernel.json."""
import json
import sys
import time

from jupyter_client.manager import KernelManager

TIMEOUT = 120


def run(client, code, allow_stdin=False):
    """Executes code and returns (reply content, list of (msg_type, content) on iopub)."""
    outputs = []
    reply = client.execute_interactive(
        code, timeout=TIMEOUT, allow_stdin=allow_stdin,
        output_hook=lambda msg: outputs.append((msg["msg_type"], msg["content"])))
    return reply["content"], outputs


def result_text(outputs):
    return [c["data"]["text/plain"] for t, c in outputs if t == "execute_result"]


def main():
    seen = {}
    manager = KernelManager(kernel_name="downhill")
    started = time.monotonic()
    manager.start_kernel()
    client = manager.client()
    client.start_channels()
    client.wait_for_ready(timeout=TIMEOUT)
    seen["ready_seconds"] = time.monotonic() - started
    seen["kernel_info"] = client.kernel_info(reply=True, timeout=TIMEOUT)["content"]

    reply, outputs = run(client, "var a = 20;\nConsole.WriteLine(\"hello from C#\");")
    seen["first"] = {"status": reply["status"], "streams": [c["text"] for t, c in outputs if t == "stream"]}
    reply, outputs = run(client, "a * 2 + 2")
    seen["second"] = {"status": reply["status"], "results": result_text(outputs)}

    # A rerun after an earlier variable changed (the kernel runs the cell's earlier compilation again).
    run(client, "var c = 5;")
    rerun = "var d = c + 1;\nd"
    seen["reruns"] = [result_text(run(client, rerun)[1])]
    run(client, "c = 30;")
    seen["reruns"].append(result_text(run(client, rerun)[1]))
    seen["reruns"].append(result_text(run(client, "d * 2")[1]))

    complete = client.complete("Math.Sq", 7, reply=True, timeout=TIMEOUT)["content"]
    seen["complete"] = {"matches": complete["matches"], "cursor_start": complete["cursor_start"], "cursor_end": complete["cursor_end"]}
    inspect = client.inspect("Math.Sqrt(2)", 7, reply=True, timeout=TIMEOUT)["content"]
    seen["inspect"] = {"found": inspect["found"], "text": inspect.get("data", {}).get("text/plain", "")}

    # Interrupt a tight loop: jupyter_client sends interrupt_request on control (interrupt_mode "message").
    msg_id = client.execute("while (true) { }")
    while True:
        msg = client.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "execute_input":
            break
    time.sleep(0.3)
    manager.interrupt_kernel()
    loop_reply = client.get_shell_msg(timeout=TIMEOUT)
    seen["interrupted"] = {"status": loop_reply["content"]["status"], "ename": loop_reply["content"].get("ename", "")}
    reply, outputs = run(client, "a")
    seen["after_interrupt"] = {"status": reply["status"], "results": result_text(outputs)}

    # Restart: shutdown_request(restart=True), the process exits, jupyter_client starts a new one.
    old_pid = manager.provisioner.pid if manager.provisioner else None
    manager.restart_kernel(now=False)
    client.wait_for_ready(timeout=TIMEOUT)
    reply, outputs = run(client, "a")
    seen["after_restart"] = {"status": reply["status"], "evalue": reply.get("evalue", "")}
    reply, outputs = run(client, "1 + 1")
    seen["restarted_runs"] = {"status": reply["status"], "results": result_text(outputs)}
    seen["new_process"] = old_pid is not None and manager.provisioner.pid != old_pid

    client.stop_channels()
    manager.shutdown_kernel(now=False)
    seen["exit_code_after_shutdown"] = manager.provisioner.process.returncode if manager.provisioner and manager.provisioner.process else None
    json.dump(seen, sys.stdout)


if __name__ == "__main__":
    main()
