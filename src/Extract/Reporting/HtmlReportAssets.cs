namespace Extract.Reporting;

/// <summary>The style sheet and script inlined into every HTML report, so that the page needs nothing else.</summary>
internal static class HtmlReportAssets
{
    public const string Style = """
        :root { --high: #b3261e; --high-bg: #fcdcdc; --medium: #8a5a00; --medium-bg: #ffe8b0; --low: #555a78; --low-bg: #e6e8f4;
                --matched-bg: #e2f1de; --matched: #2f6b27; --rule: #d8dbe2; --ink: #1d2230; --muted: #626a7c; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "SimSun", sans-serif; color: var(--ink); background: #fafbfc; }
        header, main { max-width: 1280px; margin: 0 auto; padding: 0 24px; }
        header { padding-top: 20px; }
        h1 { font-size: 1.5rem; margin: 0 0 4px; }
        h2 { font-size: 1.2rem; margin: 28px 0 10px; border-bottom: 1px solid var(--rule); padding-bottom: 4px; }
        .paths { color: var(--muted); margin: 0; font-size: .9rem; }
        code { font-size: .9em; }
        table { border-collapse: collapse; background: #fff; }
        th, td { border: 1px solid var(--rule); padding: 6px 10px; text-align: left; vertical-align: top; }
        thead th { background: #f0f2f6; }
        #summary { display: flex; gap: 24px; flex-wrap: wrap; align-items: flex-start; }
        #summary h2 { flex-basis: 100%; }
        .figures td, .kinds td { text-align: right; font-variant-numeric: tabular-nums; }
        .zero { color: #b8bcc6; }
        #filters { display: flex; gap: 16px; flex-wrap: wrap; margin-bottom: 6px; }
        fieldset { border: 1px solid var(--rule); border-radius: 6px; background: #fff; padding: 4px 12px 8px; }
        legend { color: var(--muted); font-size: .85rem; }
        label { margin-right: 12px; white-space: nowrap; cursor: pointer; }
        .shown { color: var(--muted); margin: 4px 0 8px; }
        #discrepancy-list { width: 100%; }
        #discrepancy-list td.number { color: var(--muted); text-align: right; }
        #discrepancy-list tbody { counter-reset: shown; }
        #discrepancy-list tr.discrepancy:not([hidden]) { counter-increment: shown; }
        #discrepancy-list td.number::before { content: counter(shown); }
        #discrepancy-list td[lang] { white-space: nowrap; }
        #discrepancy-list td.message { font-size: .92rem; }
        tr.discrepancy.high td:first-child { box-shadow: inset 4px 0 var(--high); }
        tr.discrepancy.medium td:first-child { box-shadow: inset 4px 0 #e0a100; }
        tr.discrepancy.low td:first-child { box-shadow: inset 4px 0 #9aa0bd; }
        tr[hidden] { display: none; }
        .badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: .8rem; font-weight: 600; }
        .badge.high { background: var(--high-bg); color: var(--high); }
        .badge.medium { background: var(--medium-bg); color: var(--medium); }
        .badge.low { background: var(--low-bg); color: var(--low); }
        td.absent { color: #b8bcc6; background: #f6f7f9; }
        .legend { color: var(--muted); font-size: .9rem; }
        table.parallel { width: 100%; table-layout: fixed; }
        table.parallel td { width: 50%; }
        table.parallel p, table.parallel h3, table.parallel pre { margin: 0 0 .6em; }
        table.parallel p:last-child, table.parallel pre:last-child { margin-bottom: 0; }
        table.parallel h3 { font-size: 1.05rem; }
        table.parallel pre { font: inherit; white-space: pre-wrap; }
        tr.heading td { background: #f3f5f9; }
        td[lang="zh-Hans"] { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "SimSun", sans-serif; font-size: 1rem; }
        .fig { border-radius: 3px; padding: 0 2px; background: #eef0f4; scroll-margin-top: 40vh; }
        .fig.matched { background: var(--matched-bg); border-bottom: 2px solid #8cc383; }
        .fig.flagged { font-weight: 700; text-decoration: none; color: var(--ink); }
        .fig.flagged.high { background: var(--high-bg); border-bottom: 2px solid var(--high); color: var(--high); }
        .fig.flagged.medium { background: var(--medium-bg); border-bottom: 2px solid #e0a100; color: var(--medium); }
        .fig.flagged.low { background: var(--low-bg); border-bottom: 2px dotted var(--low); }
        :target { outline: 3px solid #1a5fd0; outline-offset: 2px; animation: flash 1.6s ease-out 1; }
        tr:target { outline-offset: -3px; }
        @keyframes flash { from { box-shadow: 0 0 0 8px rgba(26, 95, 208, .45); } to { box-shadow: 0 0 0 0 rgba(26, 95, 208, 0); } }
        @media print { #filters, .shown { display: none; } }

        """;

    // Shows the rows whose kind and severity are both checked; the page is rendered already filtered, so that it
    // reads the same without script.
    public const string Script = """
        (function () {
          var form = document.getElementById('filters');
          if (!form) { return; }
          function apply() {
            var on = {};
            form.querySelectorAll('input[type=checkbox]').forEach(function (box) { on[box.name + ':' + box.value] = box.checked; });
            var shown = 0;
            document.querySelectorAll('#discrepancy-list tbody tr').forEach(function (row) {
              var visible = on['severity:' + row.dataset.severity] === true && on['kind:' + row.dataset.kind] === true;
              row.hidden = !visible;
              if (visible) { shown++; }
            });
            document.getElementById('shown-count').textContent = String(shown);
          }
          form.addEventListener('change', apply);
          apply();
        })();

        """;
}
