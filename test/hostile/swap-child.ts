/**
 * Run by edition-swap.test.ts and killed with SIGKILL at a random moment: replaces an edition
 * folder over and over with sets whose every file holds the same generation number.
 */
import { replaceEditionFiles } from '../../src/emit/edition-files.js';

const dir = process.argv[2]!;
process.stdout.write('ready\n');
for (let generation = 0; ; generation++) {
  const g = `${generation}\n`.repeat(2000);
  await replaceEditionFiles(dir, { 'roadmap.json': g, 'index.json': g, 'diff.json': g });
}
