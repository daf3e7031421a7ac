"""Runs the cells a student most often gets wrong through jupyter_client, one probe after another in one
kernel, and prints what it saw as JSON on stdout. After every probe it asks for a variable set at the start,
so the C# test sees whether the session survived. If the kernel died, the probe says so and a fresh kernel
serves the next probe (so one failure does not hide the others). The C# test makes the assertions.
Needs JUPYTER_PATH pointing at a folder with kernels/downhill/kernel.json."""
import json
import os
import sys
import time

from jupyter_client.manager import KernelManager

TIMEOUT = 60


def run(client, code, timeout=TIMEOUT):
    """Executes code; returns its reply, stream text, results and the number of stream messages."""
    outputs = []
    reply = client.execute_interactive(
        code, timeout=timeout,
        output_hook=lambda msg: outputs.append((msg["msg_type"], msg["content"])))
    content = reply["content"]
    return {
        "status": content["status"],
        "evalue": content.get("evalue", ""),
        "streams": "".join(c["text"] for t, c in outputs if t == "stream"),
        "stream_messages": sum(1 for t, _ in outputs if t == "stream"),
        "results": [c["data"]["text/plain"] for t, c in outputs if t == "execute_result"],
        "errors": [c["evalue"] for t, c in outputs if t == "error"],
    }


class Kernel:
    def __init__(self, env=None):
        """env: variables added to this process's environment for the kernel (a memory limit, a locale)."""
        self.env = env
        self.manager = KernelManager(kernel_name="downhill")
        self.manager.start_kernel(env={**os.environ, **(env or {})})
        self.client = self.manager.client()
        self.client.start_channels()
        self.client.wait_for_ready(timeout=TIMEOUT)
        run(self.client, "var kept = 7;")

    def probe(self, code, pause=0.0, timeout=TIMEOUT):
        """Runs code, waits pause seconds, then asks for `kept`: what the cell did and whether the session lived."""
        seen = {}
        try:
            seen["cell"] = run(self.client, code, timeout)
        except Exception as e:  # a dead kernel never answers: that is the observation
            seen["cell"] = {"status": "no reply", "evalue": type(e).__name__}
        time.sleep(pause)
        seen["alive"] = self.manager.is_alive()
        if seen["alive"]:
            try:
                seen["after"] = run(self.client, "kept")
            except Exception as e:
                seen["after"] = {"status": "no reply", "evalue": type(e).__name__, "results": []}
        else:
            self.stop()
            self.__init__(self.env)
        return seen

    def stop(self):
        self.client.stop_channels()
        self.manager.shutdown_kernel(now=True)


def second_client_same_session(kernel):
    """A second client sharing the first one's session id (so the same socket identity) must get replies."""
    second = kernel.manager.client()
    second.session.session = kernel.client.session.session
    second.start_channels()
    try:
        return run(second, "kept + 1", timeout=15)
    except Exception as e:
        return {"status": "no reply", "evalue": type(e).__name__, "results": []}
    finally:
        second.stop_channels()


def interrupt_while_compiling(kernel):
    """A cell of about 12 MB takes seconds to compile: an interrupt must stop it without waiting for the compiler."""
    code = "var total = 0;\n" + "total += 1;\n" * 1_000_000 + "total"
    msg_id = kernel.client.execute(code)
    while True:
        msg = kernel.client.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "execute_input":
            break
    time.sleep(1.0)
    asked = time.monotonic()
    kernel.manager.interrupt_kernel()
    while True:
        reply = kernel.client.get_shell_msg(timeout=120)
        if reply["parent_header"].get("msg_id") == msg_id:
            break
    seen = {"status": reply["content"]["status"], "evalue": reply["content"].get("evalue", ""),
            "seconds": time.monotonic() - asked}
    seen["after"] = run(kernel.client, "kept")
    return seen


def main():
    seen = {}
    kernel = Kernel()
    seen["many_lines"] = kernel.probe('for (int i = 0; i < 100000; i++) Console.WriteLine("loss " + i);', timeout=120)
    seen["recursion"] = kernel.probe("int F(int n) => F(n + 1) + 1;\nF(0)")
    seen["lambda_recursion"] = kernel.probe("Func<int, int> g = null;\ng = n => g(n + 1) * 2;\ng(0)")
    seen["lambda_call_recursion"] = kernel.probe("Func<int, int> f = null;\nf = x => f(x + 1);\nf(0)")
    seen["thread"] = kernel.probe(
        'using System.Threading;\n'
        'new Thread(() => { Thread.Sleep(300); throw new InvalidOperationException("boom from a thread"); }).Start();', pause=1.0)
    seen["async_void"] = kernel.probe(
        'async void Boom() { await Task.Delay(100); throw new InvalidOperationException("boom from async void"); }\nBoom();', pause=1.0)
    seen["exit"] = kernel.probe("Environment.Exit(3);")
    seen["late_output"] = kernel.probe('new System.Threading.Thread(() => { System.Threading.Thread.Sleep(300); Console.WriteLine("late hello"); }).Start();', pause=1.0)
    seen["huge_output"] = kernel.probe("Console.Write(new string('x', 170_000_000));", timeout=120)
    seen["many_large_writes"] = kernel.probe("for (var i = 0; i < 30; i++) Console.Write(new string('y', 10_000_000));", timeout=120)
    seen["static_initializer"] = kernel.probe(
        "class Table\n{\n    public static readonly int[] Rows = Build();\n    static int[] Build() { var zero = 0; return new int[1 / zero]; }\n}")
    seen["static_initializer_used"] = kernel.probe("var rows = 1;\nrows += Table.Rows.Length;")
    seen["interrupt_compiling"] = interrupt_while_compiling(kernel)
    seen["second_client"] = second_client_same_session(kernel)
    kernel.stop()

    # A kernel with a 768 MB heap: a cell filling it fails in a sentence, and the next cell has the memory back.
    limited = Kernel({"DOTNET_GCHeapHardLimit": "0x30000000"})
    seen["out_of_memory"] = limited.probe("var hog = new List<byte[]>();\nwhile (true) hog.Add(new byte[50_000_000]);", timeout=120)
    seen["memory_back"] = limited.probe("var room = new byte[400_000_000];\nroom.Length")
    limited.stop()

    # A German and a Turkish machine print the numbers the lessons' prose writes.
    for name, locale in (("german", "de_DE.UTF-8"), ("turkish", "tr_TR.UTF-8")):
        local = Kernel({"LANG": locale, "LC_ALL": locale})
        seen[name] = local.probe(
            'Console.WriteLine(0.5);\nConsole.WriteLine($"{1234.5:N1} {double.Parse("0.25")} {"TITLE".ToLower()}");\n'
            'new[] { new { Step = 1, Loss = 0.5 } }')
        local.stop()
    json.dump(seen, sys.stdout)


if __name__ == "__main__":
    main()
