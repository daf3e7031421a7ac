namespace Downhill;

/// <summary>
/// The HTML a <see cref="Plot"/> renders to. The script finds its own div (the element just before the
/// script), so two identical plots on one page — which share an id — each draw in their own place.
/// </summary>
internal static class PlotHtml
{
    /// <summary>How long the script waits for plotly.js to appear before saying so in the div.</summary>
    private const int WaitMilliseconds = 15000;

    public static string Render(string elementId, string figureJson) =>
        $$"""
        <div id="{{elementId}}" class="downhill-plot"></div>
        <script>
        (function () {
          var id = "{{elementId}}";
          var me = document.currentScript;
          var el = me && me.previousElementSibling && me.previousElementSibling.id === id ? me.previousElementSibling : null;
          if (!el) {
            var all = document.querySelectorAll('div[id="' + id + '"]');
            for (var i = 0; i < all.length && !el; i++) if (!all[i].getAttribute("data-downhill-drawn")) el = all[i];
          }
          if (!el) return;
          el.setAttribute("data-downhill-drawn", "1");
          var figure = {{figureJson}};
          var waited = 0;
          function draw() {
            if (!window.Plotly) {
              if (waited >= {{WaitMilliseconds}}) { el.textContent = "This chart needs plotly.js, which did not load."; return; }
              waited += 50;
              setTimeout(draw, 50);
              return;
            }
            window.Plotly.newPlot(el, figure.data, figure.layout, figure.config).then(function () {
              if (figure.frames && figure.frames.length) return window.Plotly.addFrames(el, figure.frames);
            });
          }
          draw();
        })();
        </script>
        """;
}
