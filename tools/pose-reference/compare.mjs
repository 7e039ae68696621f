#!/usr/bin/env node
// Compares two hinge.posetrack/1 files frame by frame: mean and max image-landmark distance in
// pixels and as % of torso length (mid-shoulder to mid-hip, averaged over frames of A), per landmark.
// Usage: node compare.mjs A.json B.json
import { readFileSync } from 'node:fs';

const [a, b] = process.argv.slice(2).map((f) => JSON.parse(readFileSync(f, 'utf8')));
if (!a || !b) { console.error('usage: node compare.mjs A.json B.json'); process.exit(2); }
const names = ['nose', 'l_eye_in', 'l_eye', 'l_eye_out', 'r_eye_in', 'r_eye', 'r_eye_out', 'l_ear', 'r_ear',
  'mouth_l', 'mouth_r', 'l_shoulder', 'r_shoulder', 'l_elbow', 'r_elbow', 'l_wrist', 'r_wrist', 'l_pinky',
  'r_pinky', 'l_index', 'r_index', 'l_thumb', 'r_thumb', 'l_hip', 'r_hip', 'l_knee', 'r_knee', 'l_ankle',
  'r_ankle', 'l_heel', 'r_heel', 'l_foot', 'r_foot'];
const mid = (p, i, j) => [(p[i][0] + p[j][0]) / 2, (p[i][1] + p[j][1]) / 2];
const dist = (p, q) => Math.hypot(p[0] - q[0], p[1] - q[1]);
const sum = new Array(33).fill(0);
const max = new Array(33).fill(0);
let frames = 0; let torso = 0; let onlyA = 0; let onlyB = 0;
const n = Math.min(a.frames.length, b.frames.length);
for (let i = 0; i < n; i++) {
  const fa = a.frames[i].image; const fb = b.frames[i].image;
  if (!fa && fb) onlyB++;
  if (fa && !fb) onlyA++;
  if (!fa || !fb) continue;
  frames++;
  torso += dist(mid(fa, 11, 12), mid(fa, 23, 24));
  for (let k = 0; k < 33; k++) {
    const d = dist(fa[k], fb[k]);
    sum[k] += d; max[k] = Math.max(max[k], d);
  }
}
if (frames === 0) { console.log(`no frame with a pose in both (A only: ${onlyA}, B only: ${onlyB})`); process.exit(0); }
torso /= frames;
const meanAll = sum.reduce((s, v) => s + v, 0) / (33 * frames);
console.log('landmark       mean px   max px   mean %torso');
for (let k = 0; k < 33; k++) {
  console.log(`${names[k].padEnd(12)} ${(sum[k] / frames).toFixed(3).padStart(9)} ${max[k].toFixed(2).padStart(8)} ${(100 * sum[k] / frames / torso).toFixed(3).padStart(10)}`);
}
console.log(`frames compared ${frames} (pose only in A: ${onlyA}, only in B: ${onlyB}), torso ${torso.toFixed(1)} px`);
console.log(`mean ${meanAll.toFixed(3)} px = ${(100 * meanAll / torso).toFixed(3)} % of torso; max ${Math.max(...max).toFixed(2)} px`);
