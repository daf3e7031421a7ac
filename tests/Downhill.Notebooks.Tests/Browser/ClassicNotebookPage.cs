using System.Text.Json;
using Microsoft.Playwright;

namespace Downhill.Notebooks.Tests.Browser;

/// <summary>What a notebook's charts look like in the page: chart outputs, how many of them hold a drawn plot, and where not.</summary>
internal sealed record ChartTally(int Containers, int Drawn, string[] Missing)
{
    public bool AllDrawn => Containers > 0 && Drawn == Containers;

    public override string ToString() =>
        $"{Drawn} of {Containers} charts drawn" + (Missing.Length == 0 ? "" : ": not drawn in " + string.Join("; ", Missing));
}

/// <summary>
/// One notebook open in Jupyter Notebook 6 in headless Chromium, driven through the page's own JavaScript API
/// (<c>Jupyter.notebook</c>) where clicking would be flaky, and through the real toolbar and a real reload where the
/// test is about them. Every wait is bounded and says what it was waiting for when it gives up.
/// </summary>
internal sealed class ClassicNotebookPage
{
    // Generous for a busy shared machine (a lesson's Run All takes seconds on a quiet one), yet bounded.
    private static readonly TimeSpan PageLoadLimit = TimeSpan.FromSeconds(120); // as HeadlessChromium's first load
    private static readonly TimeSpan KernelStartLimit = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(300);
    private static readonly TimeSpan DrawLimit = TimeSpan.FromSeconds(60);

    // The kernel has answered kernel_info, nothing is executing, and no cell waits in the queue.
    private const string Idle = """
        () => window.Jupyter && Jupyter.notebook && Jupyter.notebook._fully_loaded && Jupyter.notebook.kernel
              && Jupyter.notebook.kernel.is_connected() && Object.keys(Jupyter.notebook.kernel.info_reply || {}).length > 0
              && !Jupyter.notebook.kernel_busy && Jupyter.notebook.get_cells().every(c => !c.element.hasClass('running'))
        """;

    // Where the page is, for the message of a wait that gave up.
    private const string State = """
        () => {
          if (!window.Jupyter || !Jupyter.notebook) return 'the notebook page has not loaded Jupyter';
          const nb = Jupyter.notebook, kernel = nb.kernel;
          const running = nb.get_cells().map((c, i) => c.element.hasClass('running') ? i : -1).filter(i => i >= 0);
          return `loaded: ${nb._fully_loaded}; kernel: ${kernel ? (kernel.is_connected() ? 'connected' : 'not connected') : 'none'}`
            + `; kernel_info answered: ${!!kernel && Object.keys(kernel.info_reply || {}).length > 0}; busy: ${nb.kernel_busy}`
            + `; cells still running: [${running.join(', ')}]` + (running.length ? ` (first: ${JSON.stringify(nb.get_cell(running[0]).get_text().slice(0, 80))})` : '');
        }
        """;

    // A chart output is one the kit formatted as a chart: the plotly mimetype, or the kit's chart container in its HTML.
    // Notebook 6 keeps one .output_area element per output, in order, so the k-th output is drawn in the k-th element.
    private const string Tally = """
        () => {
          const isChart = o => !!o.data && ('application/vnd.plotly.v1+json' in o.data || String(o.data['text/html'] || '').includes('downhill-plot'));
          let containers = 0, drawn = 0; const missing = [];
          Jupyter.notebook.get_cells().forEach((cell, index) => {
            if (cell.cell_type !== 'code') return;
            const areas = cell.output_area.element.children('.output_area').toArray();
            cell.output_area.outputs.forEach((output, k) => {
              if (!isChart(output)) return;
              containers++;
              const area = areas[k];
              if (area && area.querySelector('.js-plotly-plot .main-svg')) drawn++;
              else missing.push(`cell ${index} output ${k} (${area ? JSON.stringify(area.innerText.trim().slice(0, 100)) : 'no element'})`);
            });
          });
          return JSON.stringify({ containers, drawn, missing });
        }
        """;

    private readonly IPage page;
    private readonly List<string> consoleErrors;

    private ClassicNotebookPage(IPage page, List<string> consoleErrors)
    {
        this.page = page;
        this.consoleErrors = consoleErrors;
    }

    public IPage Page => page;

    /// <summary>Console errors and uncaught exceptions the page has shown so far.</summary>
    public IReadOnlyList<string> ConsoleErrors
    {
        get { lock (consoleErrors) return consoleErrors.ToArray(); }
    }

    /// <summary>Opens the notebook and waits until its kernel has started and answered.</summary>
    public static async Task<ClassicNotebookPage> OpenAsync(HeadlessChromium chromium, Uri address)
    {
        var errors = new List<string>();
        var page = new ClassicNotebookPage(await chromium.OpenAsync(address, errors), errors);
        await page.WaitAsync(Idle, KernelStartLimit, "the notebook to load and its kernel to start and answer");
        return page;
    }

    /// <summary>Run All, then waits until every cell has finished and the kernel is idle.</summary>
    public async Task RunAllAsync()
    {
        await page.EvaluateAsync("() => Jupyter.notebook.execute_all_cells()");
        await WaitUntilIdleAsync("Run All to finish every cell");
    }

    /// <summary>Runs the cell at <paramref name="index"/> and every cell below it, as Cell → Run All Below does.</summary>
    public async Task RunFromAsync(int index)
    {
        await page.EvaluateAsync("index => { Jupyter.notebook.select(index); Jupyter.notebook.execute_cells_below(); }", index);
        await WaitUntilIdleAsync($"the cells from {index} down to finish");
    }

    /// <summary>Waits until every chart output holds a drawn plot; returns the tally either way (the caller asserts).</summary>
    public async Task<ChartTally> ChartsAsync()
    {
        try
        {
            await page.WaitForFunctionAsync($"() => {{ const t = JSON.parse(({Tally})()); return t.containers > 0 && t.drawn === t.containers; }}",
                null, new PageWaitForFunctionOptions { Timeout = (float)DrawLimit.TotalMilliseconds });
        }
        catch (TimeoutException)
        {
            // Reported by the tally: which charts are not drawn after the wait.
        }
        return JsonSerializer.Deserialize<ChartTally>(await page.EvaluateAsync<string>(Tally), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    /// <summary>Error outputs of the cells, and outputs the page failed to render.</summary>
    public async Task<string[]> ErrorOutputsAsync() => await page.EvaluateAsync<string[]>("""
        () => Jupyter.notebook.get_cells()
          .flatMap((cell, i) => cell.cell_type !== 'code' ? [] : cell.output_area.outputs
            .filter(o => o.output_type === 'error').map(o => `cell ${i}: ${o.ename}: ${o.evalue}`))
          .concat([...document.querySelectorAll('#notebook .js-error')].map(e => 'could not render an output: ' + e.textContent))
        """);

    /// <summary>What the cells from <paramref name="index"/> down printed (stream outputs), cell by cell.</summary>
    public async Task<string> PrintedFromAsync(int index) => await page.EvaluateAsync<string>("""
        index => Jupyter.notebook.get_cells().slice(index)
          .map(cell => cell.cell_type !== 'code' ? '' : cell.output_area.outputs.filter(o => o.output_type === 'stream').map(o => o.text).join(''))
          .join('\n---\n')
        """, index);

    /// <summary>The data and layout of every drawn plot, as plotly.js holds them (what the student sees).</summary>
    public async Task<string[]> DrawnFiguresAsync() => await page.EvaluateAsync<string[]>("""
        () => [...document.querySelectorAll('#notebook .js-plotly-plot')].map(el => JSON.stringify({ data: el.data, title: el.layout && el.layout.title }))
        """);

    /// <summary>The index of the cell tagged <c>parameters</c>, or -1.</summary>
    public async Task<int> ParametersCellAsync() => await page.EvaluateAsync<int>("""
        () => Jupyter.notebook.get_cells().findIndex(c => ((c.metadata || {}).tags || []).includes('parameters'))
        """);

    public async Task<string> CellTextAsync(int index) => await page.EvaluateAsync<string>("index => Jupyter.notebook.get_cell(index).get_text()", index);

    public async Task SetCellTextAsync(int index, string text) =>
        await page.EvaluateAsync("([index, text]) => Jupyter.notebook.get_cell(index).set_text(text)", new object[] { index, text });

    /// <summary>Adds a code cell at the bottom holding <paramref name="source"/>, selects it and returns its index.</summary>
    public async Task<int> AppendCellAsync(string source) => await page.EvaluateAsync<int>("""
        source => {
          const nb = Jupyter.notebook;
          const cell = nb.insert_cell_at_bottom('code');
          cell.set_text(source);
          const index = nb.find_cell_index(cell);
          nb.select(index);
          return index;
        }
        """, source);

    /// <summary>Starts the cell at <paramref name="index"/> and waits until the kernel says it is busy with it.</summary>
    public async Task StartCellAsync(int index)
    {
        await page.EvaluateAsync("index => Jupyter.notebook.get_cell(index).execute()", index);
        await WaitAsync("() => Jupyter.notebook.kernel_busy", KernelStartLimit, $"the kernel to report busy with cell {index}");
    }

    public async Task RunCellAsync(int index)
    {
        await page.EvaluateAsync("index => Jupyter.notebook.get_cell(index).execute()", index);
        await WaitUntilIdleAsync($"cell {index} to finish");
    }

    /// <summary>The text/plain of the cell's result, and its error outputs' names and values.</summary>
    public async Task<string> CellOutputTextAsync(int index) => await page.EvaluateAsync<string>("""
        index => Jupyter.notebook.get_cell(index).output_area.outputs
          .map(o => o.output_type === 'error' ? `${o.ename}: ${o.evalue}` : o.output_type === 'stream' ? o.text : String((o.data || {})['text/plain'] || ''))
          .join('\n')
        """, index);

    /// <summary>Presses the interrupt button (■) of the notebook's toolbar, as a student does.</summary>
    public async Task PressInterruptAsync() =>
        await page.Locator("#maintoolbar button[data-jupyter-action='jupyter-notebook:interrupt-kernel']").ClickAsync(new LocatorClickOptions { Timeout = 10_000 });

    /// <summary>
    /// Waits until the kernel is idle with no cell queued, twice with a pause between: a cell's reply and the kernel's
    /// busy/idle status travel on different channels, so one look could fall between two cells.
    /// </summary>
    public async Task WaitUntilIdleAsync(string what)
    {
        await WaitAsync(Idle, RunLimit, what);
        await Task.Delay(300);
        await WaitAsync(Idle, RunLimit, what);
    }

    /// <summary>Saves through the page (File → Save) and waits for the server's answer.</summary>
    public async Task SaveAsync()
    {
        await page.EvaluateAsync("""
            () => {
              window.downhillSaved = false;
              Jupyter.notebook.events.one('notebook_saved.Notebook', () => { window.downhillSaved = true; });
              Jupyter.notebook.save_notebook();
            }
            """);
        await WaitAsync("() => window.downhillSaved === true", TimeSpan.FromSeconds(30), "the notebook to be saved");
    }

    /// <summary>Reloads the page for real (as a student reopening the notebook) and waits for its kernel.</summary>
    public async Task ReloadAsync()
    {
        await page.ReloadAsync(new PageReloadOptions { WaitUntil = WaitUntilState.Load, Timeout = (float)PageLoadLimit.TotalMilliseconds });
        await WaitAsync(Idle, KernelStartLimit, "the reloaded notebook to load and reconnect to its kernel");
    }

    /// <summary>Clears every output and restarts the kernel (no confirmation dialog), then waits for the new kernel.</summary>
    public async Task ClearAndRestartAsync()
    {
        await page.EvaluateAsync("""
            () => {
              window.downhillRestarted = false;
              Jupyter.notebook.clear_all_output();
              Jupyter.notebook.events.one('kernel_ready.Kernel', () => { window.downhillRestarted = true; });
              Jupyter.notebook.restart_kernel({ confirm: false });
            }
            """);
        await WaitAsync("() => window.downhillRestarted === true", KernelStartLimit, "the restarted kernel to answer");
        await WaitUntilIdleAsync("the restarted kernel to be idle");
    }

    /// <summary>
    /// Shuts the notebook's kernel down through the server (File → Close and Halt), so kernels do not pile up, and
    /// closes the page. Best effort: it runs after a test's checks, whose failure it must not hide, and the server
    /// stops any kernel left over when the test class ends.
    /// </summary>
    public async Task CloseAndHaltAsync()
    {
        try
        {
            await page.EvaluateAsync("() => { window.downhillHalted = false; Jupyter.notebook.session.delete(() => { window.downhillHalted = true; }); }");
            await page.WaitForFunctionAsync("() => window.downhillHalted === true", null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            // Left to the server's shutdown.
        }
        await page.CloseAsync();
    }

    private async Task WaitAsync(string predicate, TimeSpan limit, string what)
    {
        try
        {
            await page.WaitForFunctionAsync(predicate, null, new PageWaitForFunctionOptions { Timeout = (float)limit.TotalMilliseconds, PollingInterval = 100 });
        }
        catch (TimeoutException)
        {
            var state = await page.EvaluateAsync<string>(State);
            throw new TimeoutException($"Waited {limit.TotalSeconds:0} s for {what}; gave up. Page: {state}. Console errors: {string.Join(" | ", ConsoleErrors)}");
        }
    }
}
