#!/usr/bin/env node
// Makes a golden pose track with the official MediaPipe Pose web solution.
// Usage: node run.mjs --video PATH --model full|lite|heavy [--inference gpu|cpu] --out FILE
//   --inference gpu (default): the web default on desktops, inference through WebGL (fp16 textures)
//   --inference cpu: the solution's own useCpuInference option (its default on iOS and iPadOS),
//                    the same graph with the models run by TensorFlow Lite on the CPU in fp32
import { spawnSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, rmSync, renameSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
if (!args.video || !args.out) {
  console.error('usage: node run.mjs --video PATH --model full|lite|heavy [--inference gpu|cpu] --out FILE');
  process.exit(2);
}
const model = args.model ?? 'full';
const complexity = { lite: 0, full: 1, heavy: 2 }[model];
if (complexity === undefined) { console.error(`unknown model ${model}`); process.exit(2); }
const inference = args.inference ?? 'gpu';
if (inference !== 'gpu' && inference !== 'cpu') { console.error(`unknown inference ${inference}`); process.exit(2); }
const mpDir = path.join(here, 'node_modules', '@mediapipe', 'pose');

// 1. Probe: upright size (after rotation), rotation, frame timestamps.
function probe(video) {
  const r = spawnSync('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries',
    'stream=width,height,avg_frame_rate,r_frame_rate:stream_side_data=rotation:stream_tags=rotate:frame=best_effort_timestamp_time,pts_time',
    '-of', 'json', video], { maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error('ffprobe failed: ' + r.stderr);
  const j = JSON.parse(r.stdout);
  const s = j.streams[0];
  let rotation = 0;
  for (const sd of s.side_data_list ?? []) if (sd.rotation !== undefined) rotation = Number(sd.rotation);
  if (s.tags?.rotate) rotation = -Number(s.tags.rotate);
  rotation = ((-rotation % 360) + 360) % 360; // degrees clockwise
  const swap = rotation === 90 || rotation === 270;
  const times = j.frames.map((f) => Number(f.best_effort_timestamp_time ?? f.pts_time));
  const t0 = times[0];
  const [n, d] = (s.avg_frame_rate ?? s.r_frame_rate).split('/').map(Number);
  return {
    width: swap ? s.height : s.width, height: swap ? s.width : s.height, rotation,
    fps: d ? n / d : 0, timestampsMs: times.map((t) => Math.round((t - t0) * 1e6) / 1e3),
  };
}

// 2. Decode every frame once (no frame-rate conversion), upright, as RGBA.
function decode(video, meta) {
  const r = spawnSync('ffmpeg', ['-v', 'error', '-i', video, '-fps_mode', 'passthrough', '-f', 'rawvideo',
    '-pix_fmt', 'rgba', '-'], { maxBuffer: 2 ** 31 - 1 });
  if (r.status !== 0) throw new Error('ffmpeg failed: ' + r.stderr);
  const size = meta.width * meta.height * 4;
  const count = r.stdout.length / size;
  if (count !== meta.timestampsMs.length) {
    throw new Error(`decoded ${count} frames but probed ${meta.timestampsMs.length}`);
  }
  return { buf: r.stdout, size };
}

function serve(frames) {
  const types = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html' };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === '/' || url.pathname === '/page.html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end(readFileSync(path.join(here, 'page.html')));
    }
    if (url.pathname.startsWith('/frame/')) {
      const i = Number(url.pathname.slice(7));
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      return res.end(frames.buf.subarray(i * frames.size, (i + 1) * frames.size));
    }
    if (url.pathname.startsWith('/mp/')) {
      const file = path.join(mpDir, path.basename(url.pathname));
      try {
        const body = readFileSync(file);
        res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
        return res.end(body);
      } catch { /* fall through */ }
    }
    res.writeHead(404); res.end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const round = (v, d) => (v === null || v === undefined ? v : Math.round(v * 10 ** d) / 10 ** d);

const meta = probe(args.video);
const frames = decode(args.video, meta);
const server = await serve(frames);
const port = server.address().port;
const userDir = mkdtempSync(path.join(os.tmpdir(), 'pose-ref-'));
const ctx = await chromium.launchPersistentContext(userDir, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await ctx.newPage();
  page.on('console', (m) => { if (m.text().startsWith('frame ')) process.stderr.write(`\r${m.text()}   `); });
  await page.goto(`http://127.0.0.1:${port}/page.html`);
  const options = { modelComplexity: complexity, smoothLandmarks: true, enableSegmentation: false,
    smoothSegmentation: false, minDetectionConfidence: 0.5, minTrackingConfidence: 0.5, selfieMode: false };
  if (inference === 'cpu') options.useCpuInference = true;
  const res = await page.evaluate(([m, o]) => window.runReference(m, o), [meta, options], { timeout: 0 });
  process.stderr.write('\n');
  const W = meta.width, H = meta.height;
  const modelFile = `pose_landmark_${model}.tflite`;
  const out = {
    format: 'hinge.posetrack/1',
    video: { name: path.basename(args.video), width: W, height: H, fps: round(meta.fps, 3), rotation: meta.rotation,
      durationMs: meta.timestampsMs.length > 1 ? round(meta.timestampsMs.at(-1) + 1000 / meta.fps, 3) : round(1000 / meta.fps, 3) },
    model: { name: `blazepose-${model}`,
      sha256: createHash('sha256').update(readFileSync(path.join(mpDir, modelFile))).digest('hex'),
      source: '@mediapipe/pose@0.5.1675469404 web solution (smoothLandmarks=true, confidences 0.5'
        + (inference === 'cpu' ? ', useCpuInference=true)' : ')') },
    reference: { secondsInBrowser: round(res.seconds, 2), fps: round(res.frames.length / res.seconds, 2) },
    frames: res.frames.map((f) => ({
      i: f.i, tMs: f.tMs, presence: f.image ? 1.0 : 0.0,
      image: f.image ? f.image.map(([x, y, z, v]) => [round(x * W, 4), round(y * H, 4), round(z * W, 4), round(v, 4), 1.0]) : null,
      world: f.world ? f.world.map(([x, y, z, v]) => [round(x, 5), round(y, 5), round(z, 5), round(v, 4)]) : null,
    })),
  };
  const tmp = args.out + '.tmp';
  writeFileSync(tmp, JSON.stringify(out) + '\n');
  renameSync(tmp, args.out);
  console.error(`${args.out}: ${res.frames.length} frames, ${res.frames.filter((f) => f.image).length} with a pose, ` +
    `${(res.frames.length / res.seconds).toFixed(2)} fps in the browser`);
} finally {
  await ctx.close();
  server.close();
  rmSync(userDir, { recursive: true, force: true });
}
