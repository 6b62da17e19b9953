#!/usr/bin/env node
import { runAudit } from './audit.js';

process.exitCode = await runAudit(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});
