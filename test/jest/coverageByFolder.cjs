// An istanbul report for `npm test -- --coverage`: one row per top-level folder (subgraphs/* and gateway/src
// one level deeper), the per-folder figures the per-file `text` table would bury in hundreds of lines.
const { relative, sep } = require('node:path');
const { ReportBase } = require('istanbul-lib-report');
const { createCoverageSummary } = require('istanbul-lib-coverage');

/** The folder a file is counted under: `gateway`, `subgraphs/province`, `schema`, … */
function folderOf(file, root) {
  const parts = relative(root, file).split(sep);
  const depth = parts[0] === 'subgraphs' ? 2 : 1;
  return parts.length > depth ? parts.slice(0, depth).join('/') : '(root)';
}

class CoverageByFolderReport extends ReportBase {
  constructor(opts = {}) {
    super();
    this.root = opts.projectRoot ?? process.cwd();
  }

  execute(context) {
    const folders = new Map();
    const total = createCoverageSummary();
    let fileCount = 0;
    // The flat tree lists every file once; its nodes carry their file's coverage (istanbul-lib-report's API).
    const files = [];
    context.getTree('flat').visit({ onDetail: (node) => files.push(node.getFileCoverage()) });
    for (const coverage of files) {
      fileCount++;
      const file = coverage.path;
      const summary = coverage.toSummary();
      const folder = folderOf(file, this.root);
      if (!folders.has(folder)) folders.set(folder, { files: 0, summary: createCoverageSummary() });
      const row = folders.get(folder);
      row.files++;
      row.summary.merge(summary);
      total.merge(summary);
    }
    const metrics = ['statements', 'branches', 'functions', 'lines'];
    const rows = [...folders.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([folder, { files, summary }]) => [folder, String(files), ...metrics.map((m) => pct(summary[m]))]);
    rows.push(['all files', String(fileCount), ...metrics.map((m) => pct(total[m]))]);
    const header = ['folder', 'files', '% stmts', '% branch', '% funcs', '% lines'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ');
    const rule = widths.map((w) => '-'.repeat(w)).join('-|-');
    const out = context.writer.writeFile(null);
    out.println('\nCoverage by folder');
    out.println(line(header));
    out.println(rule);
    for (const row of rows.slice(0, -1)) out.println(line(row));
    out.println(rule);
    out.println(line(rows.at(-1)));
    out.close();
  }
}

function pct(metric) {
  return metric.total === 0 ? '-' : metric.pct.toFixed(1);
}

module.exports = CoverageByFolderReport;
