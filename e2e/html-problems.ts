import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

/** What html-validate (the project's rules, `.htmlvalidate.json`) finds in `files` under `root`, one line each. */
export async function htmlProblems(root: string, files: readonly string[]): Promise<string[]> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(path.join(root, file));
    for (const result of report.results) {
      for (const message of result.messages)
        problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  return problems;
}
