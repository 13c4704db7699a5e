/**
 * The worker thread of ApaCitations.formatAhead (./apa-citations.ts): formats the APA citation of
 * each job it is given and posts the texts back, in the jobs' order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { formatApa, type ApaJob } from './apa-citations.ts';

parentPort!.postMessage((workerData as ApaJob[]).map(formatApa));
