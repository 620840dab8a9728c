/**
 * `npm run validate`: html-validate over the hosted build and the offline copy, one process per
 * folder at once (two cores: the run takes half the time of one process over both).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../node_modules/.bin/html-validate', import.meta.url));
const run = (glob) =>
  new Promise((done) => {
    const child = spawn(bin, [glob], { stdio: 'inherit' });
    child.on('error', (e) => {
      console.error(`validate: could not start html-validate: ${e.message}`);
      done(1);
    });
    child.on('exit', (code) => done(code ?? 1));
  });

const codes = await Promise.all(['dist/**/*.html', 'dist-offline/**/*.html'].map(run));
process.exit(codes.some((c) => c !== 0) ? 1 : 0);
