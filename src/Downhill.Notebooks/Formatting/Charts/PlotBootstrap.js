// Draws one chart of the kit's text/html output. Every chart output carries this same script, because
// front ends render outputs in any order and any one of them may be the first to run. It is called as
// (function (id, figure) { … })("downhill-plot-…", {data, layout, config, frames}).
//
// It draws at once when window.Plotly exists (the kit's pages load plotly.js in their head). Otherwise it
// queues itself and the first chart to get here starts one loader for the whole document, which takes
// plotly.js from (1) a carrier: a data block <script type="application/x-downhill-plotly"> holding
// plotly.js gzip+base64, sent by the kernel with the first chart of a session and rendered by the front end
// before or after this chart (it watches the document for one); or (2) a live Jupyter server: the
// kernelspec's resource folder, <baseUrl>kernelspecs/downhill/plotly.min.js. There is no give-up timer:
// the chart says what it waits for until plotly.js comes.
//
// plotly.js is evaluated with define, module and exports hidden, so it sets window.Plotly even where an AMD
// loader (require.js in Notebook 6, nbconvert's pages, VS Code's Jupyter renderers) has set define.amd.
(function (id, figure) {
  var me = document.currentScript;
  var el = me && me.previousElementSibling;
  if (!el || el.id !== id || el.getAttribute("data-downhill-drawn")) {
    // Re-created scripts and unusual hosts: the first div of this id not yet taken.
    el = null;
    var all = document.querySelectorAll('div[id="' + id + '"]');
    for (var i = 0; i < all.length && !el; i++) if (!all[i].getAttribute("data-downhill-drawn")) el = all[i];
  }
  if (!el) return;
  el.setAttribute("data-downhill-drawn", "waiting");

  function draw() {
    var Plotly = window.Plotly;
    el.textContent = "";
    el.style.font = el.style.color = "";
    el.setAttribute("data-downhill-drawn", "drawing");
    Plotly.newPlot(el, figure.data, figure.layout, figure.config).then(function () {
      el.setAttribute("data-downhill-drawn", "drawn");
      if (figure.frames && figure.frames.length) return Plotly.addFrames(el, figure.frames);
    });
  }
  if (window.Plotly) { draw(); return; }

  var loader = window.downhillPlotlyLoader || (window.downhillPlotlyLoader = { waiting: [], started: false });
  el.textContent = "This chart is waiting for plotly.js, which comes with the first chart the kernel sends " +
    "in a session. If it stays empty, rerun the notebook's first chart cell.";
  el.style.font = "13px sans-serif";
  el.style.color = "#666";
  loader.waiting.push(draw);
  if (loader.started) return;
  loader.started = true;

  var carrierSelector = 'script[type="application/x-downhill-plotly"]';
  var watcher = null;
  var poll = null;
  var busy = false;

  function drawAll() {
    if (watcher) watcher.disconnect();
    if (poll) clearInterval(poll);
    var waiting = loader.waiting;
    loader.waiting = [];
    for (var k = 0; k < waiting.length; k++) {
      try { waiting[k](); } catch (e) { if (window.console) console.error(e); }
    }
  }

  function evaluate(source) {
    if (!window.Plotly) {
      var script = document.createElement("script");
      script.textContent = "(function (define, module, exports) {\n" + source + "\n})();";
      (document.head || document.documentElement).appendChild(script);
    }
    settle();
  }

  // A carrier that failed to unpack is tried again only once its text has changed: the page may still have
  // been parsing it, or another copy arrives.
  function fromCarrier(carrier) {
    var text = carrier.textContent.replace(/\s+/g, "");
    if (carrier.downhillFailedAt === text.length) return;
    function failed(e) {
      busy = false;
      carrier.downhillFailedAt = text.length;
      if (window.console) console.warn("plotly.js could not be unpacked yet: " + e);
    }
    busy = true;
    try {
      var bytes = Uint8Array.from(atob(text), function (c) { return c.charCodeAt(0); });
      var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
      new Response(stream).text().then(evaluate, failed);
    } catch (e) {
      failed(e);
    }
  }

  // Draws everything once plotly.js is there (from us, or from a page that loads it itself); else starts
  // unpacking a carrier when one is in the document. True when there is nothing more to watch for.
  function settle() {
    if (window.Plotly) { drawAll(); return true; }
    if (busy) return false;
    var carriers = document.querySelectorAll(carrierSelector);
    for (var c = 0; c < carriers.length && !busy; c++) fromCarrier(carriers[c]);
    return false;
  }

  function serverBaseUrl() {
    var base = document.body && document.body.getAttribute("data-base-url"); // Notebook 6
    if (base) return base;
    var config = document.getElementById("jupyter-config-data"); // JupyterLab, Notebook 7
    if (config) {
      try { return JSON.parse(config.textContent).baseUrl || null; } catch (e) { return null; }
    }
    return null;
  }

  function fromServer(base) {
    if (base.charAt(base.length - 1) !== "/") base += "/";
    fetch(base + "kernelspecs/downhill/plotly.min.js", { credentials: "same-origin" })
      .then(function (r) { if (!r.ok) throw new Error("HTTP " + r.status); return r.text(); })
      .then(function (source) { if (!busy && !window.Plotly) { busy = true; evaluate(source); } })
      .catch(function () { /* an older kernelspec without the file: a carrier still comes */ });
  }

  if (settle()) return;
  if (window.MutationObserver) {
    watcher = new MutationObserver(settle);
    watcher.observe(document.documentElement, { childList: true, subtree: true });
  }
  // A page may load plotly.js itself after this chart, which no mutation announces once it has run.
  poll = setInterval(settle, 500);
  var base = serverBaseUrl();
  if (base !== null) fromServer(base);
})
