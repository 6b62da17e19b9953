import express from 'express';
import fse from 'fs-extra';
import path from 'node:path';

const UPLOAD_ROOT = process.env.UPLOAD_ROOT ?? '/var/uploads';

export const uploads = express.Router();

uploads.put('/uploads/:name', async (req, res) => {
  const target = path.join(UPLOAD_ROOT, req.params.name);
  // Two uploads of the same name both see "absent": one file's bytes are lost.
  if (await fse.pathExists(target)) {
    res.status(409).send('exists');
    return;
  }
  await fse.outputFile(target, req.body as Buffer); // ❌ concurrency/no-check-then-write
  res.status(201).end();
});

uploads.get('/uploads/:name', async (req, res) => {
  const target = path.join(UPLOAD_ROOT, req.params.name);
  // Correct: a check followed by a read.
  if (!(await fse.pathExists(target))) {
    res.status(404).end();
    return;
  }
  res.sendFile(target);
});
