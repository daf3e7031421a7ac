namespace Downhill.Notebooks.Pages;

/// <summary>
/// The one stylesheet every page carries inline (pages must stand alone): a readable serif for prose,
/// a monospace for code, quiet cell frames, and print rules so instructors can hand pages out.
/// </summary>
internal static class PageStyle
{
    public const string Css = """
        :root { --ink: #1f2328; --muted: #656d76; --rule: #d8dee4; --code-bg: #f6f8fa; --accent: #0b6e4f; --error: #b42318; --error-bg: #fef3f2; }
        * { box-sizing: border-box; }
        html { font-size: 17px; }
        body { margin: 0; color: var(--ink); background: #fff; font-family: "Iowan Old Style", "Palatino Linotype", Palatino, Georgia, "Noto Serif", serif; line-height: 1.6; }
        main { max-width: 52rem; margin: 0 auto; padding: 2.5rem 1.5rem 4rem; }
        nav.back { font-family: system-ui, sans-serif; font-size: .85rem; margin-bottom: 1.5rem; }
        a { color: var(--accent); }
        h1, h2, h3, h4 { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; line-height: 1.25; margin: 1.6em 0 .5em; }
        h1 { font-size: 2rem; margin-top: 0; }
        h2 { font-size: 1.45rem; border-bottom: 1px solid var(--rule); padding-bottom: .2em; }
        p, ul, ol, table, blockquote { margin: .7em 0; }
        blockquote { border-left: 3px solid var(--accent); margin-left: 0; padding: .1em 1em; color: var(--muted); }
        table { border-collapse: collapse; font-family: system-ui, sans-serif; font-size: .9rem; }
        th, td { border: 1px solid var(--rule); padding: .3em .6em; text-align: left; }
        th { background: var(--code-bg); }
        code, pre { font-family: "JetBrains Mono", "Cascadia Code", "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .82rem; }
        :not(pre) > code { background: var(--code-bg); padding: .1em .3em; border-radius: 4px; }
        pre { margin: 0; padding: .75em 1em; overflow-x: auto; white-space: pre; line-height: 1.45; }
        img { max-width: 100%; }
        .cell { margin: 1.2rem 0; }
        .cell.code .input { position: relative; border: 1px solid var(--rule); border-left: 4px solid var(--accent); border-radius: 6px; background: var(--code-bg); }
        .cell.code .label { position: absolute; top: .35em; right: .6em; font: .7rem system-ui, sans-serif; color: var(--muted); }
        .cell.code.parameters .input { border-left-color: #9a6700; }
        .cell.code.injected-parameters .input { border-left-color: #8250df; }
        .outputs { padding: .4em 0 0 0; }
        .output { margin: .35em 0; overflow-x: auto; }
        .output pre { background: none; padding: .3em 1em; border-left: 4px solid transparent; }
        .output.stream.stderr pre { color: #9a6700; }
        .output.error { background: var(--error-bg); border-left: 4px solid var(--error); border-radius: 6px; padding: .5em 1em; color: var(--error); font-family: system-ui, sans-serif; font-size: .9rem; }
        .output.error pre { color: var(--error); padding: .4em 0 0; border: 0; }
        .downhill-plot { width: 100%; }
        .math { font-family: "Latin Modern Math", "STIX Two Math", "Cambria Math", "Times New Roman", serif; font-style: italic; white-space: nowrap; }
        .math.display { display: block; text-align: center; margin: .9em 0; font-size: 1.1rem; white-space: normal; }
        .math .fn, .math b { font-style: normal; }
        .math .fn { margin: 0 .12em; }
        .math sup, .math sub { font-size: .72em; }
        .frac { display: inline-flex; flex-direction: column; vertical-align: middle; text-align: center; margin: 0 .15em; font-size: .92em; }
        .frac > span:first-child { border-bottom: 1px solid currentColor; padding: 0 .2em; }
        .radicand { border-top: 1px solid currentColor; padding: 0 .1em; }
        ol.notebooks { padding-left: 1.4em; font-family: system-ui, sans-serif; }
        ol.notebooks li { margin: .5em 0; }
        ol.notebooks .file { color: var(--muted); font-size: .8rem; margin-left: .5em; }
        ol.notebooks .failed { color: var(--error); font-size: .8rem; margin-left: .5em; }
        @media print {
          html { font-size: 11pt; }
          main { max-width: none; padding: 0; }
          nav.back, .modebar-container { display: none !important; }
          .cell, .output, tr, img, .downhill-plot { break-inside: avoid; }
          h1, h2, h3 { break-after: avoid; }
          pre { white-space: pre-wrap; word-break: break-word; }
          a { color: inherit; text-decoration: none; }
        }
        """;
}
