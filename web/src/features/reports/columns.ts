import type { ReportColumn } from "./api";

// The form's header as a tree: consecutive columns sharing a group sit under one merged heading, as on
// the printed form (and in the Excel file).

export interface HeaderNode {
  title: string;
  column?: ReportColumn;
  children?: HeaderNode[];
}

export function headerTree(columns: ReportColumn[]): HeaderNode[] {
  const roots: HeaderNode[] = [];
  for (const col of columns) {
    let level = roots;
    for (const group of col.groups) {
      const last = level[level.length - 1];
      if (last && !last.column && last.title === group) {
        level = last.children!;
      } else {
        const node: HeaderNode = { title: group, children: [] };
        level.push(node);
        level = node.children!;
      }
    }
    level.push({ title: col.header, column: col });
  }
  return roots;
}
