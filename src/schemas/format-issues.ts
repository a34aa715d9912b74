import type { z } from 'astro/zod';

/** One schema issue as `<field>: <message>` (`frontmatter` when it is about the whole object). */
export function describeIssue(issue: z.core.$ZodIssue): string {
  return `${issue.path.length > 0 ? issue.path.join('.') : 'frontmatter'}: ${issue.message}`;
}

/**
 * One line per schema issue, `<file>: <field>: <message>`, so that an editor
 * reads which file and which field to fix. Every schema error of the project
 * is printed through it.
 */
export function formatIssues(file: string, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => `${file}: ${describeIssue(issue)}`);
}
