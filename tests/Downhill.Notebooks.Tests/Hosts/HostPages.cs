using System.Text.Json;
using System.Text.Json.Nodes;
using Downhill.Testing;

namespace Downhill.Notebooks.Tests.Hosts;

/// <summary>
/// Pages that stand in for notebook front ends, built from a notebook's saved outputs and rendered the way each
/// front end renders them (read from their sources: VS Code's built-in notebook renderers, extensions/notebook-renderers
/// src/index.ts, renderHTML and domEval; its Jupyter Notebook Renderers, which draw the Plotly MIME type with
/// plotly.js 2.35 through nteract's transform, patched to call Plotly.newPlot(div, {data, layout, config, frames});
/// JupyterLab's rendermime, which re-creates each script in place).
/// </summary>
internal static class HostPages
{
    public const string RequireJs = "/usr/share/javascript/requirejs/require.js";
    public const string JQuery = "/usr/share/javascript/jquery/jquery.min.js";

    /// <summary>plotly.js from npm (tests/js, installed by .ci/run): "plotly.js-dist-min" is 2.35.x, "plotly.js-dist-min-3" 3.x.</summary>
    public static string NpmPlotly(string package) => Path.Combine(RepositoryPaths.Root, "tests", "js", "node_modules", package, "plotly.min.js");

    /// <summary>Skips (fails in CI) unless Debian's require.js and jQuery are installed.</summary>
    public static void RequireAmdLoader()
    {
        var present = File.Exists(RequireJs) && File.Exists(JQuery);
        if (present) return;
        const string reason = "Debian's require.js and jQuery are not installed (apt-get install libjs-requirejs libjs-jquery)";
        if (Prerequisites.InCi) Assert.Fail($"Required in CI: {reason}.");
        Assert.Skip(reason);
    }

    /// <summary>Skips (fails in CI) unless `npm ci` has run in tests/js.</summary>
    public static void RequireNpmPlotly(string package)
    {
        if (File.Exists(NpmPlotly(package))) return;
        var reason = $"{package} is not installed (run `npm ci` in tests/js)";
        if (Prerequisites.InCi) Assert.Fail($"Required in CI: {reason}.");
        Assert.Skip(reason);
    }

    /// <summary>
    /// VS Code's notebook webview showing each output's text/html: require.js and jQuery loaded first (as Jupyter
    /// Notebook Renderers' preload does), each output's HTML set with innerHTML into its own element, then each of
    /// its scripts re-created with createElement (type, src, nonce, noModule and async kept), appended to the
    /// output's element and removed again. <paramref name="reverse"/> renders the last output first (VS Code renders
    /// visible outputs first and the rest later, so the output carrying plotly.js may come last).
    /// </summary>
    public static string VsCodeHtml(string folder, string name, IReadOnlyList<JsonObject> outputs, bool reverse) =>
        Write(folder, name, $$"""
            <script src="{{new Uri(RequireJs).AbsoluteUri}}"></script>
            <script src="{{new Uri(JQuery).AbsoluteUri}}"></script>
            """, HtmlOf(outputs), $$"""
            function render(slot, html) {
              const element = document.createElement("div");
              element.innerHTML = html;
              slot.appendChild(element);
              for (const node of Array.from(element.getElementsByTagName("script"))) {
                const copy = document.createElement("script");
                copy.text = node.innerText;
                for (const key of ["type", "src", "nonce", "noModule", "async"]) {
                  const value = node[key] || node.getAttribute(key);
                  if (value) copy.setAttribute(key, value);
                }
                element.appendChild(copy).parentNode.removeChild(copy);
              }
            }
            const order = outputs.map((_, i) => i);
            if ({{(reverse ? "true" : "false")}}) order.reverse();
            for (const i of order) render(slots[i], outputs[i]);
            """);

    /// <summary>
    /// JupyterLab (or Notebook 7) without jupyterlab-plotly, outputs trusted: no AMD loader; each output's HTML set
    /// with innerHTML, then each script replaced in place by a re-created copy with the same attributes.
    /// </summary>
    public static string JupyterLabHtml(string folder, string name, IReadOnlyList<JsonObject> outputs) =>
        Write(folder, name, "", HtmlOf(outputs), """
            function render(slot, html) {
              slot.innerHTML = html;
              for (const node of Array.from(slot.getElementsByTagName("script"))) {
                const copy = document.createElement("script");
                for (const attribute of Array.from(node.attributes)) copy.setAttribute(attribute.name, attribute.value);
                copy.textContent = node.textContent;
                node.parentNode.replaceChild(copy, node);
              }
            }
            for (let i = 0; i < outputs.length; i++) render(slots[i], outputs[i]);
            """);

    /// <summary>
    /// VS Code's Jupyter Notebook Renderers drawing application/vnd.plotly.v1+json: its own plotly.js (loaded here
    /// through require.js, so it is not window.Plotly, as in the renderer's bundle), the figure read as the patched
    /// nteract transform reads it, then Plotly.newPlot(div, figure). Each figure is also checked with Plotly.validate;
    /// what it finds is put in window.validationProblems (and figures validate cannot check in window.validationSkipped).
    /// </summary>
    public static string PlotlyRenderer(string folder, string name, IReadOnlyList<JsonObject> outputs, string plotlyPath) =>
        Write(folder, name, $$"""
            <script src="{{new Uri(RequireJs).AbsoluteUri}}"></script>
            <script src="{{new Uri(JQuery).AbsoluteUri}}"></script>
            """, outputs.Select(o => o["application/vnd.plotly.v1+json"]!.DeepClone()).ToList(), $$"""
            window.validationProblems = [];
            window.validationSkipped = [];
            window.validationNotes = [];
            require.config({ paths: { rendererPlotly: {{JsonSerializer.Serialize(plotlyPath[..^3])}} } });
            require(["rendererPlotly"], function (module) {
              // plotly.js 2.x defines an AMD module; 3.x's bundle sets the global only, whatever loads it.
              const Plotly = module || window.Plotly;
              outputs.forEach(function (figure, i) {
                const div = document.createElement("div");
                div.className = "renderer-plot";
                slots[i].appendChild(div);
                const copy = JSON.parse(JSON.stringify(figure));
                const { data = {}, layout = {}, frames = {}, config = {} } = copy;
                Plotly.newPlot(div, { data, layout, config, frames }).catch(function (e) { console.error("output " + i + ": " + e); });
                try {
                  // "unused" (an attribute the trace's mode ignores) and "dynamic" (validate's own comparison of
                  // arrays and objects it re-creates) are not invalid attributes; anything else is.
                  (Plotly.validate(figure.data, figure.layout) || []).forEach(function (p) {
                    (p.code === "unused" || p.code === "dynamic" ? window.validationNotes : window.validationProblems)
                      .push("output " + i + ": " + p.msg);
                  });
                } catch (e) {
                  // plotly.js 2.35's validate stumbles over some attribute definitions of its own (sliders' steps);
                  // that says nothing about the figure, so such a figure is drawn but not validated.
                  window.validationSkipped.push("output " + i + ": " + e);
                }
              });
            });
            """);

    private static List<JsonNode?> HtmlOf(IReadOnlyList<JsonObject> outputs) =>
        outputs.Select(o => (JsonNode?)JsonValue.Create(KernelExecutedLessons.Text(o["text/html"]))).ToList();

    private static string Write(string folder, string name, string head, IReadOnlyList<JsonNode?> outputs, string render)
    {
        // The default encoder writes <, > and & as \u escapes, so no output's "</script>" can end the data block.
        var data = new JsonArray(outputs.Select(o => o?.DeepClone()).ToArray()).ToJsonString();
        var page = $$"""
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>{{name}}</title>
            {{head}}
            </head><body>
            <main id="cells"></main>
            <script type="application/json" id="outputs">{{data}}</script>
            <script>
            const outputs = JSON.parse(document.getElementById("outputs").textContent);
            const cells = document.getElementById("cells");
            const slots = outputs.map(() => cells.appendChild(document.createElement("div")));
            {{render}}
            </script>
            </body></html>
            """;
        var path = Path.Combine(folder, name + ".html");
        File.WriteAllText(path, page);
        return path;
    }
}
